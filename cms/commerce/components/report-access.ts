import { userMay } from './permissions'

type Id = number | string

/** The sales report: for those who read a site's reports or its sales (the endpoint checks the same). */
export const mayReadReports = (user: unknown, tenantId?: Id) => userMay(user, 'read', 'reports', tenantId) || userMay(user, 'read', 'sales', tenantId)

/** Orders and customers exports: the sales themselves. */
export const mayExportSales = (user: unknown, tenantId: Id) => userMay(user, 'read', 'sales', tenantId)

/** Sellers' statements: the site's reports. */
export const mayReadStatements = (user: unknown, tenantId: Id) => userMay(user, 'read', 'reports', tenantId)
