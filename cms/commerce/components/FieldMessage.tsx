import React from 'react'

/** An error under a form control; the control points at it with `describedBy`. */
export function FieldMessage({ id, message }: { id: string; message?: string }) {
  if (!message) return null
  return (
    <p id={id} role="alert" className="vitrine-field-error">
      {message}
    </p>
  )
}

/** The aria props tying a control to its hint and, when there is one, to its error. */
export function describedBy(errorId: string, message?: string, hintId?: string) {
  const ids = [hintId, message ? errorId : undefined].filter(Boolean).join(' ')
  return { ...(message ? { 'aria-invalid': true } : {}), ...(ids ? { 'aria-describedby': ids } : {}) }
}
