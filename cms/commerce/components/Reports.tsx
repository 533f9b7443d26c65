// The reports screen at /admin/reports (a custom admin view, server component): the admin's frame
// around the live sales report and the sellers' statements. Custom views skip Payload's login
// check, so this one does it.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { SalesReport } from './SalesReport'

const TITLE = { en: 'Reports', fr: 'Rapports' }
const INTRO = {
  en: 'Sales as they come in, refreshed every minute; monthly statements for each seller.',
  fr: 'Les ventes au fil de l’eau, actualisées chaque minute\u00a0; les relevés mensuels de chaque vendeur.',
}

export function Reports({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/reports`)}`)
  if (!permissions.canAccessAdmin) redirect(`${adminRoute}/unauthorized`)
  const language = req.i18n.language === 'en' ? 'en' : 'fr'
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user}
      // A copy: React 19 refuses the frozen object Payload hands the view.
      visibleEntities={{ collections: [...visibleEntities.collections], globals: [...visibleEntities.globals] }}
    >
      <Gutter className="vitrine-reports">
        <h1>{TITLE[language]}</h1>
        <p className="vitrine-hint">{INTRO[language]}</p>
        <SalesReport />
      </Gutter>
    </DefaultTemplate>
  )
}

export default Reports
