import type { Payload, Where } from 'payload'

import { PAID_STATES } from '../../../src/domain/commerce/order-state'
import type { Order } from '../../payload-types'
import { relationValue } from '../../relation-id'

type Id = number | string

/**
 * A tenant's paid orders that touch a period (from inclusive, to exclusive): paid in it, and,
 * unless `paidOnly`, paid earlier with a refund made in it (reports count refunds on their own day).
 */
export async function ordersOfPeriod(payload: Payload, tenantId: Id, period: { from: Date; to: Date }, { paidOnly = false } = {}): Promise<Order[]> {
  const within = { greater_than_equal: period.from.toISOString(), less_than: period.to.toISOString() }
  const where: Where = {
    and: [
      { tenant: { equals: relationValue(tenantId) } },
      { state: { in: [...PAID_STATES] } },
      paidOnly ? { 'payment.paidAt': within } : { or: [{ 'payment.paidAt': within }, { 'refunds.at': within }] },
    ],
  }
  const { docs } = await payload.find({ collection: 'orders', where, pagination: false, sort: 'createdAt', depth: 0, overrideAccess: true })
  return docs
}
