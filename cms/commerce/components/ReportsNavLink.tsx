'use client'
// "Reports" in the admin's navigation, for those who may read the reports or the sales of a site.
import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { useLanguage } from './language'
import { mayReadReports } from './report-access'

const LABEL = { en: 'Reports', fr: 'Rapports' }

export function ReportsNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const pathname = usePathname()
  const language = useLanguage()
  if (!mayReadReports(user)) return null
  const href = `${config.routes.admin}/reports`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} prefetch={false} aria-current={current ? 'page' : undefined}>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{LABEL[language]}</span>
    </Link>
  )
}

export default ReportsNavLink
