'use client'
// A link of ours in the admin's navigation, styled and marked current like Payload's own.
import { Link, useConfig } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'
import React from 'react'

import { useLanguage } from './language'

export function AdminNavLink({ path, label }: { path: string; label: { en: string; fr: string } }) {
  const { config } = useConfig()
  const pathname = usePathname()
  const language = useLanguage()
  const href = `${config.routes.admin}${path}`
  const current = pathname === href
  return (
    <Link className="nav__link" href={href} prefetch={false} aria-current={current ? 'page' : undefined}>
      {current && <div className="nav__link-indicator" />}
      <span className="nav__link-label">{label[language]}</span>
    </Link>
  )
}
