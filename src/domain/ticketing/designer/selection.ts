// What a click or a drag on the designer's canvas selects or moves. A first click on a seat
// selects its section, the next its row (or table), the next the seat itself: the section is
// what one usually moves, the seat what one rarely prices apart. Pure.
import { seatNumbers } from '../numbering'
import type { SeatingPlan } from '../seating-plan'
import type { LabelRef, PlanEdit, PlanRef, SectionRef, StageRef, TableRef } from './plan-edits'

/** What the pointer is on. */
export type CanvasHit =
  | { kind: 'seat'; sectionId: string; rowId: string; seat: string }
  | { kind: 'table'; sectionId: string; tableId: string }
  | { kind: 'zone'; sectionId: string }
  | { kind: 'stage' }
  | { kind: 'label'; index: number }

export type MoveTarget = SectionRef | TableRef | StageRef | LabelRef
export type DeleteTarget = Extract<PlanEdit, { type: 'delete' }>['target']

export function sectionIdOf(ref: PlanRef | CanvasHit | undefined): string | undefined {
  return ref && 'sectionId' in ref ? ref.sectionId : undefined
}

/** The selection after a click on `hit`, one level deeper each time within the same section. */
export function nextSelection(current: PlanRef | undefined, hit: CanvasHit): PlanRef {
  if (hit.kind === 'stage' || hit.kind === 'label') return hit
  const section: SectionRef = { kind: 'section', sectionId: hit.sectionId }
  if (hit.kind === 'zone' || sectionIdOf(current) !== hit.sectionId) return section
  if (hit.kind === 'table') return { kind: 'table', sectionId: hit.sectionId, tableId: hit.tableId }
  const row = { kind: 'row' as const, sectionId: hit.sectionId, rowId: hit.rowId }
  if ((current?.kind === 'row' || current?.kind === 'seat') && current.rowId === hit.rowId) return { ...row, kind: 'seat', seat: hit.seat }
  return row
}

/** What dragging from `hit` moves: the selected table, stage or label under the pointer, else the section under it. */
export function moveTarget(current: PlanRef | undefined, hit: CanvasHit): MoveTarget {
  if (hit.kind === 'stage' || hit.kind === 'label') return hit
  if (current?.kind === 'table' && hit.kind === 'table' && current.sectionId === hit.sectionId && current.tableId === hit.tableId)
    return current
  return { kind: 'section', sectionId: hit.sectionId }
}

/** What the arrow keys move: the selected table, stage or label, else the selection's section. */
export function selectionMoveTarget(selection: PlanRef | undefined): MoveTarget | undefined {
  if (!selection) return undefined
  if (selection.kind === 'stage' || selection.kind === 'label' || selection.kind === 'table') return selection
  return { kind: 'section', sectionId: selection.sectionId }
}

/** What the Delete key removes: a single seat cannot go (rows have no holes), its row can. */
export function deleteTarget(selection: PlanRef | undefined): DeleteTarget | undefined {
  return selection?.kind === 'seat' ? undefined : selection
}

/** Whether the selection still names something on the plan (after an undo, it may not). */
export function selectionExists(plan: SeatingPlan, ref: PlanRef): boolean {
  if (ref.kind === 'stage') return plan.stage !== undefined
  if (ref.kind === 'label') return plan.labels?.[ref.index] !== undefined
  const section = plan.sections.find((candidate) => candidate.id === ref.sectionId)
  if (!section) return false
  switch (ref.kind) {
    case 'section':
      return true
    case 'table':
      return section.kind === 'tables' && section.tables.some((table) => table.id === ref.tableId)
    case 'row':
    case 'seat': {
      const row = section.kind === 'rows' ? section.rows.find((candidate) => candidate.id === ref.rowId) : undefined
      if (!row) return false
      return ref.kind === 'row' || seatNumbers(row.seats, row.numbering).includes(ref.seat)
    }
  }
}
