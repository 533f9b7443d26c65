// What a buyer sees in their account: the site's orders with their email or their customer
// record, and the store credit held in their name. Always within the account's own site.
import type { Payload, Where } from 'payload'

import type { CustomerAccount, GiftCard, Order } from '../../payload-types'
import { relationId } from '../../relation-id'

export async function accountOrders(payload: Payload, account: CustomerAccount): Promise<Order[]> {
  const customerId = relationId(account.customer)
  const mine: Where[] = [{ email: { equals: account.contactEmail } }, ...(customerId !== undefined ? [{ customer: { equals: customerId } }] : [])]
  const { docs } = await payload.find({
    collection: 'orders',
    where: { and: [{ tenant: { equals: relationId(account.tenant)! } }, { or: mine }] },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** Gift cards and credit notes of the site in the account's email, with something left on them and not expired. */
export async function accountCredit(payload: Payload, account: CustomerAccount, now = new Date()): Promise<GiftCard[]> {
  const { docs } = await payload.find({
    collection: 'gift-cards',
    where: {
      and: [
        { tenant: { equals: relationId(account.tenant)! } },
        { email: { equals: account.contactEmail } },
        { balance: { greater_than: 0 } },
        { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now.toISOString() } }] },
      ],
    },
    sort: 'createdAt',
    limit: 50,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}
