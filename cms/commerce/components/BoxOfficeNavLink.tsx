'use client'
// "Box office" in the admin's navigation, for those who may sell on at least one site.
import { Link, useAuth, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { useLanguage } from './language'
import { userMay } from './permissions'

const LABEL = { en: 'Box office', fr: 'Guichet' }

export function BoxOfficeNavLink() {
  const { user } = useAuth()
  const { config } = useConfig()
  const pathname = usePathname()
  const language = useLanguage()
  if (!userMay(user, 'create', 'sales')) return null
  const href = `${config.routes.admin}/box-office`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} prefetch={false} aria-current={current ? 'page' : undefined}>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{LABEL[language]}</span>
    </Link>
  )
}

export default BoxOfficeNavLink
