// Undo and redo as a bounded stack of whole states: editing a plan makes a new plan object, so
// a step back is the previous object, shared structure and all. Pure.

export interface History<T> {
  /** Oldest first; `past[past.length - 1]` is what undo brings back. */
  past: readonly T[]
  present: T
  /** Nearest first; `future[0]` is what redo brings back. */
  future: readonly T[]
}

/** Steps kept for undo: enough for a working session, bounded so memory stays flat. */
export const HISTORY_LIMIT = 100

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] }
}

/** `next` becomes the present; the oldest step goes past `limit`; a new edit ends what redo could bring back. */
export function record<T>(history: History<T>, next: T, limit = HISTORY_LIMIT): History<T> {
  const past = [...history.past, history.present]
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] }
}

/** `next` replaces the present without a step of its own (a field typed into, digit by digit, is one step). */
export function replacePresent<T>(history: History<T>, next: T): History<T> {
  return { past: history.past, present: next, future: [] }
}

export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0
}

export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0
}

export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1],
    future: [history.present, ...history.future],
  }
}

export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history
  return { past: [...history.past, history.present], present: history.future[0], future: history.future.slice(1) }
}
