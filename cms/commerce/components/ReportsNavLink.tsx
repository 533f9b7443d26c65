'use client'
// "Reports" in the admin's navigation, for those who may read the reports or the sales of a site.
import { useAuth } from '@payloadcms/ui'
import React from 'react'

import { AdminNavLink } from './AdminNavLink'
import { mayReadReports } from './report-access'

export function ReportsNavLink() {
  const { user } = useAuth()
  return mayReadReports(user) ? <AdminNavLink path="/reports" label={{ en: 'Reports', fr: 'Rapports' }} /> : null
}

export default ReportsNavLink
