import { describe, expect, it } from 'vitest'

import { canRedo, canUndo, record, redo, replacePresent, startHistory, undo } from './history'

describe('undo and redo', () => {
  it('goes back and forth through what was recorded', () => {
    let history = record(record(startHistory('a'), 'b'), 'c')
    history = undo(history)
    expect(history.present).toBe('b')
    history = undo(history)
    expect([history.present, canUndo(history), canRedo(history)]).toEqual(['a', false, true])
    history = redo(redo(history))
    expect([history.present, canRedo(history)]).toEqual(['c', false])
  })

  it('does nothing with nothing to undo or redo', () => {
    const history = startHistory('a')
    expect(undo(history)).toBe(history)
    expect(redo(history)).toBe(history)
  })

  it('forgets what redo could bring back once something new is recorded', () => {
    const history = record(undo(record(startHistory('a'), 'b')), 'c')
    expect([history.past, history.present, history.future]).toEqual([['a'], 'c', []])
  })

  it('keeps only the newest steps past its limit', () => {
    let history = startHistory(0)
    for (let n = 1; n <= 10; n++) history = record(history, n, 3)
    expect([history.past, history.present]).toEqual([[7, 8, 9], 10])
  })

  it('replaces the present without a step of its own', () => {
    const history = replacePresent(record(startHistory('a'), 'b'), 'bc')
    expect([history.past, history.present]).toEqual([['a'], 'bc'])
    expect(undo(history).present).toBe('a')
  })
})
