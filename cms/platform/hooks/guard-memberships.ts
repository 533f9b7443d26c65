import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { relationId } from '../../relation-id'
import { isPlatformAdmin, tenantIdsAllowing, type VitrineUser } from '../access'

type Membership = NonNullable<VitrineUser['tenants']>[number]
const tenantOf = (m: Membership) => String(relationId(m.tenant))
const key = (m: Membership) => `${tenantOf(m)}:${[...(m.roles ?? [])].sort().join(',')}`

/**
 * Only a platform admin, or an owner of the tenant concerned, may add, change or remove a
 * membership: an editor cannot promote itself, an owner of A cannot touch B's memberships.
 * Checked on the request as sent (field access would otherwise drop the change silently).
 */
export const guardMemberships: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const { data, id } = args as { data?: { tenants?: Membership[] }; id?: number | string }
  if ((operation !== 'create' && operation !== 'update') || !data?.tenants || !req.user || isPlatformAdmin(req.user)) return args
  const before: Membership[] =
    operation === 'update' && id !== undefined
      ? ((await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req })).tenants as Membership[]) ?? []
      : []
  const beforeKeys = new Set(before.map(key))
  const afterKeys = new Set(data.tenants.map(key))
  const changed = [...data.tenants.filter((m) => !beforeKeys.has(key(m))), ...before.filter((m) => !afterKeys.has(key(m)))]
  const managed = new Set(tenantIdsAllowing(req.user, 'update', 'users').map(String))
  const forbidden = changed.find((m) => !managed.has(tenantOf(m)))
  if (forbidden) throw new APIError(`You may only change memberships of sites you own (site ${tenantOf(forbidden)}).`, 403, undefined, true)
  return args
}
