// The customer record of a tenant for one email: the one row that orders, accounts and the
// customer list share, made by whichever comes first (a sign-up or a first paid order).
import type { Payload, Where } from 'payload'

import type { Customer } from '../payload-types'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/**
 * The tenant's customer with this email, made with `initial` when there is none. Two makers at
 * once meet the unique (tenant, email) index: the loser finds the winner's row instead.
 */
export async function findOrCreateCustomer(
  payload: Payload,
  { tenantId, email, initial = {} }: { tenantId: Id; email: string; initial?: Pick<Customer, 'name' | 'marketingOptIn' | 'orderCount'> },
): Promise<{ customer: Customer; created: boolean } | null> {
  const where: Where = { and: [{ tenant: { equals: tenantId } }, { email: { equals: email } }] }
  for (let attempt = 0; attempt < 2; attempt++) {
    const { docs } = await payload.find({ collection: 'customers', where, limit: 1, ...o })
    if (docs[0]) return { customer: docs[0], created: false }
    try {
      const customer = await payload.create({
        collection: 'customers',
        data: { tenant: tenantId as number, email, ...(initial.name ? { name: initial.name } : {}), orderCount: initial.orderCount ?? 0, marketingOptIn: Boolean(initial.marketingOptIn) },
        ...o,
      })
      return { customer, created: true }
    } catch {
      // The index let the other maker in: read its row on the next turn.
    }
  }
  return null
}
