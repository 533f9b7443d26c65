// What happens to a placed order after checkout: paid (once, however many times the news
// arrives), or expired/cancelled (its stock and credit given back, once).
import type { Payload } from 'payload'

import { orderConfirmationMail, saleNotificationMail } from '../../../src/domain/mail'
import { platformUrl } from '../../../src/lib/platform'
import type { Order } from '../../payload-types'
import { relationId } from '../../relation-id'
import { countDiscountUse, moveOrderState } from '../atomic'
import { confirmAll, releaseAll } from '../availability'
import { findOrCreateCustomer } from '../customers'
import { mailBrand, sendShopMail } from '../mail/send'
import { stripeClient } from '../payments/stripe'
import { loadShop } from '../shop'
import { restoreGiftCard } from '../store-credit'
import { ticketsPath } from '../../ticketing/ticket-views'
import { receiptOf } from './receipt'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

export interface PaymentFacts {
  method: NonNullable<NonNullable<Order['payment']>['method']>
  by: string
  stripePaymentIntentId?: string
  note?: string
  at?: Date
}

/**
 * Marks a pending order paid. Only the caller whose conditional update wins goes on (a webhook
 * delivered twice, or racing the buyer's return page, confirms once): it counts the discount use,
 * records the customer and sends the receipt and the sale notification.
 */
export async function confirmPayment(payload: Payload, orderId: Id, facts: PaymentFacts): Promise<{ confirmed: boolean; order: Order }> {
  const won = await moveOrderState(payload, orderId, ['pending'], 'paid')
  const current = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  if (!won) return { confirmed: false, order: current }
  const at = facts.at ?? new Date()
  const notes: string[] = facts.note ? [facts.note] : []
  const discountId = relationId(current.discount)
  if (discountId !== undefined && !(await countDiscountUse(payload, discountId))) {
    notes.push(`code ${current.discountCode} reached its limit before payment; honoured`)
  }
  const customerId = await recordCustomer(payload, current)
  const order = await payload.update({
    collection: 'orders',
    id: orderId,
    data: {
      state: 'paid',
      ...(customerId !== undefined ? { customer: customerId as number } : {}),
      payment: {
        ...current.payment,
        method: facts.method,
        paidAt: at.toISOString(),
        ...(facts.stripePaymentIntentId ? { stripePaymentIntentId: facts.stripePaymentIntentId } : {}),
      },
      history: [...(current.history ?? []), { from: 'pending', to: 'paid', event: 'pay', by: facts.by, at: at.toISOString(), ...(notes.length ? { note: notes.join('; ') } : {}) }],
    },
    ...o,
  })
  // Delivered first (seats sold, tickets and gift cards issued), so the receipt can point at them.
  await confirmAll(payload, order, facts.by)
  await sendOrderMails(payload, order)
  return { confirmed: true, order }
}

/** Sends the buyer's receipt and the tenant's sale notification (again, when staff resend it). */
export async function sendOrderMails(payload: Payload, order: Order, { buyerOnly = false } = {}) {
  const tenantId = relationId(order.tenant)!
  const shop = await loadShop(payload, tenantId)
  const brand = mailBrand(shop, order.siteOrigin)
  const orderUrl = `${brand.siteUrl}/commande/${order.reference}`
  const adminUrl = `${platformUrl().origin}/admin/collections/orders/${order.id}`
  const hasTickets = (order.lines ?? []).some((line) => line.performance)
  const receipt = receiptOf(order, { orderUrl, adminUrl, ...(hasTickets ? { ticketsUrl: `${brand.siteUrl}${ticketsPath(order.reference)}` } : {}) })
  await sendShopMail(payload, shop, { to: order.email, kind: 'order-confirmation', mail: orderConfirmationMail(brand, receipt), orderId: order.id })
  const notify = shop.settings.salesNotificationEmail || shop.tenant.contactEmail
  if (notify && !buyerOnly) await sendShopMail(payload, shop, { to: notify, kind: 'sale-notification', mail: saleNotificationMail(brand, receipt), orderId: order.id })
}

/**
 * Ends an unpaid order (`expired` when its payment window closed, `cancelled` by staff) and gives
 * back its stock and store credit. Only the winner of the state change releases, so never twice.
 */
export async function releaseOrder(payload: Payload, orderId: Id, { to, by, note }: { to: 'expired' | 'cancelled'; by: string; note?: string }): Promise<boolean> {
  if (!(await moveOrderState(payload, orderId, ['pending'], to))) return false
  const order = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  const tenantId = relationId(order.tenant)!
  await releaseAll(payload, order)
  const cardId = relationId(order.payment?.giftCard)
  if (cardId !== undefined && order.payment?.storeCredit) {
    await restoreGiftCard(payload, { tenantId, cardId, amount: order.payment.storeCredit, orderId, by })
  }
  await payload.update({
    collection: 'orders',
    id: orderId,
    data: {
      state: to,
      released: true,
      history: [...(order.history ?? []), { from: 'pending', to, event: to === 'expired' ? 'expire' : 'cancel', by, at: new Date().toISOString(), ...(note ? { note } : {}) }],
    },
    ...o,
  })
  return true
}

/** The buyer as a customer of this tenant: made at the first paid order (or at sign-up), counted after. */
async function recordCustomer(payload: Payload, order: Order): Promise<Id | undefined> {
  const found = await findOrCreateCustomer(payload, {
    tenantId: relationId(order.tenant)!,
    email: order.email,
    initial: { name: order.name ?? null, orderCount: 1, marketingOptIn: Boolean(order.marketingOptIn) },
  })
  if (!found) return undefined
  const { customer, created } = found
  if (!created) {
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: {
        orderCount: (customer.orderCount ?? 0) + 1,
        ...(order.name && !customer.name ? { name: order.name } : {}),
        // Consent is given at an order and kept; withdrawing it is the customer's own act, not a side effect of buying.
        ...(order.marketingOptIn ? { marketingOptIn: true } : {}),
      },
      ...o,
    })
  }
  return customer.id
}

/**
 * Ends the pending orders whose payment window has closed: their Stripe session is expired first
 * (so it cannot be paid any more), then the order releases its stock and credit. Safe to run from
 * several processes at once: each order is released by one of them only.
 */
export async function expireOverdueOrders(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'orders',
    where: { and: [{ state: { equals: 'pending' } }, { expiresAt: { less_than: now.toISOString() } }] },
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  let expired = 0
  for (const order of docs) {
    const sessionId = order.payment?.stripeSessionId
    if (sessionId) {
      const account = order.payment?.stripeAccountId
      try {
        await stripeClient().checkout.sessions.expire(sessionId, {}, { ...(account ? { stripeAccount: account } : {}) })
      } catch (error) {
        // Already paid or expired at Stripe: its webhook settles the order; leave it to that.
        payload.logger.warn({ msg: `Order ${order.reference}: Stripe did not expire ${sessionId} (${(error as Error).message})` })
        continue
      }
    }
    if (await releaseOrder(payload, order.id, { to: 'expired', by: 'expiry-sweep', note: 'payment window closed' })) expired++
  }
  return expired
}
