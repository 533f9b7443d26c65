// Who may see an order on a tenant's site: the browser that placed it, the logged-in account it
// belongs to, or (for its tickets) whoever holds the signed link of its confirmation mail.
import type { AstroCookies } from 'astro'

import type { Order } from '../../cms/payload-types'
import { relationId } from '../../cms/relation-id'
import { isTicketsKey } from '../../cms/ticketing/ticket-views'
import { accountOwnsOrder } from '../domain/commerce/customer-account'
import { isOrderReference } from '../domain/commerce/order-reference'
import { placedOrders } from './cart-session'
import { currentAccount } from './customer-session'
import { shopData } from './shop-data'
import type { Site } from './site'

export async function visibleOrder(site: Site, cookies: AstroCookies, reference: string, { ticketsKey }: { ticketsKey?: string | null } = {}): Promise<Order | null> {
  const order = isOrderReference(reference) ? await shopData(site).order(reference) : null
  if (!order) return null
  if (placedOrders(cookies).includes(reference) || (ticketsKey !== undefined && isTicketsKey(reference, ticketsKey))) return order
  const account = await currentAccount(cookies, site)
  const owns = account && accountOwnsOrder({ email: account.contactEmail, customerId: relationId(account.customer) }, { email: order.email, customerId: relationId(order.customer) })
  return owns ? order : null
}
