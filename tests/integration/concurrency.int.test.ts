// Many buyers at the same moment: the last items of a product or of a size, one gift card spent at
// six tills, a code limited to two uses paid five times at once. Counted things never go below
// zero or above their limit, and whoever loses is told which field, with nothing left held.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CommerceError } from '../../cms/commerce/errors'
import { confirmPayment, releaseOrder } from '../../cms/commerce/orders/lifecycle'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { issueGiftCard } from '../../cms/commerce/store-credit'
import type { CartItem } from '../../src/domain/commerce/cart-request'
import type { CheckoutRequest } from '../../src/domain/commerce/checkout-request'
import { money } from '../../src/domain/commerce/money'
import { giftCardWithLedger, productNow } from '../support/checkout-helpers'
import { makeShop } from '../support/commerce'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let shop: Awaited<ReturnType<typeof makeShop>>
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await bootTestPayload()
  shop = await makeShop(payload, null, 'affluence')
})

/** `count` buyers placing the same order at the same moment; what each one got back. */
async function rush(count: number, items: CartItem[], extra: Partial<CheckoutRequest> = {}, channel: 'online' | 'box_office' = 'online') {
  const outcomes = await Promise.allSettled(
    Array.from({ length: count }, (_, n) =>
      placeOrder(payload, { tenantId: shop.tenant.id, request: { items, email: `buyer${n}@example.fr`, ...extra }, channel, by: channel === 'online' ? 'visitor' : 'user:till' }),
    ),
  )
  const placed = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value.order] : []))
  const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []))
  // A refusal is a CommerceError a buyer can act on; anything else is a failure of the test.
  const crash = refused.find((error) => !(error instanceof CommerceError))
  if (crash) throw crash
  return { placed, refused: refused as CommerceError[] }
}

/**
 * The one problem of a buyer who came too late. Its code says when they lost: `unavailable` at the
 * conditional take, `invalid` when the catalogue already showed none left while pricing.
 */
function soldOut(error: CommerceError) {
  expect(['unavailable', 'invalid']).toContain(error.code)
  expect(error.problems).toHaveLength(1)
  return error.problems[0]
}

const pendingOrdersOf = async (productId: number) =>
  (await payload.find({ collection: 'orders', where: { and: [{ 'lines.product': { equals: productId } }, { state: { equals: 'pending' } }] }, pagination: false, ...o })).docs

describe('the last items', () => {
  it('of a product with 3 left go to exactly 3 of 8 buyers; the others are told the quantity is no longer there', async () => {
    const { placed, refused } = await rush(8, [{ productId: String(shop.book.id), quantity: 1 }])

    expect(placed).toHaveLength(3)
    expect(refused).toHaveLength(5)
    expect(refused.map(soldOut)).toEqual(Array(5).fill({ field: 'items.0.quantity', message: expect.stringMatching(/“Le Livre” (is|has just) sold out/), fr: expect.stringMatching(/« Le Livre » (est|vient d’être) épuisé/) }))
    expect((await productNow(payload, shop.book.id)).stock).toBe(0)
    expect((await pendingOrdersOf(shop.book.id)).map((order) => order.id).sort()).toEqual(placed.map((order) => order.id).sort())
  })

  it('come back once when an unpaid order expires, however often the expiry is reported', async () => {
    const [first] = await pendingOrdersOf(shop.book.id)

    const reports = await Promise.all([1, 2, 3].map(() => releaseOrder(payload, first!.id, { to: 'expired', by: 'expiry-job' })))

    expect(reports.filter(Boolean)).toHaveLength(1)
    expect((await productNow(payload, shop.book.id)).stock).toBe(1)
    expect(await payload.findByID({ collection: 'orders', id: first!.id, ...o })).toMatchObject({ state: 'expired', released: true })
    const { placed } = await rush(2, [{ productId: String(shop.book.id), quantity: 1 }])
    expect(placed).toHaveLength(1)
    expect((await productNow(payload, shop.book.id)).stock).toBe(0)
  })

  it('of a size with 5 left go to exactly 5 of 8 buyers, the other size and the product untouched', async () => {
    const { placed, refused } = await rush(8, [{ productId: String(shop.print.id), variantId: shop.a4, quantity: 1 }])

    expect(placed).toHaveLength(5)
    expect(refused.map(soldOut)).toEqual(Array(3).fill({ field: 'items.0.quantity', message: expect.stringMatching(/“Tirage Brume — A4” (is|has just) sold out/), fr: expect.stringMatching(/« Tirage Brume — A4 » (est|vient d’être) épuisé/) }))
    const print = await productNow(payload, shop.print.id)
    expect(print.variants!.map((variant) => [variant.label, variant.stock])).toEqual([
      ['A4', 0],
      ['A3', null],
    ])
    expect(print.stock ?? null).toBeNull()

    expect(await releaseOrder(payload, placed[0]!.id, { to: 'cancelled', by: 'user:owner' })).toBe(true)
    expect((await productNow(payload, shop.print.id)).variants![0]!.stock).toBe(1)
  })
})

describe('one gift card of 50 € spent at six tills at once', () => {
  it('is never taken below zero: what was spent and what is left add up to 50 €, the ledger agrees, and the refused sales hold nothing', async () => {
    // 19 € + the 1 € order fee: 20 € a sale.
    const postcard = await payload.create({ collection: 'products', data: { tenant: shop.tenant.id, title: 'Carte postale', slug: 'carte-postale', kind: 'print', price: 1900, vatRate: '2000', stock: 10 }, ...o })
    const card = await issueGiftCard(payload, { tenantId: shop.tenant.id, amount: money(5000), origin: 'gift', by: 'user:owner' })

    const { placed, refused } = await rush(6, [{ productId: String(postcard.id), quantity: 1 }], { giftCardCode: card.code }, 'box_office')

    const spent = placed.map((order) => order.payment!.storeCredit!)
    const total = spent.reduce((sum, amount) => sum + amount, 0)
    // The first two takes of 20 € always fit; after them only 10 € is left to take.
    expect(placed.length).toBeGreaterThanOrEqual(2)
    expect(spent.every((amount) => amount > 0 && amount <= 2000)).toBe(true)
    expect(total).toBeGreaterThanOrEqual(4000)
    expect(total).toBeLessThanOrEqual(5000)
    for (const error of refused) {
      expect(['conflict', 'invalid']).toContain(error.code)
      expect(error.problems[0]!.field).toBe('giftCardCode')
    }

    const { card: after, entries, ledgerSum } = await giftCardWithLedger(payload, card.id)
    expect(after.balance).toBe(5000 - total)
    expect(ledgerSum).toBe(after.balance)
    expect(entries.filter((entry) => entry.kind === 'spend').map((entry) => entry.order).sort()).toEqual(placed.map((order) => order.id).sort())
    expect((await productNow(payload, postcard.id)).stock).toBe(10 - placed.length)
    expect(await pendingOrdersOf(postcard.id)).toHaveLength(placed.length)
  })
})

describe('a code limited to two uses, paid five times at once', () => {
  it('is counted twice and honoured on the other three orders, each with a note saying so', async () => {
    await payload.create({ collection: 'discounts', data: { tenant: shop.tenant.id, code: 'duo', kind: 'percent', percent: 10, maxUses: 2 }, ...o })
    const { placed } = await rush(5, [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }], { discountCode: 'duo' }, 'box_office')
    expect(placed).toHaveLength(5)

    const confirmations = await Promise.all(placed.map((order) => confirmPayment(payload, order.id, { method: 'cash', by: 'user:till' })))

    expect(confirmations.every((result) => result.confirmed && result.order.state === 'paid')).toBe(true)
    const discount = (await payload.find({ collection: 'discounts', where: { code: { equals: 'DUO' } }, ...o })).docs[0]!
    expect(discount.usedCount).toBe(2)
    const notes = confirmations.map((result) => result.order.history!.find((entry) => entry.to === 'paid')!.note ?? '')
    expect(notes.filter((note) => note.includes('code DUO reached its limit before payment; honoured'))).toHaveLength(3)
    // Honoured: every buyer kept the 10 % they were shown at checkout.
    expect(confirmations.map((result) => result.order.discountTotal)).toEqual(Array(5).fill(650))

    await expect(rush(1, [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }], { discountCode: 'duo' }).then((r) => r.refused[0]?.problems)).resolves.toEqual([
      { field: 'discountCode', message: 'The code DUO has already been used 2 times, its limit.', fr: 'Le code DUO a déjà été utilisé 2 fois, sa limite.' },
    ])
  })
})
