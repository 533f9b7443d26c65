// The reports screen at /admin/reports (a custom admin view): the live sales report and the
// sellers' statements in the admin's frame.
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminScreen } from './AdminScreen'
import { SalesReport } from './SalesReport'

const TITLE = { en: 'Reports', fr: 'Rapports' }
const INTRO = {
  en: 'Sales as they come in, refreshed every minute; monthly statements for each seller.',
  fr: 'Les ventes au fil de l’eau, actualisées chaque minute\u00a0; les relevés mensuels de chaque vendeur.',
}

export function Reports(view: AdminViewServerProps) {
  return (
    <AdminScreen view={view} path="/reports" title={TITLE} intro={INTRO} className="vitrine-reports">
      <SalesReport />
    </AdminScreen>
  )
}

export default Reports
