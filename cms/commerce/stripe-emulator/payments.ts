import type { FormObject } from '../../../src/domain/commerce/form-encoding'
import { invalidParam, noSuch, StripeApiError } from './api-error'
import { formatAmount } from './checkout'
import { assertKnownParams, metadataParam, optionalInteger, optionalString, requiredString } from './params'
import { newId, recordEvent, unixNow, type Store } from './store'
import type { Charge, CheckoutSession, PaymentIntent, Refund, StripeEvent } from './types'

export const SUCCEEDING_CARD = '4242424242424242'
// Stripe's test card that is always declined with generic_decline.
const DECLINED_CARD = '4000000000000002'

/** Charges the card for an open session, as the hosted page does; the decline is Stripe's card_error. */
export function paySession(store: Store, session: CheckoutSession, card: string, email: string | undefined): StripeEvent {
  if (session.status !== 'open') throw new StripeApiError(400, `This Checkout Session is ${session.status}, not open.`, { code: 'checkout_session_not_open' })
  assertCardSucceeds(card)
  const { intent, charge } = chargeFor(session, email)
  store.paymentIntents.set(intent.id, intent)
  store.charges.set(charge.id, charge)
  session.status = 'complete'
  session.payment_status = 'paid'
  session.payment_intent = intent.id
  session.customer_details = intent.receipt_email === null ? null : { email: intent.receipt_email }
  session.url = null
  return recordEvent(store, 'checkout.session.completed', session, session.account)
}

function assertCardSucceeds(card: string): void {
  const digits = card.replace(/[\s-]/g, '')
  if (digits === SUCCEEDING_CARD) return
  if (digits === DECLINED_CARD) throw new StripeApiError(402, 'Your card was declined.', { type: 'card_error', code: 'card_declined', decline_code: 'generic_decline' })
  throw new StripeApiError(402, 'Your card number is incorrect. In test mode use 4242 4242 4242 4242.', { type: 'card_error', code: 'incorrect_number' })
}

function chargeFor(session: CheckoutSession, email: string | undefined): { intent: PaymentIntent; charge: Charge } {
  const { amount_total: amount, currency, account } = session
  const { application_fee_amount, metadata } = session.payment_intent_data
  const created = unixNow()
  const intentId = newId('pi_')
  const charge: Charge = {
    id: newId('ch_'),
    object: 'charge',
    amount,
    amount_captured: amount,
    amount_refunded: 0,
    refunded: false,
    paid: true,
    status: 'succeeded',
    currency,
    payment_intent: intentId,
    application_fee_amount,
    metadata,
    created,
    livemode: false,
    account,
  }
  const intent: PaymentIntent = {
    id: intentId,
    object: 'payment_intent',
    amount,
    amount_received: amount,
    currency,
    status: 'succeeded',
    application_fee_amount,
    latest_charge: charge.id,
    metadata,
    receipt_email: email ?? session.customer_email,
    created,
    livemode: false,
    account,
  }
  return { intent, charge }
}

export function findPaymentIntent(store: Store, id: string, account: string | null, param?: string): PaymentIntent {
  const intent = store.paymentIntents.get(id)
  if (intent === undefined || intent.account !== account) throw noSuch('payment_intent', id, param)
  return intent
}

const REFUND_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer']

/** Refunds all that remains, or `amount` of it; sends charge.refunded with the updated charge. */
export function createRefund(store: Store, form: FormObject, account: string | null): { refund: Refund; event: StripeEvent } {
  assertKnownParams(form, ['payment_intent', 'amount', 'metadata', 'reason', 'expand'])
  const intent = findPaymentIntent(store, requiredString(form, 'payment_intent'), account, 'payment_intent')
  const charge = store.charges.get(intent.latest_charge)!
  const remaining = charge.amount - charge.amount_refunded
  if (remaining === 0) throw new StripeApiError(400, `Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' })
  const amount = optionalInteger(form, 'amount', 'amount', 1) ?? remaining
  if (amount > remaining) {
    throw invalidParam('amount', `Refund amount (${formatAmount(amount, charge.currency, 'en-GB')}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency, 'en-GB')})`, 'amount_too_large')
  }
  const reason = optionalString(form, 'reason') ?? null
  if (reason !== null && !REFUND_REASONS.includes(reason)) throw invalidParam('reason', `Invalid reason: must be one of ${REFUND_REASONS.join(', ')}`)
  const metadata = metadataParam(form, 'metadata')
  charge.amount_refunded += amount
  charge.refunded = charge.amount_refunded === charge.amount
  const refund: Refund = {
    id: newId('re_'),
    object: 'refund',
    amount,
    currency: charge.currency,
    charge: charge.id,
    payment_intent: intent.id,
    metadata,
    reason,
    status: 'succeeded',
    created: unixNow(),
    account,
  }
  store.refunds.set(refund.id, refund)
  return { refund, event: recordEvent(store, 'charge.refunded', charge, account) }
}
