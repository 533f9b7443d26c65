import type { Payload } from 'payload'

import type { CheckoutRequest } from '../../../src/domain/commerce/checkout-request'
import type { Order } from '../../payload-types'
import { openCheckoutSession } from '../payments/checkout-session'
import { stripeClient } from '../payments/stripe'
import { settleSession } from '../payments/webhook'
import { confirmPayment } from './lifecycle'
import { placeOrder } from './place-order'

type Id = number | string

/**
 * A visitor's checkout: the order is placed (stock and credit held), then either fully paid by
 * store credit at once, or sent to Stripe Checkout. Returns where to send the browser.
 */
export async function startOnlineCheckout(
  payload: Payload,
  { tenantId, request, siteOrigin, customerId, holder, now }: { tenantId: Id; request: CheckoutRequest; siteOrigin: string; customerId?: Id; holder?: string; now?: Date },
): Promise<{ order: Order; redirectTo: string }> {
  const { order, due, pricing } = await placeOrder(payload, {
    tenantId,
    request,
    channel: 'online',
    by: 'visitor',
    siteOrigin,
    ...(customerId !== undefined ? { customerId } : {}),
    ...(holder ? { holder } : {}),
    ...(now ? { now } : {}),
  })
  if (due.amount === 0) {
    const { order: paid } = await confirmPayment(payload, order.id, { method: 'store_credit', by: 'visitor' })
    return { order: paid, redirectTo: `${siteOrigin}/commande/${order.reference}` }
  }
  const { url, order: awaiting } = await openCheckoutSession(payload, pricing.shop, order, due, siteOrigin)
  return { order: awaiting, redirectTo: url }
}

/**
 * The buyer's return page also settles: if the webhook has not arrived yet, the session is read
 * from Stripe and a paid one confirms the order (once, whichever comes first).
 */
export async function settleOnReturn(payload: Payload, order: Order, sessionId: string): Promise<Order> {
  if (order.state !== 'pending' || order.payment?.stripeSessionId !== sessionId) return order
  const account = order.payment?.stripeAccountId ?? null
  const session = await stripeClient().checkout.sessions.retrieve(sessionId, {}, { ...(account ? { stripeAccount: account } : {}) })
  if (session.payment_status === 'paid') await settleSession(payload, session, account, 'return-page')
  return payload.findByID({ collection: 'orders', id: order.id, depth: 0, overrideAccess: true })
}
