// The frame of our custom admin screens (server component): the admin's template, a title and an
// introduction. Custom views skip Payload's login check, so this does it.
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

type Words = { en: string; fr: string }

export function AdminScreen({
  view: { initPageResult, params, searchParams },
  path,
  title,
  intro,
  className,
  children,
}: {
  view: AdminViewServerProps
  /** Below the admin route, e.g. `/reports`: where login sends the user back. */
  path: string
  title: Words
  intro: Words
  className: string
  children: React.ReactNode
}) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
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
      <Gutter className={className}>
        <h1>{title[language]}</h1>
        <p className="vitrine-hint">{intro[language]}</p>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
