// Giving money back: part of a card payment through Stripe, the rest as store credit, then the
// credit spent on a new order. Refunds never exceed what was paid, even when two staff members
// refund the same order at once, and each one is recorded with who made it and mailed to the buyer.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startOnlineCheckout } from '../../cms/commerce/orders/online-checkout'
import { refundOrder } from '../../cms/commerce/orders/refund-order'
import type { CheckoutRequest } from '../../src/domain/commerce/checkout-request'
import { giftCardWithLedger, isSettled, orderNow, payOnHostedPage, plain, refusal, until } from '../support/checkout-helpers'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let shop: Awaited<ReturnType<typeof makeShop>>
let owner: string
const SITE = 'http://boutique.test'
const BUYER = 'claire@example.fr'
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  shop = await makeShop(payload, world, 'lumiere')
  owner = `user:${(await makeUser(payload, 'owner@lumiere.example', shop.tenant.id, ['owner'])).id}`
})
afterAll(async () => world?.close())

/** One A3 print, made to order: 65 € + the 1 € fee = 66 €. */
const oneA3 = (): Partial<CheckoutRequest> => ({ items: [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }] })

function checkout(overrides: Partial<CheckoutRequest> = {}) {
  const request: CheckoutRequest = {
    items: [
      { productId: String(shop.print.id), variantId: shop.a4, quantity: 2 },
      { productId: String(shop.book.id), quantity: 1 },
    ],
    email: BUYER,
    name: 'Claire Martin',
    ...overrides,
  }
  return startOnlineCheckout(payload, { tenantId: shop.tenant.id, request, siteOrigin: SITE })
}

/** An order paid by card on the hosted page, once the webhook has recorded the payment. */
async function paidOrder(overrides: Partial<CheckoutRequest> = {}) {
  const { order, redirectTo } = await checkout(overrides)
  expect((await payOnHostedPage(redirectTo, BUYER)).status).toBe(303)
  return until(() => orderNow(payload, order.id), isSettled, `order ${order.reference} to be paid`)
}

/** What Stripe says was refunded on the charge of a payment intent: the latest charge.refunded event. */
function stripeRefunds(paymentIntent: string) {
  const events = world.emulator.events.filter((event) => event.type === 'charge.refunded' && event.data.object.payment_intent === paymentIntent)
  return { count: events.length, amountRefunded: (events.at(-1)?.data.object.amount_refunded as number | undefined) ?? 0, account: events.at(-1)?.account }
}

const refundMailFor = (reference: string, amount: string) =>
  world.sink.waitFor((mail) => mail.to.includes(BUYER) && mail.subject.startsWith('Remboursement') && mail.subject.includes(reference) && plain(mail.subject).includes(amount))

describe('an order refunded in two parts', () => {
  let order: Awaited<ReturnType<typeof paidOrder>>
  let creditCode: string

  beforeAll(async () => {
    // 2 × 45 € + 22 € + 1 € fee = 113 €.
    order = await paidOrder()
    expect(order.total).toBe(11_300)
  })

  it('gives 30 € back to the card through Stripe, records who did it and mails the buyer', async () => {
    const { order: refunded } = await refundOrder(payload, order.id, { amount: 3000, to: 'card', note: 'tirage abîmé' }, owner)

    expect(refunded).toMatchObject({ state: 'partially_refunded', refunded: 3000 })
    expect(refunded.refunds).toHaveLength(1)
    expect(refunded.refunds![0]).toMatchObject({ amount: 3000, to: 'card', by: owner, note: 'tirage abîmé' })
    expect(refunded.refunds![0]!.stripeRefundId).toMatch(/^re_/)
    expect(refunded.history!.at(-1)).toMatchObject({ from: 'paid', to: 'partially_refunded', event: 'refund', by: owner })
    expect(stripeRefunds(order.payment!.stripePaymentIntentId!)).toEqual({ count: 1, amountRefunded: 3000, account: shop.account })

    const mail = await refundMailFor(order.reference, '30,00 €')
    expect(plain(mail.text)).toContain('remboursé 30,00 € pour la commande')
    expect(mail.text).toMatch(/carte/)
    const outbox = await payload.find({ collection: 'outbox', where: { and: [{ order: { equals: order.id } }, { kind: { equals: 'refund' } }] }, ...o })
    expect(outbox.docs.map((copy) => copy.to)).toEqual([BUYER])
  })

  it('gives the remaining 83 € as store credit: a new card, its code in the mail, the order fully refunded', async () => {
    const result = await refundOrder(payload, order.id, { to: 'store_credit' }, owner)
    creditCode = result.giftCardCode!

    expect(result.order).toMatchObject({ state: 'refunded', refunded: 11_300 })
    expect(result.order.refunds!.map((refund) => [refund.amount, refund.to, refund.by])).toEqual([
      [3000, 'card', owner],
      [8300, 'store_credit', owner],
    ])
    expect(result.order.refunds![1]!.giftCardCode).toBe(creditCode)
    expect(result.order.history!.at(-1)).toMatchObject({ from: 'partially_refunded', to: 'refunded', event: 'refund', by: owner })
    // Store credit does not touch the card.
    expect(stripeRefunds(order.payment!.stripePaymentIntentId!).count).toBe(1)

    const { docs } = await payload.find({ collection: 'gift-cards', where: { code: { equals: creditCode } }, ...o })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ balance: 8300, origin: 'refund', email: BUYER, order: order.id, tenant: shop.tenant.id })
    const { entries, ledgerSum } = await giftCardWithLedger(payload, docs[0]!.id)
    expect(entries.map((entry) => [entry.kind, entry.amount, entry.by])).toEqual([['issue', 8300, owner]])
    expect(ledgerSum).toBe(8300)

    const mail = await refundMailFor(order.reference, '83,00 €')
    expect(mail.text).toContain(creditCode)
    expect(mail.html).toContain(creditCode)
  })

  it('refuses a third refund with a clear message and changes nothing', async () => {
    const cardsBefore = (await payload.count({ collection: 'gift-cards', overrideAccess: true })).totalDocs
    const mailsBefore = world.sink.messages.length

    const refused = await refusal(refundOrder(payload, order.id, { amount: 100, to: 'store_credit' }, owner))

    expect(refused).toEqual({ code: 'invalid', problems: [{ field: 'amount', message: 'An order that is refunded cannot be refunded.' }] })
    const after = await orderNow(payload, order.id)
    expect(after).toMatchObject({ state: 'refunded', refunded: 11_300 })
    expect(after.refunds).toHaveLength(2)
    expect((await payload.count({ collection: 'gift-cards', overrideAccess: true })).totalDocs).toBe(cardsBefore)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(world.sink.messages).toHaveLength(mailsBefore)
  })

  it('lets the buyer spend the credit on a new order, and the card and its ledger agree', async () => {
    // 66 € paid entirely from the 83 € of credit: nothing goes to Stripe.
    const { order: next } = await checkout({ ...oneA3(), giftCardCode: creditCode.toLowerCase() })

    expect(next).toMatchObject({ state: 'paid', total: 6600, payment: { method: 'store_credit', storeCredit: 6600 } })
    const { card, entries, ledgerSum } = await giftCardWithLedger(payload, next.payment!.giftCard as number)
    expect(card.code).toBe(creditCode)
    expect(card.balance).toBe(1700)
    expect(entries.map((entry) => [entry.kind, entry.amount, entry.order])).toEqual([
      ['issue', 8300, order.id],
      ['spend', -6600, next.id],
    ])
    expect(ledgerSum).toBe(card.balance)
  })
})

describe('refunds that cannot be made', () => {
  it('refuses a negative, a zero and a too large amount, saying what is left, and changes nothing', async () => {
    const order = await paidOrder(oneA3())
    await refundOrder(payload, order.id, { amount: 1000, to: 'card' }, owner)

    const negative = await refusal(refundOrder(payload, order.id, { amount: -500, to: 'card' }, owner))
    const zero = await refusal(refundOrder(payload, order.id, { amount: 0, to: 'store_credit' }, owner))
    const tooMuch = await refusal(refundOrder(payload, order.id, { amount: 6000, to: 'card' }, owner))

    expect(negative.problems).toEqual([{ field: 'amount', message: expect.stringMatching(/^A refund cannot be negative/) }])
    expect(zero.problems).toEqual([{ field: 'amount', message: expect.stringMatching(/gives nothing back/) }])
    expect(tooMuch.problems.map((p) => p.field)).toEqual(['amount'])
    expect(plain(tooMuch.problems[0]!.message)).toBe('60,00 € is more than the 56,00 € left to refund (66,00 € paid, 10,00 € already refunded).')
    const after = await orderNow(payload, order.id)
    expect(after).toMatchObject({ state: 'partially_refunded', refunded: 1000 })
    expect(after.refunds).toHaveLength(1)
    expect(stripeRefunds(order.payment!.stripePaymentIntentId!)).toMatchObject({ count: 1, amountRefunded: 1000 })
  })

  it('refuses to refund an order nobody has paid yet', async () => {
    const { order } = await checkout(oneA3())

    const refused = await refusal(refundOrder(payload, order.id, { to: 'store_credit' }, owner))

    expect(refused.code).toBe('invalid')
    expect(refused.problems[0]!.message).toMatch(/pending cannot be refunded: nothing has been paid yet/)
    expect(await orderNow(payload, order.id)).toMatchObject({ state: 'pending', refunded: 0, refunds: [] })
  })

  it('gives the booking back when Stripe refuses the refund, so nothing is recorded as refunded', async () => {
    const order = await paidOrder(oneA3())
    await refundOrder(payload, order.id, { amount: 1000, to: 'card' }, owner)
    // Refunded meanwhile from Stripe's own dashboard: the charge has nothing left.
    await world.stripe.refunds.create({ payment_intent: order.payment!.stripePaymentIntentId! }, { stripeAccount: shop.account })

    const refused = await refusal(refundOrder(payload, order.id, { amount: 2000, to: 'card' }, owner))

    expect(refused.code).toBe('payment_failed')
    expect(refused.problems[0]!.message).toMatch(/^The refund could not be made: .*already been refunded.*Nothing was refunded\.$/)
    const after = await orderNow(payload, order.id)
    expect(after).toMatchObject({ state: 'partially_refunded', refunded: 1000 })
    expect(after.refunds!.map((refund) => refund.amount)).toEqual([1000])
  })

  it('lets only the refunds that fit through when three staff members refund 30 € each of a 66 € order at once', async () => {
    const order = await paidOrder(oneA3())

    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => refundOrder(payload, order.id, { amount: 3000, to: 'card', note: `guichet ${n}` }, owner)))

    const passed = outcomes.filter((outcome) => outcome.status === 'fulfilled')
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as { code?: string; problems?: { field: string }[] }] : []))
    expect(passed).toHaveLength(2)
    expect(refused).toHaveLength(1)
    expect(['conflict', 'invalid']).toContain(refused[0]!.code)
    expect(refused[0]!.problems?.[0]?.field).toBe('amount')
    const after = await orderNow(payload, order.id)
    expect(after).toMatchObject({ state: 'partially_refunded', refunded: 6000 })
    expect(after.refunds!.map((refund) => refund.amount)).toEqual([3000, 3000])
    expect(after.history!.filter((entry) => entry.event === 'refund')).toHaveLength(2)
    expect(stripeRefunds(order.payment!.stripePaymentIntentId!)).toMatchObject({ count: 2, amountRefunded: 6000 })
  })
})
