import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isPlatformAdmin, tenantIdsAllowing, type VitrineUser } from '../access'

type Membership = NonNullable<VitrineUser['tenants']>[number]
const key = (m: Membership) => `${typeof m.tenant === 'object' ? m.tenant.id : m.tenant}:${[...(m.roles ?? [])].sort().join(',')}`
const tenantOf = (m: Membership) => String(typeof m.tenant === 'object' ? m.tenant.id : m.tenant)

/**
 * Only a platform admin, or an owner of the tenant concerned, may add, change or remove a
 * membership: an editor cannot promote itself, an owner of A cannot touch B's memberships.
 */
export const guardMemberships: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!req.user || isPlatformAdmin(req.user) || !('tenants' in data)) return data
  const before: Membership[] = originalDoc?.tenants ?? []
  const after: Membership[] = data.tenants ?? []
  const beforeKeys = new Set(before.map(key))
  const afterKeys = new Set(after.map(key))
  const changed = [...after.filter((m) => !beforeKeys.has(key(m))), ...before.filter((m) => !afterKeys.has(key(m)))]
  const managed = new Set(tenantIdsAllowing(req.user, 'update', 'users').map(String))
  const forbidden = changed.find((m) => !managed.has(tenantOf(m)))
  if (forbidden) throw new APIError(`You may only change memberships of sites you own (site ${tenantOf(forbidden)}).`, 403, undefined, true)
  return data
}
