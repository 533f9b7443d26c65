'use client'
// The period's totals as figures: what was sold, given back and kept, and how many orders and items.
import React from 'react'

import type { SalesReport } from '../../../src/domain/reports/sales'
import { formatCents, intlLocale, type Language } from './language'

const EN = { revenue: 'Revenue', refunds: 'Refunds', net: 'Net', orders: 'Orders', units: 'Items sold', averageOrder: 'Average order' }
const FR: typeof EN = { revenue: 'Chiffre d’affaires', refunds: 'Remboursements', net: 'Net', orders: 'Commandes', units: 'Articles vendus', averageOrder: 'Panier moyen' }
const WORDS = { en: EN, fr: FR }
const MONEY = ['revenue', 'refunds', 'net', 'averageOrder'] as const
const ORDER: (keyof SalesReport['totals'])[] = ['revenue', 'refunds', 'net', 'orders', 'units', 'averageOrder']

export function ReportFigures({ totals, language }: { totals: SalesReport['totals']; language: Language }) {
  const words = WORDS[language]
  const count = new Intl.NumberFormat(intlLocale(language))
  return (
    <dl className="vitrine-report-figures">
      {ORDER.map((key) => (
        <div key={key} className="vitrine-report-figures__figure">
          <dt>{words[key]}</dt>
          <dd>{(MONEY as readonly string[]).includes(key) ? formatCents(totals[key], language) : count.format(totals[key])}</dd>
        </div>
      ))}
    </dl>
  )
}
