import type { FormObject } from '../../../src/domain/commerce/form-encoding'
import { formatMoney, isCurrency, money, type Currency } from '../../../src/domain/commerce/money'
import { invalidParam, missingParam, noSuch, StripeApiError } from './api-error'
import { assertKnownParams, asHash, metadataParam, optionalHash, optionalInteger, optionalList, optionalString, requiredInteger, requiredString } from './params'
import { newId, recordEvent, toWire, unixNow, type Store } from './store'
import type { CheckoutSession, LineItem, StripeEvent } from './types'

const SESSION_PARAMS = ['mode', 'line_items', 'success_url', 'cancel_url', 'customer_email', 'client_reference_id', 'metadata', 'expires_at', 'payment_intent_data', 'expand']
const HALF_HOUR = 30 * 60
const ONE_DAY = 24 * 60 * 60
// Stripe's ceiling for one payment in EUR and the other two-decimal currencies.
const MAX_AMOUNT = 99_999_999

export function createSession(store: Store, form: FormObject, account: string | null, publicUrl: string): CheckoutSession {
  assertKnownParams(form, SESSION_PARAMS)
  assertCanCharge(store, account)
  const mode = requiredString(form, 'mode')
  if (mode !== 'payment') throw invalidParam('mode', `The emulator only supports mode=payment, not mode=${mode}.`)
  const lineItems = readLineItems(form)
  const currency = lineItems[0].currency
  const total = lineItems.reduce((sum, item) => sum + item.amount_total, 0)
  if (total > MAX_AMOUNT) throw invalidParam('line_items', `The total, ${total} minor units, is more than Stripe's maximum of ${MAX_AMOUNT}.`, 'amount_too_large')
  const id = newId('cs_test_')
  const now = unixNow()
  return saved(store, {
    id,
    object: 'checkout.session',
    mode: 'payment',
    url: `${publicUrl}/pay/${id}`,
    status: 'open',
    payment_status: 'unpaid',
    amount_subtotal: total,
    amount_total: total,
    currency,
    customer_email: readEmail(form),
    customer_details: null,
    client_reference_id: optionalString(form, 'client_reference_id') ?? null,
    metadata: metadataParam(form, 'metadata'),
    success_url: checkedUrl('success_url', requiredString(form, 'success_url')),
    cancel_url: optionalUrl(form, 'cancel_url'),
    expires_at: readExpiresAt(form, now),
    created: now,
    payment_intent: null,
    livemode: false,
    account,
    line_items: lineItems,
    payment_intent_data: readPaymentIntentData(form, total, account),
  })
}

function saved(store: Store, session: CheckoutSession): CheckoutSession {
  store.sessions.set(session.id, session)
  return session
}

// A connected account takes payments only once onboarding is done, as on Stripe.
function assertCanCharge(store: Store, account: string | null): void {
  if (account === null || store.accounts.get(account)?.charges_enabled) return
  throw new StripeApiError(400, `${account} cannot take payments yet: it has not finished onboarding (charges_enabled is false).`, { code: 'account_invalid' })
}

function readLineItems(form: FormObject): LineItem[] {
  const list = optionalList(form, 'line_items')
  if (list.length === 0) throw missingParam('line_items')
  const items = list.map((value, index) => readLineItem(asHash(value, `line_items[${index}]`), `line_items[${index}]`))
  const other = items.findIndex((item) => item.currency !== items[0].currency)
  if (other !== -1) {
    throw invalidParam(`line_items[${other}][price_data][currency]`, `All line items must use the same currency: line_items[${other}] is in ${items[other].currency}, line_items[0] in ${items[0].currency}.`)
  }
  return items
}

function readLineItem(item: FormObject, param: string): LineItem {
  assertKnownParams(item, ['price_data', 'quantity'], param)
  const priceParam = `${param}[price_data]`
  if (item.price_data === undefined) throw missingParam(priceParam)
  const priceData = asHash(item.price_data, priceParam)
  assertKnownParams(priceData, ['currency', 'unit_amount', 'product_data'], priceParam)
  const productData = optionalHash(priceData, 'product_data', `${priceParam}[product_data]`)
  assertKnownParams(productData, ['name', 'description'], `${priceParam}[product_data]`)
  const currency = readCurrency(priceData, `${priceParam}[currency]`)
  const unitAmount = requiredInteger(priceData, 'unit_amount', `${priceParam}[unit_amount]`)
  const quantity = requiredInteger(item, 'quantity', `${param}[quantity]`, 1)
  const amount = unitAmount * quantity
  return {
    id: newId('li_'),
    object: 'item',
    description: requiredString(productData, 'name', `${priceParam}[product_data][name]`),
    quantity,
    currency,
    amount_subtotal: amount,
    amount_total: amount,
    price: { id: newId('price_'), object: 'price', currency, unit_amount: unitAmount, product: newId('prod_') },
  }
}

// The hosted page formats amounts with our money module, so only its currencies are accepted.
function readCurrency(priceData: FormObject, param: string): string {
  const currency = requiredString(priceData, 'currency', param).toLowerCase()
  if (!isCurrency(currency.toUpperCase())) throw invalidParam(param, `Invalid currency: ${currency}. The emulator supports eur, chf, gbp and usd.`)
  return currency
}

/** `12,50 €`; `€12.50` with locale en-GB, as Stripe writes amounts in its messages. */
export function formatAmount(amount: number, currency: string, locale = 'fr-FR'): string {
  return formatMoney(money(amount, currency.toUpperCase() as Currency), locale)
}

function readEmail(form: FormObject): string | null {
  const email = optionalString(form, 'customer_email')
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw invalidParam('customer_email', `Invalid email address: ${email}`, 'email_invalid')
  return email ?? null
}

function checkedUrl(param: string, url: string): string {
  if (!URL.canParse(url)) throw invalidParam(param, `Not a valid URL: ${url}`, 'url_invalid')
  return url
}

function optionalUrl(form: FormObject, name: string): string | null {
  const url = optionalString(form, name)
  return url === undefined ? null : checkedUrl(name, url)
}

function readExpiresAt(form: FormObject, now: number): number {
  const expiresAt = optionalInteger(form, 'expires_at')
  if (expiresAt === undefined) return now + ONE_DAY
  if (expiresAt < now + HALF_HOUR || expiresAt > now + ONE_DAY) {
    throw invalidParam('expires_at', `expires_at must be between 30 minutes and 24 hours from now (${now + HALF_HOUR} to ${now + ONE_DAY}), not ${expiresAt}.`)
  }
  return expiresAt
}

function readPaymentIntentData(form: FormObject, total: number, account: string | null): CheckoutSession['payment_intent_data'] {
  const data = optionalHash(form, 'payment_intent_data')
  assertKnownParams(data, ['application_fee_amount', 'metadata'], 'payment_intent_data')
  const param = 'payment_intent_data[application_fee_amount]'
  const fee = optionalInteger(data, 'application_fee_amount', param) ?? null
  if (fee !== null && account === null) {
    throw invalidParam(param, 'An application fee needs a direct charge: send the request on the connected account (Stripe-Account header).')
  }
  if (fee !== null && fee > total) throw invalidParam(param, `The application fee (${fee}) cannot be more than the amount charged (${total}).`)
  return { application_fee_amount: fee, metadata: metadataParam(data, 'metadata', 'payment_intent_data[metadata]') }
}

/** The session on `account`, or Stripe's 404: another account's session does not exist for you. */
export function findSession(store: Store, id: string, account: string | null): CheckoutSession {
  const session = store.sessions.get(id)
  if (session === undefined || session.account !== account) throw noSuch('checkout.session', id, 'session')
  return session
}

const EXPANDABLE = ['payment_intent', 'line_items']

export function sessionToWire(store: Store, session: CheckoutSession, expand: readonly string[]): Record<string, unknown> {
  const unknown = expand.find((path) => !EXPANDABLE.includes(path))
  if (unknown !== undefined) throw invalidParam('expand', `This property cannot be expanded (${unknown}). The emulator expands: ${EXPANDABLE.join(', ')}.`)
  const wire = toWire(session)
  if (expand.includes('payment_intent') && session.payment_intent !== null) wire.payment_intent = toWire(store.paymentIntents.get(session.payment_intent)!)
  if (expand.includes('line_items')) {
    wire.line_items = { object: 'list', data: structuredClone(session.line_items), has_more: false, url: `/v1/checkout/sessions/${session.id}/line_items` }
  }
  return wire
}

export function expireSession(store: Store, session: CheckoutSession): StripeEvent {
  if (session.status !== 'open') {
    throw new StripeApiError(400, `Only Checkout Sessions with a status in ["open"] can be expired; ${session.id} is ${session.status}.`, { code: 'checkout_session_not_open' })
  }
  session.status = 'expired'
  session.url = null
  return recordEvent(store, 'checkout.session.expired', session, session.account)
}
