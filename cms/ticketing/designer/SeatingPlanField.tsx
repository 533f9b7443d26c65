'use client'
// The `plan` field of a seating plan, edited with the designer instead of Payload's JSON editor
// (Monaco, loaded from a CDN, stays blank offline). The value is the same JSON, checked by the
// field's own validate on save.
import { FieldError, FieldLabel, useField, useFormFields } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React from 'react'

import { useLanguage } from '../../commerce/components/language'
import { SeatingPlanDesigner } from './SeatingPlanDesigner'

export const SeatingPlanField: JSONFieldClientComponent = ({ field, path: pathFromProps, readOnly }) => {
  const { path, value, setValue, showError, disabled } = useField<unknown>({ potentiallyStalePath: pathFromProps })
  const documentName = useFormFields(([fields]) => fields.name?.value)
  const language = useLanguage()
  return (
    <div className={['field-type', 'vitrine-seating-plan-field', showError ? 'error' : ''].filter(Boolean).join(' ')}>
      <FieldLabel as="span" label={field.label} path={path} required={field.required} />
      <FieldError path={path} showError={showError} />
      <SeatingPlanDesigner
        value={value}
        onChange={setValue}
        language={language}
        planName={typeof documentName === 'string' ? documentName : undefined}
        readOnly={readOnly || disabled}
      />
    </div>
  )
}

export default SeatingPlanField
