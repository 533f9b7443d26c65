'use client'
// The designer's form controls. Each applies what is typed at once (the canvas follows), as one
// "session" per focus so that a number typed digit by digit is one undo step; what cannot be
// applied yet (an empty name, "1." on the way to "1.5") stays in the box until it can, or until
// the box loses focus. Enter never submits Payload's form.
import React, { useId, useRef, useState } from 'react'

export type Commit<T> = (value: T, session: string) => void

function useSession(): { begin: () => void; key: () => string } {
  const id = useId()
  const count = useRef(0)
  return { begin: () => void (count.current += 1), key: () => `${id}#${count.current}` }
}

const keepEnterFromSubmitting = (event: React.KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault()
}

function Field({ id, label, hint, children }: { id: string; label: string; hint?: string; children: React.ReactNode }) {
  return (
    <div className="vitrine-designer__field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="vitrine-designer__hint">
          {hint}
        </p>
      )}
    </div>
  )
}

export function TextInput({ label, value, onCommit, hint }: { label: string; value: string; onCommit: Commit<string>; hint?: string }) {
  const id = useId()
  const session = useSession()
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type="text"
        value={draft ?? value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={session.begin}
        onChange={(event) => {
          setDraft(event.target.value)
          onCommit(event.target.value, session.key())
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={keepEnterFromSubmitting}
      />
    </Field>
  )
}

/** A number, whole if `whole`; commas read as decimal points, as French keyboards type them. */
export function NumberInput({
  label,
  value,
  onCommit,
  min,
  max,
  whole = false,
  hint,
}: {
  label: string
  value: number | undefined
  onCommit: Commit<number>
  min?: number
  max?: number
  whole?: boolean
  hint?: string
}) {
  const id = useId()
  const session = useSession()
  const [draft, setDraft] = useState<string | null>(null)
  const read = (text: string) => {
    if (text.trim() === '') return undefined
    const number = Number(text.trim().replace(',', '.'))
    const fits =
      Number.isFinite(number) &&
      (!whole || Number.isInteger(number)) &&
      (min === undefined || number >= min) &&
      (max === undefined || number <= max)
    return fits ? number : undefined
  }
  const shown = draft ?? (value === undefined ? '' : String(value))
  return (
    <Field id={id} label={label} hint={hint}>
      <input
        id={id}
        type="text"
        inputMode={whole ? 'numeric' : 'decimal'}
        value={shown}
        aria-invalid={draft !== null && read(draft) === undefined ? true : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onFocus={session.begin}
        onChange={(event) => {
          setDraft(event.target.value)
          const number = read(event.target.value)
          if (number !== undefined) onCommit(number, session.key())
        }}
        onBlur={() => setDraft(null)}
        onKeyDown={keepEnterFromSubmitting}
      />
    </Field>
  )
}

export interface Choice {
  value: string
  label: string
  disabled?: boolean
}

export function SelectInput({
  label,
  value,
  choices,
  onChange,
}: {
  label: string
  value: string
  choices: Choice[]
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <Field id={id} label={label}>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} disabled={choice.disabled}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  )
}

export function CheckboxInput({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="vitrine-designer__check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} onKeyDown={keepEnterFromSubmitting} />
      {label}
    </label>
  )
}

export function ColourInput({ label, value, onCommit }: { label: string; value: string; onCommit: Commit<string> }) {
  const session = useSession()
  return (
    <input
      type="color"
      aria-label={label}
      value={value}
      onFocus={session.begin}
      onChange={(event) => onCommit(event.target.value, session.key())}
      onKeyDown={keepEnterFromSubmitting}
    />
  )
}
