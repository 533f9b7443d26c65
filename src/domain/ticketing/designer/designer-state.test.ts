import { describe, expect, it } from 'vitest'

import { flattenPlan } from '../plan-geometry'
import { parseSeatingPlan, type RowsSection, type SeatingPlan } from '../seating-plan'
import {
  designerCanRedo,
  designerCanUndo,
  designerReducer,
  drawnPlan,
  initialDesignerState,
  type DesignerAction,
  type DesignerState,
} from './designer-state'
import { blankPlan, type PlanEdit } from './plan-edits'

const blank = blankPlan('Petite salle', 'Catégorie 1')
const run = (state: DesignerState, ...actions: DesignerAction[]) => actions.reduce(designerReducer, state)
const editing = (edit: PlanEdit, session?: string): DesignerAction => ({ type: 'edit', edit, session })
const addRows = editing({ type: 'add-rows', label: 'Parterre', rows: 2, seatsPerRow: 5 })
const parterre = { kind: 'section', sectionId: 'parterre' } as const
const seatCount = (state: DesignerState) => flattenPlan(drawnPlan(state)!).length
const rows = (state: DesignerState) => (drawnPlan(state)!.sections[0] as RowsSection).rows

describe('the designer’s state', () => {
  it('starts from an empty field with the blank plan, stored once something is added', () => {
    const empty = initialDesignerState(undefined, blank)
    expect([drawnPlan(empty), empty.history.present]).toEqual([blank, undefined])
    const state = run(empty, addRows)
    expect(parseSeatingPlan(state.history.present).ok).toBe(true)
    expect(seatCount(state)).toBe(10)
    expect(state.selection).toEqual(parterre)
  })

  it('undoes and redoes edits, dropping a selection that is gone', () => {
    let state = run(initialDesignerState(undefined, blank), addRows, editing({ type: 'set-seats', target: parterre, seats: 8 }))
    expect(seatCount(state)).toBe(16)
    state = run(state, { type: 'undo' })
    expect(seatCount(state)).toBe(10)
    state = run(state, { type: 'undo' })
    expect([state.history.present, state.selection, designerCanUndo(state), designerCanRedo(state)]).toEqual([
      undefined,
      undefined,
      false,
      true,
    ])
    state = run(state, { type: 'redo' }, { type: 'redo' })
    expect(seatCount(state)).toBe(16)
  })

  it('keeps the plan as it was and says why when an edit is refused', () => {
    const before = run(initialDesignerState(undefined, blank), addRows)
    const after = run(before, editing({ type: 'rename', target: parterre, text: '' }))
    expect(after.history).toBe(before.history)
    expect(after.refusal).toEqual({
      code: 'breaks-plan',
      problems: [{ path: 'sections[0].label', message: 'the section label cannot be empty' }],
    })
    expect(run(after, { type: 'dismiss' }).refusal).toBeUndefined()
  })

  it('makes one undo step of a field typed into, each keystroke applied to the plan as it was before', () => {
    let state = run(initialDesignerState(undefined, blank), addRows)
    const before = state.history.present
    // Typing "12" rows over "2": first "1" (row B goes), then "12" (rows B to L, B as it was).
    state = run(state, editing({ type: 'set-row-count', sectionId: 'parterre', rows: 1 }, 'rows'))
    expect(rows(state)).toHaveLength(1)
    state = run(state, editing({ type: 'set-row-count', sectionId: 'parterre', rows: 12 }, 'rows'))
    expect(
      rows(state)
        .map((row) => row.label)
        .join(''),
    ).toBe('ABCDEFGHIJKL')
    expect(state.history.past).toHaveLength(2)
    expect(run(state, { type: 'undo' }).history.present).toBe(before)
  })

  it('drops the step of a field typed back to what it was', () => {
    let state = run(initialDesignerState(undefined, blank), addRows)
    state = run(state, editing({ type: 'rename', target: parterre, text: 'Parterr' }, 'label'))
    state = run(state, editing({ type: 'rename', target: parterre, text: 'Parterre' }, 'label'))
    expect(state.history.past).toHaveLength(1)
    expect(designerCanRedo(state)).toBe(false)
  })

  it('keeps pasted JSON even when it is not a plan, as one undoable step', () => {
    let state = run(initialDesignerState(undefined, blank), addRows)
    state = run(state, { type: 'import', value: { version: 2 } })
    expect(drawnPlan(state)).toBeUndefined()
    expect(run(state, editing({ type: 'resize-plan', width: 10, height: 10 })).refusal).toEqual({ code: 'not-editable' })
    state = run(state, { type: 'undo' })
    expect(seatCount(state)).toBe(10)
  })

  it('keeps its history when the form hands back an equal copy, starts afresh on another plan', () => {
    const state = run(initialDesignerState(undefined, blank), addRows)
    const copy = JSON.parse(JSON.stringify(state.history.present)) as SeatingPlan
    const synced = run(state, { type: 'sync', value: copy })
    expect([synced.history.present, synced.history.past.length, synced.selection]).toEqual([copy, 1, parterre])
    const other = { ...copy, sections: copy.sections.map((section) => ({ ...section, id: 'salle' })) }
    const reset = run(state, { type: 'sync', value: other })
    expect([reset.history.past.length, reset.selection]).toEqual([0, undefined])
  })
})
