// Gift cards sold like any product become store credit with codes once paid; and the scheduled
// job that expires unpaid orders runs through Payload's queue.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startOnlineCheckout } from '../../cms/commerce/orders/online-checkout'
import { PAYMENT_WINDOW_MS } from '../../cms/commerce/orders/place-order'
import { isSettled, orderNow, payOnHostedPage, until } from '../support/checkout-helpers'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let shop: Awaited<ReturnType<typeof makeShop>>
const o = { overrideAccess: true, depth: 0 } as const
const SITE = 'http://cadeaux.test'

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  shop = await makeShop(payload, world, 'cadeaux')
})
afterAll(async () => world?.close())

describe('a gift card bought online', () => {
  it('becomes one card per unit, worth what was paid, mailed to the buyer, and pays a later order', async () => {
    const giftCard = await payload.create({
      collection: 'products',
      data: { tenant: shop.tenant.id, title: 'Carte cadeau', slug: 'carte-cadeau', kind: 'gift-card', price: 2500, vatRate: '0' },
      ...o,
    })
    const { order, redirectTo } = await startOnlineCheckout(payload, {
      tenantId: shop.tenant.id,
      request: { items: [{ productId: String(giftCard.id), quantity: 2 }], email: 'marraine@example.fr', name: 'Anne' },
      siteOrigin: SITE,
    })
    await payOnHostedPage(redirectTo, 'marraine@example.fr')
    await until(() => orderNow(payload, order.id), isSettled, 'payment')
    const cards = await until(
      () => payload.find({ collection: 'gift-cards', where: { order: { equals: order.id } }, ...o }),
      (found) => found.totalDocs === 2,
      'two cards',
    )
    expect(cards.docs.map((card) => [card.balance, card.origin, card.email])).toEqual([
      [2500, 'sold', 'marraine@example.fr'],
      [2500, 'sold', 'marraine@example.fr'],
    ])
    const inAYear = Date.now() + 365 * 24 * 3600 * 1000
    expect(Math.abs(new Date(cards.docs[0]!.expiresAt!).getTime() - inAYear)).toBeLessThan(60_000)
    for (const card of cards.docs) await world.sink.waitFor((mail) => mail.to.includes('marraine@example.fr') && mail.text.includes(card.code))

    // One code pays for a book entirely (22 € + 1 € fee ≤ 25 €), with no trip to Stripe.
    const { order: book, redirectTo: next } = await startOnlineCheckout(payload, {
      tenantId: shop.tenant.id,
      request: { items: [{ productId: String(shop.book.id), quantity: 1 }], email: 'filleul@example.fr', giftCardCode: cards.docs[0]!.code },
      siteOrigin: SITE,
    })
    expect(next).toBe(`${SITE}/commande/${book.reference}`)
    expect(book).toMatchObject({ state: 'paid', payment: { method: 'store_credit', storeCredit: 2300 } })
    expect((await payload.findByID({ collection: 'gift-cards', id: cards.docs[0]!.id, ...o })).balance).toBe(200)
  })

  it('is not issued for an order that was never paid', async () => {
    const before = (await payload.count({ collection: 'gift-cards', overrideAccess: true })).totalDocs
    const product = await payload.find({ collection: 'products', where: { slug: { equals: 'carte-cadeau' } }, ...o })
    await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: { items: [{ productId: String(product.docs[0]!.id), quantity: 1 }], email: 'x@example.fr' }, siteOrigin: SITE })
    expect((await payload.count({ collection: 'gift-cards', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('the scheduled expiry', () => {
  it('is a task Payload schedules every minute, and running it expires overdue orders', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'expire-overdue-orders')
    expect(task?.schedule?.map((s) => s.cron)).toEqual(['* * * * *'])
    const { order } = await startOnlineCheckout(payload, {
      tenantId: shop.tenant.id,
      request: { items: [{ productId: String(shop.book.id), quantity: 1 }], email: 'late@example.fr' },
      siteOrigin: SITE,
      now: new Date(Date.now() - PAYMENT_WINDOW_MS - 60_000),
    })
    await payload.jobs.queue({ task: 'expire-overdue-orders', input: {} })
    await payload.jobs.run()
    expect((await orderNow(payload, order.id)).state).toBe('expired')
  })
})
