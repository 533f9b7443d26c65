'use client'
// Which site a screen works on, when the user has more than one: the admin's own tenant selection.
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import React from 'react'

import { useLanguage } from './language'

const LABEL = { en: 'Site', fr: 'Site' }

export function SiteChoice({ id, disabled = false }: { id: string; disabled?: boolean }) {
  const language = useLanguage()
  const { options, selectedTenantID, setTenant } = useTenantSelection()
  if (options.length < 2) return null
  const value = selectedTenantID === undefined ? '' : String(selectedTenantID)
  return (
    <div className="vitrine-field vitrine-pos__site">
      <label htmlFor={id}>{LABEL[language]}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        // The plugin compares ids strictly: hand back the option's own value, not the select's string.
        onChange={(event) => setTenant({ id: options.find((option) => String(option.value) === event.target.value)?.value, refresh: false })}
      >
        <option value="">—</option>
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {typeof option.label === 'string' ? option.label : String(option.value)}
          </option>
        ))}
      </select>
    </div>
  )
}
