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

export const isPlatformAdmin = (user: unknown): boolean =>
  Boolean(user && (user as VitrineUser).roles?.includes('platform-admin'))

/** Ids of the tenants where this user holds a role allowing `action` on `area`. */
export function tenantIdsAllowing(user: unknown, action: Action, area: Area): (number | string)[] {
  const memberships = (user as VitrineUser | null)?.tenants ?? []
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

export const platformAdminOnly: Access = ({ req }) => isPlatformAdmin(req.user)
export const platformAdminField: FieldAccess = ({ req }) => isPlatformAdmin(req.user)
