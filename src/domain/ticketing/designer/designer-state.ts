// The designer's state as one reducer: the plan's history (what the field stores is its
// present), the selection, and the last refused edit with its reason. The present may be
// anything a person pasted as JSON; the designer edits it only once it has a plan's shape. Pure.
import type { SeatingPlan } from '../seating-plan'
import { canRedo, canUndo, record, redo, replacePresent, startHistory, undo, type History } from './history'
import { editPlan, readDraft, type PlanEdit, type PlanRef, type Refusal } from './plan-edits'
import { selectionExists } from './selection'

export interface DesignerState {
  history: History<unknown>
  /** What edits start from while the field is still empty. */
  blank: SeatingPlan
  selection?: PlanRef
  refusal?: Refusal
  /** Edits made while typing into one field: one undo step, each applied to the plan as it was before the first. */
  session?: { key: string; base: unknown }
}

export type DesignerAction =
  /** `session`: the field being typed into; edits sharing it make one undo step. */
  | { type: 'edit'; edit: PlanEdit; session?: string }
  | { type: 'undo' }
  | { type: 'redo' }
  /** JSON pasted by a person: kept even if it is not a valid plan, so it can be fixed. */
  | { type: 'import'; value: unknown }
  /** The field's value changed from outside the designer (the form was reset or reloaded). */
  | { type: 'sync'; value: unknown }
  | { type: 'select'; selection?: PlanRef }
  /** What edits start from while the field is empty (the plan takes the document's name). */
  | { type: 'blank'; blank: SeatingPlan }
  | { type: 'dismiss' }

export function initialDesignerState(value: unknown, blank: SeatingPlan): DesignerState {
  return { history: startHistory(value), blank }
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === ''
}

/** The plan being drawn: the present, or the blank plan while the field is empty; undefined if the JSON has no plan shape. */
export function drawnPlan(state: DesignerState): SeatingPlan | undefined {
  return isEmpty(state.history.present) ? state.blank : readDraft(state.history.present)
}

/** What the field stores, or the blank plan while it is empty: what the problems list checks. */
export function presentOrBlank(state: DesignerState): unknown {
  return isEmpty(state.history.present) ? state.blank : state.history.present
}

export function designerCanUndo(state: DesignerState): boolean {
  return canUndo(state.history)
}

export function designerCanRedo(state: DesignerState): boolean {
  return canRedo(state.history)
}

function keptSelection(value: unknown, blank: SeatingPlan, selection: PlanRef | undefined): PlanRef | undefined {
  const plan = isEmpty(value) ? blank : readDraft(value)
  return plan && selection && selectionExists(plan, selection) ? selection : undefined
}

export function designerReducer(state: DesignerState, action: DesignerAction): DesignerState {
  const { history, blank } = state
  switch (action.type) {
    case 'edit':
      return edited(state, action.edit, action.session)
    case 'undo':
    case 'redo': {
      const moved = action.type === 'undo' ? undo(history) : redo(history)
      if (moved === history) return { ...state, session: undefined }
      return { history: moved, blank, selection: keptSelection(moved.present, blank, state.selection) }
    }
    case 'import':
      if (sameJson(action.value, history.present)) return state
      return { history: record(history, action.value), blank }
    case 'sync':
      if (action.value === history.present) return state
      // The form may hand back an equal copy of what the designer stored (after a save): keep the history.
      if (sameJson(action.value, history.present)) return { ...state, history: { ...history, present: action.value } }
      return { history: startHistory(action.value), blank, selection: keptSelection(action.value, blank, state.selection) }
    case 'select':
      return { ...state, selection: action.selection, refusal: undefined, session: undefined }
    case 'blank':
      return { ...state, blank: action.blank }
    case 'dismiss':
      return { ...state, refusal: undefined }
  }
}

function edited(state: DesignerState, edit: PlanEdit, sessionKey: string | undefined): DesignerState {
  const { history, blank } = state
  const session = sessionKey && state.session?.key === sessionKey ? state.session : undefined
  const base = session ? session.base : history.present
  const result = editPlan(isEmpty(base) ? blank : base, edit)
  const nextSession = sessionKey ? { key: sessionKey, base } : undefined
  if (!result.ok) return { ...state, refusal: result.refusal, session: nextSession }

  let next: History<unknown>
  if (!session) next = result.changed ? record(history, result.plan) : history
  else if (history.present === base) next = result.changed ? record(history, result.plan) : history
  // Typed back to what it was before: the session's step goes.
  else next = result.changed ? replacePresent(history, result.plan) : { ...undo(history), future: [] }

  const selection = result.select === null ? undefined : (result.select ?? state.selection)
  return { history: next, blank, selection: keptSelection(next.present, blank, selection), session: nextSession }
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}
