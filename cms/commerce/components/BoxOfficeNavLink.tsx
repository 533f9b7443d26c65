'use client'
// "Box office" in the admin's navigation, for those who may sell on at least one site.
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import { AdminNavLink } from './AdminNavLink'
import { userMay } from './permissions'

export function BoxOfficeNavLink() {
  const { user } = useAuth()
  return userMay(user, 'create', 'sales') ? <AdminNavLink path="/box-office" label={{ en: 'Box office', fr: 'Guichet' }} /> : null
}

export default BoxOfficeNavLink
