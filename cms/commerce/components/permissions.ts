import { isPlatformAdmin, tenantIdsAllowing } from '../../platform/access'
import type { Action, Area } from '../../../src/domain/tenancy/roles'

/**
 * Whether the signed-in user may do `action` on `area` of a tenant (of any tenant when none is
 * given), by the same role table the endpoints check: buttons that would only answer “forbidden”
 * are not shown. The endpoints still decide.
 */
export function userMay(user: unknown, action: Action, area: Area, tenantId?: number | string): boolean {
  if (!user) return false
  if (isPlatformAdmin(user)) return true
  const allowed = tenantIdsAllowing(user, action, area).map(String)
  return tenantId === undefined ? allowed.length > 0 : allowed.includes(String(tenantId))
}
