// Who may do what in the back office. Every collection reuses these by name, and the
// role table itself lives in src/domain/tenancy/roles.ts (one place, unit-tested).
import type { Access, FieldAccess, Where } from 'payload'

import { can, type Action, type Area, type TenantRole } from '../../src/domain/tenancy/roles'
import { relationId } from '../relation-id'

type TenantRef = number | string | { id: number | string }
export type VitrineUser = {
  id: number | string
  collection?: string
  roles?: string[] | null
  tenants?: { tenant: TenantRef; roles?: TenantRole[] | null }[] | null
}

/**
 * A person of the back office: a `users` account. A buyer logged in to a site (a `customer-accounts`
 * account) is a user to Payload too, and must never pass for staff. Payload sets `collection` on
 * every authenticated user; a user document handed to the Local API without it is staff.
 */
export const isStaff = (user: unknown): user is VitrineUser =>
  Boolean(user) && ((user as VitrineUser).collection ?? 'users') === 'users'

export const isPlatformAdmin = (user: unknown): boolean =>
  isStaff(user) && Boolean(user.roles?.includes('platform-admin'))

/** Ids of the tenants where this user holds a role allowing `action` on `area`. */
export function tenantIdsAllowing(user: unknown, action: Action, area: Area): (number | string)[] {
  if (!isStaff(user)) return []
  const memberships = user.tenants ?? []
  return memberships
    .filter((m) => (m.roles ?? []).some((role) => can(role, action, area)))
    .map((m) => relationId(m.tenant)!)
}

/** Access for a tenant-owned collection: platform admins all, members per their role, anonymous nothing. */
export const tenantScoped =
  (area: Area, action: Action): Access =>
  ({ req }) => {
    if (!req.user) return false
    if (isPlatformAdmin(req.user)) return true
    const ids = tenantIdsAllowing(req.user, action, area)
    if (ids.length === 0) return false
    return { tenant: { in: ids } } satisfies Where
  }

/** The four CRUD access functions of a tenant-owned collection for one area. */
export const tenantCrud = (area: Area) => ({
  read: tenantScoped(area, 'read'),
  create: tenantScoped(area, 'create'),
  update: tenantScoped(area, 'update'),
  delete: tenantScoped(area, 'delete'),
})

/** Anyone of the back office, whatever their role; never a site's customer. */
export const staffOnly = ({ req }: { req: { user?: unknown } }): boolean => isStaff(req.user)

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)
export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)
