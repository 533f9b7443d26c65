import type { Payload } from 'payload'
import type Stripe from 'stripe'

import { platformFee } from '../../../src/domain/commerce/platform-fee'
import type { Money } from '../../../src/domain/commerce/money'
import type { Order } from '../../payload-types'
import { CommerceError } from '../errors'
import { releaseOrder } from '../orders/lifecycle'
import type { Shop } from '../shop'
import { stripeClient } from './stripe'

/**
 * Opens a Stripe Checkout Session for what is left to pay, on the tenant's connected account with
 * the platform's fee. The session expires with the order's payment window, so Stripe and we let
 * go of the stock at the same time. If Stripe refuses, the order is cancelled at once.
 */
export async function openCheckoutSession(payload: Payload, shop: Shop, order: Order, due: Money, siteOrigin: string): Promise<{ url: string; order: Order }> {
  const account = shop.settings.stripeAccountId
  if (!account || !shop.settings.stripeChargesEnabled) {
    await releaseOrder(payload, order.id, { to: 'cancelled', by: 'checkout', note: 'card payments not set up' })
    throw CommerceError.of('payment_failed', 'payment', `${shop.tenant.name} cannot take card payments online yet.`, `${shop.tenant.name} ne peut pas encore encaisser de paiement par carte en ligne.`)
  }
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'payment',
    customer_email: order.email,
    client_reference_id: String(order.id),
    metadata: { orderId: String(order.id), reference: order.reference, tenant: String(shop.tenant.id) },
    line_items: lineItems(order, due),
    payment_intent_data: { application_fee_amount: platformFee(shop.plan, due).amount, metadata: { orderId: String(order.id), reference: order.reference } },
    success_url: `${siteOrigin}/commande/${order.reference}?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${siteOrigin}/panier?annule=${order.reference}`,
    expires_at: sessionExpiry(order),
  }
  let session: Stripe.Checkout.Session
  try {
    session = await stripeClient().checkout.sessions.create(params, { stripeAccount: account, idempotencyKey: `order-${order.id}` })
  } catch (error) {
    await releaseOrder(payload, order.id, { to: 'cancelled', by: 'checkout', note: `Stripe refused the session: ${(error as Error).message}` })
    throw CommerceError.of(
      'payment_failed',
      'payment',
      'The payment could not be started; nothing was charged. Please try again in a moment.',
      'Le paiement n’a pas pu démarrer ; rien n’a été débité. Merci de réessayer dans un instant.',
    )
  }
  const updated = await payload.update({
    collection: 'orders',
    id: order.id,
    data: { payment: { ...order.payment, method: 'card', stripeSessionId: session.id, stripeAccountId: account, platformFee: params.payment_intent_data!.application_fee_amount! } },
    overrideAccess: true,
    depth: 0,
  })
  return { url: session.url!, order: updated }
}

/** The order's payment window, but never under the 30 minutes (and a margin) Stripe requires from now. */
function sessionExpiry(order: Order): number {
  const earliest = Math.ceil(Date.now() / 1000) + 31 * 60
  const wanted = order.expiresAt ? Math.floor(new Date(order.expiresAt).getTime() / 1000) : earliest
  return Math.max(wanted, earliest)
}

/**
 * The order's lines as Stripe shows them. When store credit paid part of the order, Stripe gets
 * one line for the rest: its total must equal what is due to the cent.
 */
function lineItems(order: Order, due: Money): Stripe.Checkout.SessionCreateParams.LineItem[] {
  const currency = due.currency.toLowerCase()
  if (order.payment?.storeCredit) {
    return [{ quantity: 1, price_data: { currency, unit_amount: due.amount, product_data: { name: `Commande ${order.reference} (après avoir)` } } }]
  }
  const lines = (order.lines ?? []).map((line) => ({ name: line.label, amount: line.amount, quantity: line.quantity }))
  const fees = (order.feeLines ?? []).filter((fee) => fee.passedToBuyer !== false).map((fee) => ({ name: fee.label, amount: fee.amount, quantity: 1 }))
  return [...lines, ...fees].map((line) =>
    // A discounted line may not divide evenly by its quantity: then it goes as one line of its total.
    line.amount % line.quantity === 0
      ? { quantity: line.quantity, price_data: { currency, unit_amount: line.amount / line.quantity, product_data: { name: line.name } } }
      : { quantity: 1, price_data: { currency, unit_amount: line.amount, product_data: { name: `${line.name} × ${line.quantity}` } } },
  )
}
