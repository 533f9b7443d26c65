// Checkout to paid, through the real Stripe SDK and our emulator, signed webhooks, and mail read
// back from a real SMTP server: the story of an online sale, its replays and its races.
import type { Payload } from 'payload'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CommerceError } from '../../cms/commerce/errors'
import { startOnlineCheckout, settleOnReturn } from '../../cms/commerce/orders/online-checkout'
import type { CheckoutRequest } from '../../src/domain/commerce/checkout-request'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let shop: Awaited<ReturnType<typeof makeShop>>
let other: Awaited<ReturnType<typeof makeShop>>
const SITE = 'http://boutique.test'
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  shop = await makeShop(payload, world, 'lumiere')
  other = await makeShop(payload, world, 'autre')
})
afterAll(async () => world?.close())

const request = (overrides: Partial<CheckoutRequest> = {}): CheckoutRequest => ({
  items: [
    { productId: String(shop.print.id), variantId: shop.a4, quantity: 2 },
    { productId: String(shop.book.id), quantity: 1 },
  ],
  email: 'claire@example.fr',
  name: 'Claire Martin',
  deliveryMethodId: String(shop.delivery.id),
  discountCode: 'Bienvenue',
  ...overrides,
})

/** Pays on the emulator's hosted page as a browser does; returns where the buyer is sent back. */
async function payOnHostedPage(url: string, card = '4242 4242 4242 4242'): Promise<Response> {
  expect((await fetch(url)).status).toBe(200)
  return fetch(url, { method: 'POST', body: new URLSearchParams({ email: 'claire@example.fr', card_number: card }), redirect: 'manual' })
}

async function orderNow(id: number | string) {
  return payload.findByID({ collection: 'orders', id, ...o })
}

/** Paid and its payment recorded: the state flips first (the winning conditional update), the details follow. */
const isSettled = (order: { state: string; payment?: { paidAt?: string | null } | null }) => order.state === 'paid' && Boolean(order.payment?.paidAt)

async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let waited = 0; waited < 10_000; waited += 25) {
    const value = await read()
    if (ok(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

const stockOf = async (productId: number) => (await payload.findByID({ collection: 'products', id: productId, ...o }))

describe('an online sale', () => {
  it('goes from cart to paid through Stripe Checkout, takes stock, counts the code and mails receipt and notification', async () => {
    const { order, redirectTo } = await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: request(), siteOrigin: SITE })
    // 2 × 45 € + 22 € = 112 €; 10 % off = 100,80 €; + 1 € fee + 6,90 € delivery = 108,70 €.
    expect(order).toMatchObject({ state: 'pending', subtotal: 11_200, discountTotal: 1120, total: 10_870 })
    expect(order.lines!.reduce((sum, line) => sum + line.amount, 0) + order.feeLines!.reduce((sum, fee) => sum + fee.amount, 0)).toBe(order.total)
    expect((await stockOf(shop.print.id)).variants![0]!.stock).toBe(3)
    expect((await stockOf(shop.book.id)).stock).toBe(2)

    const session = world.emulator.sessions.get(order.payment?.stripeSessionId ?? '')!
    expect(session.amount_total).toBe(10_870)
    expect(redirectTo).toBe(session.url)
    const back = await payOnHostedPage(redirectTo)
    expect(back.status).toBe(303)
    expect(back.headers.get('location')).toBe(`${SITE}/commande/${order.reference}?session_id=${session.id}`)

    const paid = await until(() => orderNow(order.id), isSettled, 'the webhook to mark the order paid')
    expect(paid.payment).toMatchObject({ method: 'card', stripeAccountId: shop.account, platformFee: 326 })
    expect(paid.payment?.stripePaymentIntentId).toMatch(/^pi_/)
    expect(paid.history!.map((entry) => [entry.to, entry.by])).toEqual([['pending', 'visitor'], ['paid', 'stripe-webhook']])
    expect((await payload.findByID({ collection: 'discounts', id: shop.discount.id, ...o })).usedCount).toBe(1)
    const customers = await payload.find({ collection: 'customers', where: { tenant: { equals: shop.tenant.id } }, ...o })
    expect(customers.docs.map((c) => [c.email, c.orderCount])).toEqual([['claire@example.fr', 1]])

    const receipt = await world.sink.waitFor((mail) => mail.to.includes('claire@example.fr') && mail.subject.includes(order.reference))
    expect(receipt.from).toContain('Boutique lumiere')
    expect(receipt.text).toMatch(/108,70/)
    // VAT per rate: the book at 5,5 %, prints, fee and delivery at 20 %.
    expect(receipt.text.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/5,5 %/)
    expect(receipt.html).toContain(order.reference)
    const notice = await world.sink.waitFor((mail) => mail.to.includes('ventes@lumiere.example') && mail.subject.includes(order.reference))
    expect(notice.text).toContain('claire@example.fr')
    const outbox = await until(() => payload.find({ collection: 'outbox', where: { order: { equals: order.id } }, ...o }), (found) => found.totalDocs >= 2, 'the outbox copies')
    expect(outbox.docs.map((mail) => mail.kind).sort()).toEqual(['order-confirmation', 'sale-notification'])
  })

  it('fulfils once when the webhook is delivered ten times and races the return page', async () => {
    world.sink.clear()
    const { order, redirectTo } = await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: request({ discountCode: undefined }), siteOrigin: SITE })
    const sessionId = order.payment!.stripeSessionId!
    await payOnHostedPage(redirectTo)
    const pending = await orderNow(order.id)
    // The buyer's return page and ten redeliveries of the same event, all at once.
    const completed = world.emulator.events.find((event) => event.type === 'checkout.session.completed' && (event.data.object as { id: string }).id === sessionId)!
    await Promise.all([settleOnReturn(payload, pending, sessionId), ...Array.from({ length: 10 }, () => world.emulator.redeliver(completed.id))])
    const paid = await until(() => orderNow(order.id), isSettled, 'paid')
    expect(paid.history!.filter((entry) => entry.to === 'paid')).toHaveLength(1)
    await world.sink.waitFor((mail) => mail.subject.includes(order.reference) && mail.to.includes('claire@example.fr'))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(world.sink.messages.filter((mail) => mail.subject.includes(order.reference) && mail.to.includes('claire@example.fr'))).toHaveLength(1)
    const customers = await payload.find({ collection: 'customers', where: { email: { equals: 'claire@example.fr' } }, ...o })
    expect(customers.docs[0]!.orderCount).toBe(2)
  })

  it('refuses an unsigned or tampered webhook and changes nothing', async () => {
    const { order } = await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: request({ discountCode: undefined, items: [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }] }), siteOrigin: SITE })
    const sessionId = order.payment!.stripeSessionId!
    const forged = JSON.stringify({
      id: 'evt_forged',
      object: 'event',
      type: 'checkout.session.completed',
      account: shop.account,
      data: { object: { id: sessionId, object: 'checkout.session', payment_status: 'paid', amount_total: order.total, payment_intent: 'pi_forged' } },
    })
    expect(await world.postWebhook(forged, null)).toBe(400)
    const signedOther = Stripe.webhooks.generateTestHeaderString({ payload: forged, secret: 'whsec_not_ours' })
    expect(await world.postWebhook(forged, signedOther)).toBe(400)
    const signed = Stripe.webhooks.generateTestHeaderString({ payload: forged.replace('evt_forged', 'evt_forged2'), secret: process.env.STRIPE_WEBHOOK_SECRET! })
    expect(await world.postWebhook(forged, signed)).toBe(400)
    expect((await orderNow(order.id)).state).toBe('pending')
    const events = await payload.find({ collection: 'payment-events', where: { eventId: { like: 'evt_forged' } }, ...o })
    expect(events.docs).toHaveLength(0)
  })

  it('releases stock when the session expires, once', async () => {
    const before = (await stockOf(shop.print.id)).variants![0]!.stock!
    const { order } = await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: request({ discountCode: undefined, items: [{ productId: String(shop.print.id), variantId: shop.a4, quantity: 1 }] }), siteOrigin: SITE })
    expect((await stockOf(shop.print.id)).variants![0]!.stock).toBe(before - 1)
    await world.emulator.expire(order.payment!.stripeSessionId!)
    const expired = await until(() => orderNow(order.id), (current) => current.state === 'expired', 'expiry')
    const expiredEvent = world.emulator.events.find((event) => event.type === 'checkout.session.expired' && (event.data.object as { id: string }).id === order.payment!.stripeSessionId)!
    await world.emulator.redeliver(expiredEvent.id)
    expect(expired.released).toBe(true)
    expect((await stockOf(shop.print.id)).variants![0]!.stock).toBe(before)
  })
})

describe('bad input changes nothing', () => {
  const madeToOrder = () => [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }]
  async function problems(overrides: Partial<CheckoutRequest>): Promise<{ field: string; message: string }[]> {
    try {
      await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: request(overrides), siteOrigin: SITE })
    } catch (error) {
      if (error instanceof CommerceError) return error.problems
      throw error
    }
    throw new Error('The checkout was accepted')
  }

  it('refuses unknown products, another tenant’s product, an unknown code and delivery, by field', async () => {
    const ordersBefore = (await payload.count({ collection: 'orders', overrideAccess: true })).totalDocs
    const stockBefore = (await stockOf(shop.book.id)).stock
    expect(await problems({ items: [{ productId: '999999', quantity: 1 }, { productId: String(other.book.id), quantity: 1 }, { productId: String(shop.book.id), quantity: 1 }] })).toEqual([
      { field: 'items.0.productId', message: 'This product is not sold on this site.', fr: 'Ce produit n’est pas vendu sur ce site.' },
      { field: 'items.1.productId', message: 'This product is not sold on this site.', fr: 'Ce produit n’est pas vendu sur ce site.' },
    ])
    expect((await problems({ items: madeToOrder(), discountCode: 'NOPE', deliveryMethodId: String(other.delivery.id) })).map((p) => p.field)).toEqual(['deliveryMethodId', 'discountCode'])
    expect((await payload.count({ collection: 'orders', overrideAccess: true })).totalDocs).toBe(ordersBefore)
    expect((await stockOf(shop.book.id)).stock).toBe(stockBefore)
  })

  it('refuses an expired code and says when it expired', async () => {
    await payload.create({ collection: 'discounts', data: { tenant: shop.tenant.id, code: 'ETE2025', kind: 'fixed', amount: 500, validUntil: '2025-09-01T00:00:00.000Z' }, ...o })
    const [problem] = await problems({ items: madeToOrder(), discountCode: 'ete2025' })
    expect(problem).toMatchObject({ field: 'discountCode' })
    expect(problem!.message).toMatch(/expired on 1 September 2025/)
  })

  it('refuses a checkout when the shop cannot take card payments, and gives the stock back', async () => {
    const settings = await payload.find({ collection: 'shop-settings', where: { tenant: { equals: other.tenant.id } }, ...o })
    await payload.update({ collection: 'shop-settings', id: settings.docs[0]!.id, data: { stripeChargesEnabled: false }, ...o })
    const before = (await stockOf(other.book.id)).stock
    await expect(startOnlineCheckout(payload, { tenantId: other.tenant.id, request: { items: [{ productId: String(other.book.id), quantity: 1 }], email: 'x@example.fr' }, siteOrigin: SITE })).rejects.toMatchObject({ code: 'payment_failed' })
    expect((await stockOf(other.book.id)).stock).toBe(before)
    const cancelled = await payload.find({ collection: 'orders', where: { tenant: { equals: other.tenant.id } }, ...o })
    expect(cancelled.docs.map((order) => order.state)).toEqual(['cancelled'])
  })
})
