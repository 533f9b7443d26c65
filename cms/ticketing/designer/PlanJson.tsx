'use client'
// The plan as JSON in a plain textarea, folded away: copy it to export the plan, paste a plan
// and apply it to import one. What is applied is kept even if it is not a valid plan, so it can
// be fixed here; the problems list says what is wrong.
import React, { useId, useState } from 'react'

import type { DesignerWords } from './designer-words'

export function PlanJson({
  value,
  words,
  onImport,
  readOnly,
}: {
  value: unknown
  words: DesignerWords
  onImport: (value: unknown) => void
  readOnly?: boolean
}) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<string | null>(null)
  const [error, setError] = useState<string>()
  const text = draft ?? (value === undefined || value === null ? '' : JSON.stringify(value, null, 2))

  const apply = () => {
    try {
      onImport(text.trim() === '' ? null : JSON.parse(text))
      setDraft(null)
      setError(undefined)
    } catch (problem) {
      setError(words.jsonUnreadable((problem as Error).message))
    }
  }

  return (
    <details className="vitrine-designer__json" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{words.json}</summary>
      {open && (
        <div className="vitrine-designer__field">
          <label htmlFor={id}>{words.jsonLabel}</label>
          <p id={`${id}-hint`} className="vitrine-designer__hint">
            {words.jsonHint}
          </p>
          <textarea
            id={id}
            rows={16}
            spellCheck={false}
            value={text}
            readOnly={readOnly}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
            onChange={(event) => setDraft(event.target.value)}
          />
          {error && (
            <p id={`${id}-error`} role="alert" className="vitrine-designer__error">
              {error}
            </p>
          )}
          {!readOnly && (
            <div className="vitrine-designer__row">
              <button type="button" className="vitrine-designer__button" disabled={draft === null} onClick={apply}>
                {words.applyJson}
              </button>
            </div>
          )}
        </div>
      )}
    </details>
  )
}
