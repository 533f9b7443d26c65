import { describe, expect, it } from 'vitest'

import { blankPlan, editPlan, type PlanRef } from './plan-edits'
import { deleteTarget, moveTarget, nextSelection, selectionExists, selectionMoveTarget, type CanvasHit } from './selection'

const seat = (rowId: string, n: string): CanvasHit => ({ kind: 'seat', sectionId: 'parterre', rowId, seat: n })

describe('clicking on the canvas', () => {
  it('selects the section, then the row, then the seat', () => {
    let selection: PlanRef | undefined
    selection = nextSelection(selection, seat('A', '3'))
    expect(selection).toEqual({ kind: 'section', sectionId: 'parterre' })
    selection = nextSelection(selection, seat('A', '3'))
    expect(selection).toEqual({ kind: 'row', sectionId: 'parterre', rowId: 'A' })
    selection = nextSelection(selection, seat('A', '3'))
    expect(selection).toEqual({ kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '3' })
    selection = nextSelection(selection, seat('A', '4'))
    expect(selection).toEqual({ kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '4' })
  })

  it('goes to another row of the same section, or back to the section level in another section', () => {
    const inRowA: PlanRef = { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '3' }
    expect(nextSelection(inRowA, seat('B', '1'))).toEqual({ kind: 'row', sectionId: 'parterre', rowId: 'B' })
    expect(nextSelection(inRowA, { kind: 'seat', sectionId: 'balcon', rowId: 'A', seat: '1' })).toEqual({
      kind: 'section',
      sectionId: 'balcon',
    })
  })

  it('selects a table once its section is selected; a standing zone, the stage and a label at once', () => {
    const table: CanvasHit = { kind: 'table', sectionId: 'cabaret', tableId: 'T2' }
    expect(nextSelection(undefined, table)).toEqual({ kind: 'section', sectionId: 'cabaret' })
    expect(nextSelection({ kind: 'section', sectionId: 'cabaret' }, table)).toEqual({ kind: 'table', sectionId: 'cabaret', tableId: 'T2' })
    expect(nextSelection({ kind: 'section', sectionId: 'fosse' }, { kind: 'zone', sectionId: 'fosse' })).toEqual({
      kind: 'section',
      sectionId: 'fosse',
    })
    expect(nextSelection(undefined, { kind: 'stage' })).toEqual({ kind: 'stage' })
    expect(nextSelection(undefined, { kind: 'label', index: 2 })).toEqual({ kind: 'label', index: 2 })
  })
})

describe('dragging and deleting', () => {
  it('drags the selected table alone, anything else moves its whole section', () => {
    const table: PlanRef = { kind: 'table', sectionId: 'cabaret', tableId: 'T2' }
    expect(moveTarget(table, { kind: 'table', sectionId: 'cabaret', tableId: 'T2' })).toEqual(table)
    expect(moveTarget(table, { kind: 'table', sectionId: 'cabaret', tableId: 'T3' })).toEqual({ kind: 'section', sectionId: 'cabaret' })
    expect(moveTarget({ kind: 'row', sectionId: 'parterre', rowId: 'A' }, seat('A', '1'))).toEqual({
      kind: 'section',
      sectionId: 'parterre',
    })
    expect(moveTarget(undefined, { kind: 'stage' })).toEqual({ kind: 'stage' })
  })

  it('moves the selection’s section with the arrow keys, or the selected table, stage or label', () => {
    expect(selectionMoveTarget({ kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '1' })).toEqual({
      kind: 'section',
      sectionId: 'parterre',
    })
    expect(selectionMoveTarget({ kind: 'table', sectionId: 'cabaret', tableId: 'T1' })).toEqual({
      kind: 'table',
      sectionId: 'cabaret',
      tableId: 'T1',
    })
    expect(selectionMoveTarget({ kind: 'label', index: 0 })).toEqual({ kind: 'label', index: 0 })
    expect(selectionMoveTarget(undefined)).toBeUndefined()
  })

  it('deletes anything selected but a single seat', () => {
    expect(deleteTarget({ kind: 'row', sectionId: 'parterre', rowId: 'A' })).toEqual({ kind: 'row', sectionId: 'parterre', rowId: 'A' })
    expect(deleteTarget({ kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '1' })).toBeUndefined()
    expect(deleteTarget(undefined)).toBeUndefined()
  })
})

describe('a selection after the plan changed', () => {
  const result = editPlan(blankPlan('Salle', 'Catégorie 1'), { type: 'add-rows', label: 'Parterre', rows: 2, seatsPerRow: 4 })
  const plan = result.ok ? result.plan : blankPlan('', '')

  it('still names what is on the plan, or not', () => {
    expect(selectionExists(plan, { kind: 'row', sectionId: 'parterre', rowId: 'B' })).toBe(true)
    expect(selectionExists(plan, { kind: 'row', sectionId: 'parterre', rowId: 'C' })).toBe(false)
    expect(selectionExists(plan, { kind: 'seat', sectionId: 'parterre', rowId: 'B', seat: '4' })).toBe(true)
    expect(selectionExists(plan, { kind: 'seat', sectionId: 'parterre', rowId: 'B', seat: '5' })).toBe(false)
    expect(selectionExists(plan, { kind: 'table', sectionId: 'parterre', tableId: 'T1' })).toBe(false)
    expect(selectionExists(plan, { kind: 'stage' })).toBe(false)
  })
})
