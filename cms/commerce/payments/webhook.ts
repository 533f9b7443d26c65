import type { Payload } from 'payload'
import type Stripe from 'stripe'

import { relationId } from '../../relation-id'
import { confirmPayment, releaseOrder } from '../orders/lifecycle'
import { stripeClient, webhookSecret } from './stripe'

export type WebhookOutcome = { status: 200; outcome: string } | { status: 400; error: string }

/**
 * Verifies and handles one Stripe delivery. The signature is checked on the raw body before
 * anything is read; handling is idempotent (the order's state changes once), and every handled
 * event id is recorded so a redelivery is acknowledged without work.
 */
export async function handleStripeWebhook(payload: Payload, rawBody: string, signature: string | null): Promise<WebhookOutcome> {
  let event: Stripe.Event
  try {
    event = stripeClient().webhooks.constructEvent(rawBody, signature ?? '', webhookSecret())
  } catch (error) {
    return { status: 400, error: `Webhook refused: ${(error as Error).message}` }
  }
  const seen = await payload.find({ collection: 'payment-events', where: { eventId: { equals: event.id } }, limit: 1, depth: 0, overrideAccess: true })
  if (seen.docs.length > 0) return { status: 200, outcome: 'already handled' }
  const outcome = await handleEvent(payload, event)
  try {
    await payload.create({ collection: 'payment-events', data: { eventId: event.id, type: event.type, account: event.account ?? undefined, outcome }, depth: 0, overrideAccess: true })
  } catch {
    // The same event handled at the same moment by another delivery: its record is already there.
  }
  return { status: 200, outcome }
}

async function handleEvent(payload: Payload, event: Stripe.Event): Promise<string> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object
      if (session.payment_status !== 'paid') return 'awaiting payment'
      return settleSession(payload, session, event.account ?? null, 'stripe-webhook')
    }
    case 'checkout.session.expired': {
      const order = await orderOfSession(payload, event.data.object, event.account ?? null)
      if (!order) return 'no such order'
      return (await releaseOrder(payload, order.id, { to: 'expired', by: 'stripe-webhook', note: 'checkout session expired' })) ? 'expired' : `left ${order.state}`
    }
    case 'account.updated':
      return updateAccount(payload, event.data.object)
    default:
      return 'ignored'
  }
}

/** Confirms the order a paid session belongs to: from the webhook, or from the buyer's return page. */
export async function settleSession(payload: Payload, session: Stripe.Checkout.Session, account: string | null, by: string): Promise<string> {
  const order = await orderOfSession(payload, session, account)
  if (!order) return 'no such order'
  if (session.amount_total !== order.total - (order.payment?.storeCredit ?? 0)) {
    payload.logger.error({ msg: `Session ${session.id} paid ${session.amount_total} for order ${order.reference}, which expects ${order.total}` })
    return 'amount mismatch'
  }
  if (order.state !== 'pending') return order.state === 'paid' ? 'already paid' : `paid while ${order.state}: needs a refund`
  const intent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id
  const { confirmed } = await confirmPayment(payload, order.id, { method: 'card', by, ...(intent ? { stripePaymentIntentId: intent } : {}) })
  return confirmed ? 'paid' : 'already paid'
}

/** The order a session was opened for, only if the session id and the connected account both match. */
async function orderOfSession(payload: Payload, session: Stripe.Checkout.Session, account: string | null) {
  const { docs } = await payload.find({ collection: 'orders', where: { 'payment.stripeSessionId': { equals: session.id } }, limit: 1, depth: 0, overrideAccess: true })
  const order = docs[0]
  if (!order || (order.payment?.stripeAccountId ?? null) !== account) return null
  return order
}

async function updateAccount(payload: Payload, account: Stripe.Account): Promise<string> {
  const { docs } = await payload.find({ collection: 'shop-settings', where: { stripeAccountId: { equals: account.id } }, limit: 1, depth: 0, overrideAccess: true })
  const settings = docs[0]
  if (!settings) return 'unknown account'
  await payload.update({ collection: 'shop-settings', id: settings.id, data: { stripeChargesEnabled: Boolean(account.charges_enabled) }, depth: 0, overrideAccess: true })
  return `charges ${account.charges_enabled ? 'enabled' : 'disabled'} for tenant ${relationId(settings.tenant)}`
}
