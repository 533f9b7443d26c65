'use client'
// Spreadsheets of what the report shows: its series, the order lines and the customers, with the
// same site and period as the screen.
import React from 'react'

import type { Language } from './language'
import { reportQuery, type ReportFilters } from './report-query'

const EN = { title: 'Export', series: 'Report (CSV)', orders: 'Order lines (CSV)', customers: 'Customers (CSV)', ordersHint: 'Orders and customers cover every product and channel.' }
const FR: typeof EN = { title: 'Exporter', series: 'Rapport (CSV)', orders: 'Lignes de commande (CSV)', customers: 'Clients (CSV)', ordersHint: 'Les commandes et les clients couvrent tous les produits et canaux.' }
const WORDS = { en: EN, fr: FR }

type Props = { api: string; tenant: string; filters: ReportFilters; withSales: boolean; language: Language }

export function ReportExports({ api, tenant, filters, withSales, language }: Props) {
  const words = WORDS[language]
  const period = new URLSearchParams({ tenant, from: filters.from, to: filters.to })
  return (
    <section className="vitrine-report-exports" aria-labelledby="report-exports-title">
      <h2 id="report-exports-title">{words.title}</h2>
      <ul className="vitrine-actions">
        <li><a className="btn btn--style-secondary btn--size-small" href={`${api}/reports/sales?${reportQuery(tenant, filters, { format: 'csv' })}`} download>{words.series}</a></li>
        {withSales && <li><a className="btn btn--style-secondary btn--size-small" href={`${api}/exports/orders.csv?${period}`} download>{words.orders}</a></li>}
        {withSales && <li><a className="btn btn--style-secondary btn--size-small" href={`${api}/exports/customers.csv?${new URLSearchParams({ tenant })}`} download>{words.customers}</a></li>}
      </ul>
      {withSales && <p className="vitrine-hint">{words.ordersHint}</p>}
    </section>
  )
}
