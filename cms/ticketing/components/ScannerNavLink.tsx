'use client'
// "Door scanner" in the admin's navigation, for those who check tickets on at least one site.
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import { AdminNavLink } from '../../commerce/components/AdminNavLink'
import { userMay } from '../../commerce/components/permissions'

export function ScannerNavLink() {
  const { user } = useAuth()
  return userMay(user, 'create', 'checkin') ? <AdminNavLink path="/scanner" label={{ en: 'Door scanner', fr: 'Contrôle des entrées' }} /> : null
}

export default ScannerNavLink
