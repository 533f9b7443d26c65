'use client'
// The reports screen: a site's sales over a period, live (asked again every minute), as figures,
// two charts and CSV exports; below, the sellers' monthly statements for those who read reports.
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { useAuth, useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

import { quickPickRange, todayIn } from '../../../src/domain/reports/periods'
import { useLanguage } from './language'
import { mayExportSales, mayReadReports, mayReadStatements } from './report-access'
import type { ReportFilters as Filters } from './report-query'
import { ProductChart } from './ProductChart'
import { ReportExports } from './ReportExports'
import { ReportFigures } from './ReportFigures'
import { ReportFilters } from './ReportFilters'
import { RevenueChart } from './RevenueChart'
import { SiteChoice } from './SiteChoice'
import { StatementDownload } from './StatementDownload'
import { useSalesReport } from './use-sales-report'
import { useTenantOptions } from './use-tenant-options'
import './commerce-admin.css'
import './reports-admin.css'

const EN = {
  chooseSite: 'Choose the site whose sales you want to see.',
  noSite: 'You do not see the sales of any site.',
  notAllowed: 'Your role on this site does not include its reports.',
  loading: 'Loading the report…',
  updated: (time: string) => `Updated at ${time}; refreshed every minute.`,
  updating: 'Updating…',
}
const FR: typeof EN = {
  chooseSite: 'Choisissez le site dont vous voulez voir les ventes.',
  noSite: 'Vous ne voyez les ventes d’aucun site.',
  notAllowed: 'Votre rôle sur ce site ne donne pas accès à ses rapports.',
  loading: 'Chargement du rapport…',
  updated: (time) => `Mis à jour à ${time}\u00a0; actualisé chaque minute.`,
  updating: 'Mise à jour…',
}
const WORDS = { en: EN, fr: FR }

export function SalesReport() {
  const language = useLanguage()
  const words = WORDS[language]
  const { user } = useAuth()
  const { config } = useConfig()
  const api = config.routes.api
  const { options, selectedTenantID } = useTenantSelection()
  const tenant = selectedTenantID === undefined || selectedTenantID === '' ? undefined : String(selectedTenantID)
  const today = todayIn()
  const [filters, setFilters] = useState<Filters>({ ...quickPickRange('30-days', today), bucket: 'day', product: '', channel: '' })
  const allowed = tenant !== undefined && mayReadReports(user, tenant)
  const live = useSalesReport(allowed ? tenant : undefined, filters, language)
  const products = useTenantOptions('products', allowed ? tenant : undefined, language)
  const statements = tenant !== undefined && mayReadStatements(user, tenant)
  const sellers = useTenantOptions('sellers', statements ? tenant : undefined, language)

  if (options.length === 0) return <p>{words.noSite}</p>
  if (!tenant) return <><SiteChoice id="report-site" /><p>{words.chooseSite}</p></>
  if (!allowed) return <><SiteChoice id="report-site" /><p>{words.notAllowed}</p></>

  const { report, error, loading, updatedAt } = live
  const time = updatedAt && new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { timeStyle: 'medium' }).format(updatedAt)
  return (
    <div className="vitrine-report">
      <SiteChoice id="report-site" />
      <ReportFilters filters={filters} today={today} products={products} language={language} onChange={(change) => setFilters((current) => ({ ...current, ...change }))} />
      <p className="vitrine-hint vitrine-report__status">{loading ? words.updating : time ? words.updated(time) : ''}</p>
      {error && <p role="alert" className="vitrine-error">{error}</p>}
      {!report && !error && <p role="status">{words.loading}</p>}
      {report && (
        <div className="vitrine-report__body" aria-busy={loading}>
          <ReportFigures totals={report.totals} language={language} />
          <div className="vitrine-report__charts">
            <RevenueChart series={report.series} bucket={filters.bucket} language={language} />
            <ProductChart products={report.byProduct} language={language} />
          </div>
        </div>
      )}
      <ReportExports api={api} tenant={tenant} filters={filters} withSales={mayExportSales(user, tenant)} language={language} />
      {statements && <StatementDownload api={api} tenant={tenant} today={today} sellers={sellers} language={language} />}
    </div>
  )
}
