// Our local Stripe, driven by the real stripe SDK and a webhook endpoint that verifies every
// delivery with the SDK's own constructEvent: what the app will see when tests "buy for real".
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startStripeEmulator, type StripeEmulator } from '../../cms/commerce/stripe-emulator'

const SECRET = 'whsec_test_emulator'
const SHOP = 'http://shop.test'
const NBSP = '\u00a0'

interface Delivery {
  path: string
  body: string
  signature: string
  event: Stripe.Event
}

/** A webhook endpoint of our own: keeps what verifies, answers 400 to what does not, 500 on demand. */
async function startWebhookReceiver(stripe: Stripe) {
  const deliveries: Delivery[] = []
  const refused: string[] = []
  const receiver = { deliveries, refused, failNext: 0, url: '', server: undefined as unknown as Server }
  receiver.server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const signature = String(request.headers['stripe-signature'])
    if (receiver.failNext > 0) {
      receiver.failNext -= 1
      return response.writeHead(500).end()
    }
    try {
      deliveries.push({ path: request.url ?? '', body, signature, event: stripe.webhooks.constructEvent(body, signature, SECRET) })
      response.writeHead(200).end()
    } catch (error) {
      refused.push(String(error))
      response.writeHead(400).end()
    }
  })
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve))
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}`
  return receiver
}

async function arrival(deliveries: Delivery[], type: string, objectId: string): Promise<Delivery> {
  for (let waited = 0; waited < 5000; waited += 10) {
    const found = deliveries.find((delivery) => delivery.event.type === type && (delivery.event.data.object as { id: string }).id === objectId)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`No ${type} for ${objectId} arrived; got ${deliveries.map((delivery) => delivery.event.type).join(', ') || 'nothing'}.`)
}

async function rejection(promise: Promise<unknown>): Promise<Stripe.errors.StripeError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Stripe.errors.StripeError) return error
    throw error
  }
  throw new Error('Expected the request to be refused.')
}

function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' })
}

function cart(overrides: Partial<Stripe.Checkout.SessionCreateParams> = {}): Stripe.Checkout.SessionCreateParams {
  return {
    mode: 'payment',
    line_items: [
      { price_data: { currency: 'eur', unit_amount: 1200, product_data: { name: 'Mug « Atelier » & co' } }, quantity: 2 },
      { price_data: { currency: 'eur', unit_amount: 450, product_data: { name: 'Carte postale' } }, quantity: 1 },
    ],
    success_url: `${SHOP}/merci?session={CHECKOUT_SESSION_ID}`,
    cancel_url: `${SHOP}/panier`,
    customer_email: 'ana@exemple.fr',
    client_reference_id: 'order-42',
    metadata: { order: '42' },
    ...overrides,
  }
}

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
let emulator: StripeEmulator
let stripe: Stripe
let shopAccount: string

beforeAll(async () => {
  receiver = await startWebhookReceiver(new Stripe('sk_test_receiver'))
  // Connect events go to their own endpoint, as an app registers one for its connected accounts.
  emulator = await startStripeEmulator({ webhookSecret: SECRET, webhookUrl: (event) => `${receiver.url}/${event.account ? 'connect' : 'platform'}` })
  stripe = new Stripe('sk_test_vitrine', { ...emulator.sdkOptions })
})

afterAll(async () => {
  await emulator?.close()
  receiver?.server.close()
})

describe('Connect onboarding', () => {
  it('creates an account that cannot take payments until its owner finishes onboarding', async () => {
    const account = await stripe.accounts.create({ type: 'standard', country: 'FR', email: 'atelier@exemple.fr' })
    shopAccount = account.id
    expect(account.id).toMatch(/^acct_[A-Za-z0-9]{24}$/)
    expect(account).toMatchObject({ object: 'account', charges_enabled: false, details_submitted: false, email: 'atelier@exemple.fr' })

    const early = await rejection(stripe.checkout.sessions.create(cart(), { stripeAccount: shopAccount }))
    expect(early).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(early.message).toContain('has not finished onboarding')
  })

  it('onboards through the link, sends the owner back and announces account.updated', async () => {
    const link = await stripe.accountLinks.create({ account: shopAccount, type: 'account_onboarding', refresh_url: `${SHOP}/stripe/refresh`, return_url: `${SHOP}/stripe/retour?x=1` })
    expect(link.url).toBe(`${emulator.url}/connect/${shopAccount}?return=${encodeURIComponent(`${SHOP}/stripe/retour?x=1`)}`)

    const html = await (await fetch(link.url)).text()
    expect(html).toContain('<button type="submit">Finish onboarding</button>')
    expect(html).toContain(`<input type="hidden" name="return" value="${SHOP}/stripe/retour?x=1">`)

    const finished = await postForm(`${emulator.url}/connect/${shopAccount}`, { return: `${SHOP}/stripe/retour?x=1` })
    expect(finished.status).toBe(303)
    expect(finished.headers.get('location')).toBe(`${SHOP}/stripe/retour?x=1`)
    expect(await stripe.accounts.retrieve(shopAccount)).toMatchObject({ charges_enabled: true, details_submitted: true, payouts_enabled: true })

    const delivery = await arrival(receiver.deliveries, 'account.updated', shopAccount)
    expect(delivery.event.account).toBe(shopAccount)
    expect(delivery.path).toBe('/connect')
  })
})

describe('a purchase on a connected account', () => {
  let session: Stripe.Checkout.Session

  it('creates a Checkout Session shaped like Stripe’s', async () => {
    session = await stripe.checkout.sessions.create(
      cart({ payment_intent_data: { application_fee_amount: 143, metadata: { order: '42' } } }),
      { stripeAccount: shopAccount },
    )
    expect(session.id).toMatch(/^cs_test_[A-Za-z0-9]{24}$/)
    expect(session).toMatchObject({
      object: 'checkout.session',
      url: `${emulator.url}/pay/${session.id}`,
      status: 'open',
      payment_status: 'unpaid',
      amount_subtotal: 2850,
      amount_total: 2850,
      currency: 'eur',
      customer_email: 'ana@exemple.fr',
      client_reference_id: 'order-42',
      metadata: { order: '42' },
      success_url: `${SHOP}/merci?session={CHECKOUT_SESSION_ID}`,
      cancel_url: `${SHOP}/panier`,
      payment_intent: null,
      livemode: false,
    })
    expect(session.expires_at - session.created).toBe(24 * 60 * 60)
    // Our bookkeeping stays out of the wire format, as on Stripe.
    expect(Object.keys(session)).not.toContain('account')
    expect(Object.keys(session)).not.toContain('line_items')

    const again = await stripe.checkout.sessions.retrieve(session.id, { expand: ['line_items'] }, { stripeAccount: shopAccount })
    expect(again.id).toBe(session.id)
    expect(again.line_items?.data.map((item) => [item.description, item.quantity, item.amount_total])).toEqual([
      ['Mug « Atelier » & co', 2, 2400],
      ['Carte postale', 1, 450],
    ])
  })

  it('is invisible to another account and to the platform', async () => {
    const other = await stripe.accounts.create({ type: 'standard', email: 'autre@exemple.fr' })
    const asOther = await rejection(stripe.checkout.sessions.retrieve(session.id, {}, { stripeAccount: other.id }))
    expect(asOther).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(asOther).toMatchObject({ statusCode: 404, code: 'resource_missing', message: `No such checkout.session: '${session.id}'` })
    expect((await rejection(stripe.checkout.sessions.retrieve(session.id))).statusCode).toBe(404)
  })

  it('shows the items, the total, the email and a card field on the hosted page', async () => {
    const response = await fetch(session.url!)
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('<td>Mug « Atelier » &amp; co</td><td>2</td><td>24,00' + NBSP + '€</td>')
    expect(html).toContain('<td>Carte postale</td><td>1</td><td>4,50' + NBSP + '€</td>')
    expect(html).toMatch(new RegExp(`Total</th><td>28,50${NBSP}€</td>`))
    expect(html).toContain('value="ana@exemple.fr"')
    expect(html).toContain('<label for="card_number">Card number</label>')
    expect(html).toContain('<button type="submit">Pay</button>')
    expect(html).toContain(`<a class="cancel" href="${SHOP}/panier">Cancel</a>`)
  })

  it('keeps the session open when the card is declined', async () => {
    const declined = await postForm(session.url!, { email: 'ana@exemple.fr', card_number: '4000 0000 0000 0002' })
    expect(declined.status).toBe(402)
    expect(await declined.text()).toContain('<p role="alert" id="card-error">Your card was declined.</p>')
    expect(await stripe.checkout.sessions.retrieve(session.id, {}, { stripeAccount: shopAccount })).toMatchObject({ status: 'open', payment_status: 'unpaid' })
    expect(emulator.events.filter((event) => event.type === 'checkout.session.completed')).toEqual([])
  })

  it('pays with 4242, returns to the shop with the session id and sends a signed checkout.session.completed', async () => {
    const paid = await postForm(session.url!, { email: 'ana@exemple.fr', card_number: '4242 4242 4242 4242' })
    expect(paid.status).toBe(303)
    expect(paid.headers.get('location')).toBe(`${SHOP}/merci?session=${session.id}`)

    const { event, path } = await arrival(receiver.deliveries, 'checkout.session.completed', session.id)
    expect(event.account).toBe(shopAccount)
    expect(path).toBe('/connect')
    const completed = event.data.object as Stripe.Checkout.Session
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid', client_reference_id: 'order-42', metadata: { order: '42' } })
    expect(completed.payment_intent).toMatch(/^pi_[A-Za-z0-9]{24}$/)

    const retrieved = await stripe.checkout.sessions.retrieve(session.id, { expand: ['payment_intent'] }, { stripeAccount: shopAccount })
    expect(retrieved).toMatchObject({ status: 'complete', payment_status: 'paid', customer_details: { email: 'ana@exemple.fr' } })
    const intent = retrieved.payment_intent as Stripe.PaymentIntent
    expect(intent).toMatchObject({ id: completed.payment_intent, object: 'payment_intent', status: 'succeeded', amount: 2850, currency: 'eur', application_fee_amount: 143, metadata: { order: '42' } })
    expect(intent.latest_charge).toMatch(/^ch_/)
    expect(await stripe.paymentIntents.retrieve(intent.id, {}, { stripeAccount: shopAccount })).toEqual(intent)
  })

  it('does not take a second payment on a paid session', async () => {
    const page = await fetch(session.url!)
    expect(await page.text()).toContain('This checkout is already paid')
    const again = await postForm(session.url!, { email: 'ana@exemple.fr', card_number: '4242424242424242' })
    expect(again.status).toBe(409)
    expect(emulator.events.filter((event) => event.type === 'checkout.session.completed')).toHaveLength(1)
  })

  it('refunds part, refuses more than what remains, then refunds the rest', async () => {
    const intentId = emulator.sessions.get(session.id)!.payment_intent!
    const partial = await stripe.refunds.create({ payment_intent: intentId, amount: 1000, reason: 'requested_by_customer' }, { stripeAccount: shopAccount })
    expect(partial).toMatchObject({ object: 'refund', amount: 1000, status: 'succeeded', payment_intent: intentId, reason: 'requested_by_customer' })
    const charge = (await arrival(receiver.deliveries, 'charge.refunded', (await stripe.paymentIntents.retrieve(intentId, {}, { stripeAccount: shopAccount })).latest_charge as string)).event
    expect(charge.data.object).toMatchObject({ amount: 2850, amount_refunded: 1000, refunded: false })

    const tooMuch = await rejection(stripe.refunds.create({ payment_intent: intentId, amount: 2000 }, { stripeAccount: shopAccount }))
    expect(tooMuch).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(tooMuch).toMatchObject({ param: 'amount', message: 'Refund amount (€20.00) is greater than unrefunded amount on charge (€18.50)' })

    const rest = await stripe.refunds.create({ payment_intent: intentId }, { stripeAccount: shopAccount, idempotencyKey: 'refund-rest' })
    expect(rest.amount).toBe(1850)
    // A retry with the same key gets the same refund back instead of refunding twice.
    expect((await stripe.refunds.create({ payment_intent: intentId }, { stripeAccount: shopAccount, idempotencyKey: 'refund-rest' })).id).toBe(rest.id)
    expect((await rejection(stripe.refunds.create({ payment_intent: intentId }, { stripeAccount: shopAccount }))).message).toMatch(/has already been refunded/)
    expect((await rejection(stripe.refunds.create({ payment_intent: intentId, amount: 1 }))).statusCode).toBe(404)
  })
})

describe('refused requests', () => {
  const cases: Array<[string, Partial<Stripe.Checkout.SessionCreateParams>, string, string]> = [
    ['no success_url', { success_url: undefined }, 'success_url', 'Missing required param: success_url.'],
    ['a fractional price', { line_items: [{ price_data: { currency: 'eur', unit_amount: 12.5, product_data: { name: 'Mug' } }, quantity: 1 }] }, 'line_items[0][price_data][unit_amount]', 'Invalid integer: 12.5'],
    ['a negative price', { line_items: [{ price_data: { currency: 'eur', unit_amount: -1, product_data: { name: 'Mug' } }, quantity: 1 }] }, 'line_items[0][price_data][unit_amount]', 'This value must be greater than or equal to 0.'],
    ['no quantity', { line_items: [{ price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'Mug' } }, quantity: 0 }] }, 'line_items[0][quantity]', 'This value must be greater than or equal to 1.'],
    [
      'two currencies',
      {
        line_items: [
          { price_data: { currency: 'eur', unit_amount: 100, product_data: { name: 'Mug' } }, quantity: 1 },
          { price_data: { currency: 'usd', unit_amount: 100, product_data: { name: 'Cup' } }, quantity: 1 },
        ],
      },
      'line_items[1][price_data][currency]',
      'All line items must use the same currency: line_items[1] is in usd, line_items[0] in eur.',
    ],
    ['a fee above the total', { payment_intent_data: { application_fee_amount: 2851 } }, 'payment_intent_data[application_fee_amount]', 'The application fee (2851) cannot be more than the amount charged (2850).'],
    ['a parameter the emulator does not model', { locale: 'fr' }, 'locale', 'Received unknown parameter: locale.'],
  ]

  it.each(cases)('refuses %s, naming the parameter', async (_, overrides, param, message) => {
    const error = await rejection(stripe.checkout.sessions.create(cart(overrides), { stripeAccount: shopAccount }))
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(error.statusCode).toBe(400)
    expect(error.param).toBe(param)
    expect(error.message).toContain(message)
  })

  it('refuses a fee on the platform’s own charges, a live key, an unknown account and an unknown endpoint', async () => {
    expect((await rejection(stripe.checkout.sessions.create(cart({ payment_intent_data: { application_fee_amount: 10 } })))).param).toBe('payment_intent_data[application_fee_amount]')
    expect(await rejection(new Stripe('sk_live_nope', { ...emulator.sdkOptions }).accounts.retrieve(shopAccount))).toBeInstanceOf(Stripe.errors.StripeAuthenticationError)
    expect(await rejection(stripe.checkout.sessions.create(cart(), { stripeAccount: 'acct_unknown' }))).toBeInstanceOf(Stripe.errors.StripePermissionError)
    const unknown = await rejection(stripe.customers.list())
    expect(unknown).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(unknown).toMatchObject({ statusCode: 404, message: expect.stringContaining('Unrecognized request URL (GET: /v1/customers)') })
    const page = await fetch(`${emulator.url}/nowhere`)
    expect(page.status).toBe(404)
    expect(await page.json()).toMatchObject({ error: { type: 'invalid_request_error', message: 'Unrecognized request URL (GET: /nowhere).' } })
  })
})

describe('expiry', () => {
  it('expires an open session through the API and sends checkout.session.expired, once', async () => {
    const session = await stripe.checkout.sessions.create(cart(), { stripeAccount: shopAccount })
    const expired = await stripe.checkout.sessions.expire(session.id, {}, { stripeAccount: shopAccount })
    expect(expired).toMatchObject({ status: 'expired', url: null })
    expect((await arrival(receiver.deliveries, 'checkout.session.expired', session.id)).event.account).toBe(shopAccount)
    expect((await rejection(stripe.checkout.sessions.expire(session.id, {}, { stripeAccount: shopAccount }))).message).toContain('is expired')
    expect(await (await fetch(`${emulator.url}/pay/${session.id}`)).text()).toContain('This checkout has expired')
  })

  it('expires from the test side, the webhook delivered by the time expire() resolves', async () => {
    const session = await stripe.checkout.sessions.create(cart())
    await emulator.expire(session.id)
    const event = emulator.events.at(-1)!
    expect(event).toMatchObject({ type: 'checkout.session.expired', attempts: [200] })
    expect(event.account).toBeUndefined()
    expect(receiver.deliveries.at(-1)).toMatchObject({ path: '/platform', event: { id: event.id } })
  })
})

describe('webhook deliveries', () => {
  it('pay() charges the platform session and resolves once the webhook has been answered', async () => {
    const session = await stripe.checkout.sessions.create(cart({ customer_email: undefined }))
    const paid = await emulator.pay(session.id)
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', customer_details: null })
    expect(receiver.deliveries.at(-1)?.event).toMatchObject({ type: 'checkout.session.completed', data: { object: { id: session.id } } })
    await expect(emulator.pay((await stripe.checkout.sessions.create(cart())).id, '4000000000000002')).rejects.toThrow('Your card was declined.')
  })

  it('records a failed delivery and redelivers the same event with a valid fresh signature', async () => {
    const session = await stripe.checkout.sessions.create(cart())
    receiver.failNext = 1
    await emulator.pay(session.id)
    const event = emulator.events.at(-1)!
    expect(event.attempts).toEqual([500])

    expect(await emulator.redeliver(event.id)).toBe(200)
    expect(await emulator.redeliver(event.id)).toBe(200)
    expect(event.attempts).toEqual([500, 200, 200])
    const copies = receiver.deliveries.filter((delivery) => delivery.event.id === event.id)
    expect(copies).toHaveLength(2)
    expect(copies[1]!.body).toBe(copies[0]!.body)
  })

  it('signs in Stripe’s format: a tampered body or another secret fails constructEvent', async () => {
    const { body, signature } = receiver.deliveries.find((delivery) => delivery.event.type === 'checkout.session.completed')!
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    const tampered = body.replace('"amount_total": 2850', '"amount_total": 1')
    expect(tampered).not.toBe(body)
    expect(() => stripe.webhooks.constructEvent(tampered, signature, SECRET)).toThrow(Stripe.errors.StripeSignatureVerificationError)
    expect(() => stripe.webhooks.constructEvent(body, signature, 'whsec_other')).toThrow(Stripe.errors.StripeSignatureVerificationError)
    expect(receiver.refused).toEqual([])
  })

  it('records 0 when the endpoint cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`
    await new Promise((resolve) => closed.close(resolve))
    const offline = await startStripeEmulator({ webhookSecret: SECRET, webhookUrl: deadUrl })
    try {
      const client = new Stripe('sk_test_offline', { ...offline.sdkOptions })
      await offline.pay((await client.checkout.sessions.create(cart())).id)
      expect(offline.events.map((event) => event.attempts)).toEqual([[0]])
    } finally {
      await offline.close()
    }
  })
})
