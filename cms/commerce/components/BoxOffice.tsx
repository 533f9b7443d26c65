// The box-office screen at /admin/box-office (a custom admin view, server component): the admin's
// frame around the sale form. Custom views skip Payload's login check, so this one does it.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { BoxOfficeSale } from './BoxOfficeSale'

const TITLE = { en: 'Box office', fr: 'Guichet' }
const INTRO = {
  en: 'Sales at the counter or by phone, paid in person: the stock is taken and the receipt mailed as for an online order.',
  fr: 'Ventes au guichet ou par téléphone, payées sur place\u00a0: le stock est pris et le reçu envoyé comme pour une commande en ligne.',
}

export function BoxOffice({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}/box-office`)}`)
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
      <Gutter className="vitrine-box-office">
        <h1>{TITLE[language]}</h1>
        <p className="vitrine-hint">{INTRO[language]}</p>
        <BoxOfficeSale />
      </Gutter>
    </DefaultTemplate>
  )
}

export default BoxOffice
