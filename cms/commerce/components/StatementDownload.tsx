'use client'
// A seller's monthly statement, as a PDF to send or a CSV to check: pick the seller and the month.
import React, { useState } from 'react'

import { monthName } from '../../../src/domain/reports/statement-document'
import { recentMonths } from '../../../src/domain/reports/periods'
import type { Language } from './language'
import type { Option } from './use-tenant-options'

const EN = {
  title: 'Seller statements',
  intro: 'Sales, refunds, commission and fees of a month, and whether the payout is due (it is held without a valid SIRET).',
  seller: 'Seller',
  site: 'The site’s own sales',
  month: 'Month',
  inProgress: '(in progress)',
  pdf: 'Download PDF',
  csv: 'Download CSV',
}
const FR: typeof EN = {
  title: 'Relevés des vendeurs',
  intro: 'Ventes, remboursements, commission et frais d’un mois, et si le reversement est dû (il est suspendu sans SIRET valide).',
  seller: 'Vendeur',
  site: 'Ventes propres du site',
  month: 'Mois',
  inProgress: '(en cours)',
  pdf: 'Télécharger le PDF',
  csv: 'Télécharger le CSV',
}
const WORDS = { en: EN, fr: FR }

type Props = { api: string; tenant: string; today: string; sellers: Option[]; language: Language }

export function StatementDownload({ api, tenant, today, sellers, language }: Props) {
  const words = WORDS[language]
  const months = recentMonths(today)
  // Last month by default: the one whose statement is complete.
  const [month, setMonth] = useState(months[1]!)
  const [seller, setSeller] = useState('')
  // A seller chosen on another site is not one of this site's: back to the first.
  const party = seller === 'site' || sellers.some((option) => option.value === seller) ? seller : (sellers[0]?.value ?? 'site')
  const link = (format: 'pdf' | 'csv') => `${api}/reports/statement?${new URLSearchParams({ tenant, seller: party, month, format, lang: language })}`
  return (
    <section className="vitrine-report-statements" aria-labelledby="report-statements-title">
      <h2 id="report-statements-title">{words.title}</h2>
      <p className="vitrine-hint">{words.intro}</p>
      <div className="vitrine-report-statements__choice">
        <div className="vitrine-field">
          <label htmlFor="statement-seller">{words.seller}</label>
          <select id="statement-seller" value={party} onChange={(event) => setSeller(event.target.value)}>
            {sellers.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            <option value="site">{words.site}</option>
          </select>
        </div>
        <div className="vitrine-field">
          <label htmlFor="statement-month">{words.month}</label>
          <select id="statement-month" value={month} onChange={(event) => setMonth(event.target.value)}>
            {months.map((value, index) => (
              <option key={value} value={value}>
                {monthName(Number(value.slice(0, 4)), Number(value.slice(5, 7)), language)} {index === 0 ? words.inProgress : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ul className="vitrine-actions">
        <li><a className="btn btn--style-primary btn--size-small" href={link('pdf')} download>{words.pdf}</a></li>
        <li><a className="btn btn--style-secondary btn--size-small" href={link('csv')} download>{words.csv}</a></li>
      </ul>
    </section>
  )
}
