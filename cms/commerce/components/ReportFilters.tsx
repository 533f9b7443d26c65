'use client'
// The report's filters: a period (typed, or one of the quick picks), its grain, a product, a channel.
import React from 'react'

import { quickPickOf, quickPickRange, QUICK_PICKS, type QuickPick } from '../../../src/domain/reports/periods'
import type { Bucket } from '../../../src/domain/reports/sales'
import type { Language } from './language'
import { CHANNELS, type Channel, type ReportFilters as Filters } from './report-query'
import type { Option } from './use-tenant-options'

const EN = {
  legend: 'Filters',
  period: 'Period',
  from: 'From',
  to: 'To',
  picks: { '7-days': '7 days', '30-days': '30 days', 'this-month': 'This month', 'last-month': 'Last month', 'this-year': 'This year' } satisfies Record<QuickPick, string>,
  bucket: 'By',
  buckets: { day: 'Day', week: 'Week', month: 'Month' } satisfies Record<Bucket, string>,
  product: 'Product',
  channel: 'Channel',
  all: 'All',
  channels: { online: 'Online', box_office: 'Box office', phone: 'Phone' } satisfies Record<Channel, string>,
}
const FR: typeof EN = {
  legend: 'Filtres',
  period: 'Période',
  from: 'Du',
  to: 'Au',
  picks: { '7-days': '7 jours', '30-days': '30 jours', 'this-month': 'Ce mois-ci', 'last-month': 'Le mois dernier', 'this-year': 'Cette année' },
  bucket: 'Par',
  buckets: { day: 'Jour', week: 'Semaine', month: 'Mois' },
  product: 'Produit',
  channel: 'Canal',
  all: 'Tous',
  channels: { online: 'En ligne', box_office: 'Guichet', phone: 'Téléphone' },
}
const WORDS = { en: EN, fr: FR }

type Props = {
  filters: Filters
  today: string
  products: Option[]
  language: Language
  onChange: (change: Partial<Filters>) => void
}

export function ReportFilters({ filters, today, products, language, onChange }: Props) {
  const words = WORDS[language]
  const chosen = quickPickOf(filters, today)
  const select = <K extends 'bucket' | 'product' | 'channel'>(field: K, label: string, options: { value: string; label: string }[]) => (
    <div className="vitrine-field">
      <label htmlFor={`report-${field}`}>{label}</label>
      <select id={`report-${field}`} value={filters[field]} onChange={(event) => onChange({ [field]: event.target.value } as Partial<Filters>)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <fieldset className="vitrine-report-filters">
      <legend className="vitrine-visually-hidden">{words.legend}</legend>
      <fieldset className="vitrine-field vitrine-report-filters__period">
        <legend>{words.period}</legend>
        <div className="vitrine-report-filters__picks">
          {QUICK_PICKS.map((pick) => (
            <button key={pick} type="button" className="vitrine-report-filters__pick" aria-pressed={chosen === pick} onClick={() => onChange(quickPickRange(pick, today))}>
              {words.picks[pick]}
            </button>
          ))}
        </div>
        <div className="vitrine-report-filters__dates">
          {(['from', 'to'] as const).map((end) => (
            <div key={end} className="vitrine-field">
              <label htmlFor={`report-${end}`}>{words[end]}</label>
              <input
                id={`report-${end}`}
                type="date"
                value={filters[end]}
                max={end === 'from' ? filters.to : today}
                min={end === 'to' ? filters.from : undefined}
                required
                onChange={(event) => event.target.value && onChange({ [end]: event.target.value })}
              />
            </div>
          ))}
        </div>
      </fieldset>
      {select('bucket', words.bucket, (['day', 'week', 'month'] as const).map((bucket) => ({ value: bucket, label: words.buckets[bucket] })))}
      {select('product', words.product, [{ value: '', label: words.all }, ...products])}
      {select('channel', words.channel, [{ value: '', label: words.all }, ...CHANNELS.map((channel) => ({ value: channel, label: words.channels[channel] }))])}
    </fieldset>
  )
}
