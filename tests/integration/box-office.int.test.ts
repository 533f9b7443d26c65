// A sale at the counter, through the box-office endpoint's own handler with a request as Payload
// builds it for a logged-in user: paid at once in cash or with store credit, the receipt mailed;
// refused for another site's agent, for a forged body (by field) and for credit that falls short.
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { boxOfficeSaleEndpoint } from '../../cms/commerce/endpoints/box-office'
import { issueGiftCard } from '../../cms/commerce/store-credit'
import { money } from '../../src/domain/commerce/money'
import { giftCardWithLedger, orderNow, plain, productNow } from '../support/checkout-helpers'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let a: Awaited<ReturnType<typeof makeShop>>
let b: Awaited<ReturnType<typeof makeShop>>
let agent: Awaited<ReturnType<typeof makeUser>>
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  a = await makeShop(payload, world, 'theatre-a')
  b = await makeShop(payload, world, 'theatre-b')
  agent = await makeUser(payload, 'guichet@theatre-a.example', a.tenant.id, ['sales-agent'])
})
afterAll(async () => world?.close())

type SaleAnswer = {
  order?: { id: number; reference: string; state: string; total: number; due: number; storeCredit: number }
  error?: { code: string; message: string; field?: string }
}

/** POST /api/box-office/sales as `user` would send it from the till. */
async function postSale(user: typeof agent | null, body: unknown): Promise<{ status: number; body: SaleAnswer }> {
  const req = await createLocalReq({ ...(user ? { user } : {}), req: { method: 'POST', json: async () => body } }, payload)
  const response = await boxOfficeSaleEndpoint.handler(req)
  return { status: response.status, body: (await response.json()) as SaleAnswer }
}

const books = (shop: typeof a, quantity: number) => [{ productId: shop.book.id, quantity }]
/** An A3 print, made to order: 65 € + the 1 € fee = 66 €. */
const a3 = (shop: typeof a) => [{ productId: shop.print.id, variantId: shop.a3, quantity: 1 }]
const ordersOf = async (shop: typeof a) => (await payload.count({ collection: 'orders', where: { tenant: { equals: shop.tenant.id } }, overrideAccess: true })).totalDocs

describe('a sale at the counter', () => {
  it('sells two books for cash: paid at once, on the box-office channel, by the agent, with the receipt mailed', async () => {
    const sale = await postSale(agent, { tenant: a.tenant.id, items: books(a, 2), email: ' Paul.Durand@Example.fr ', name: 'Paul Durand', method: 'cash' })

    // 2 × 22 € + the 1 € fee.
    expect(sale.status).toBe(201)
    expect(sale.body.order).toMatchObject({ state: 'paid', total: 4500, due: 4500, storeCredit: 0 })
    const order = await orderNow(payload, sale.body.order!.id)
    expect(order).toMatchObject({ channel: 'box_office', email: 'paul.durand@example.fr', payment: { method: 'cash' } })
    expect(order.payment?.paidAt).toBeTruthy()
    expect(order.history!.map((entry) => [entry.to, entry.by, entry.note])).toEqual([
      ['pending', `user:${agent.id}`, 'box_office'],
      ['paid', `user:${agent.id}`, 'box office sale'],
    ])
    expect((await productNow(payload, a.book.id)).stock).toBe(1)

    const receipt = await world.sink.waitFor((mail) => mail.to.includes('paul.durand@example.fr') && mail.subject.includes(order.reference))
    expect(plain(receipt.text)).toContain('45,00 €')
    await world.sink.waitFor((mail) => mail.to.includes('ventes@theatre-a.example') && mail.subject.includes(order.reference))
  })

  it('takes store credit that covers the whole sale as payment by store credit, and the card and its ledger agree', async () => {
    const card = await issueGiftCard(payload, { tenantId: a.tenant.id, amount: money(10_000), origin: 'sold', by: 'user:owner' })

    const sale = await postSale(agent, { tenant: a.tenant.id, items: a3(a), email: 'lea@example.fr', method: 'store_credit', giftCardCode: card.code })

    expect(sale.status).toBe(201)
    expect(sale.body.order).toMatchObject({ state: 'paid', total: 6600, due: 0, storeCredit: 6600 })
    expect(await orderNow(payload, sale.body.order!.id)).toMatchObject({ payment: { method: 'store_credit', storeCredit: 6600, giftCard: card.id } })
    const { card: after, entries, ledgerSum } = await giftCardWithLedger(payload, card.id)
    expect(after.balance).toBe(3400)
    expect(entries.map((entry) => [entry.kind, entry.amount, entry.order ?? null])).toEqual([
      ['issue', 10_000, null],
      ['spend', -6600, sale.body.order!.id],
    ])
    expect(ledgerSum).toBe(after.balance)
  })

  it('refuses store credit that does not cover the sale, says what would remain, and puts the credit back', async () => {
    const card = await issueGiftCard(payload, { tenantId: a.tenant.id, amount: money(1000), origin: 'gift', by: 'user:owner' })

    const sale = await postSale(agent, { tenant: a.tenant.id, items: a3(a), email: 'marc@example.fr', method: 'store_credit', giftCardCode: card.code })

    expect(sale.status).toBe(400)
    expect(sale.body.error).toMatchObject({ code: 'invalid', field: 'giftCardCode' })
    expect(plain(sale.body.error!.message)).toContain('56,00 € would remain')
    const { card: after, entries, ledgerSum } = await giftCardWithLedger(payload, card.id)
    expect(after.balance).toBe(1000)
    expect(entries.map((entry) => [entry.kind, entry.amount])).toEqual([
      ['issue', 1000],
      ['spend', -1000],
      ['restore', 1000],
    ])
    expect(ledgerSum).toBe(1000)
    const { docs } = await payload.find({ collection: 'orders', where: { email: { equals: 'marc@example.fr' } }, ...o })
    expect(docs.map((order) => [order.state, order.released])).toEqual([['cancelled', true]])
  })
})

describe('a sale that is refused', () => {
  it('refuses an agent of A selling for B with 403, and writes nothing in B', async () => {
    const sale = await postSale(agent, { tenant: b.tenant.id, items: books(b, 1), email: 'intrus@example.fr', method: 'cash' })

    expect(sale.status).toBe(403)
    expect(sale.body.error).toMatchObject({ code: 'forbidden', message: 'You do not sell for this site.' })
    expect(await ordersOf(b)).toBe(0)
    expect((await productNow(payload, b.book.id)).stock).toBe(3)
  })

  it('refuses sales when the owner turned the box office off, and writes nothing', async () => {
    const { docs } = await payload.find({ collection: 'shop-settings', where: { tenant: { equals: b.tenant.id } }, ...o })
    await payload.update({ collection: 'shop-settings', id: docs[0]!.id, data: { acceptsBoxOffice: false }, ...o })
    const agentOfB = await makeUser(payload, 'guichet@theatre-b.example', b.tenant.id, ['sales-agent'])
    const before = await ordersOf(b)

    const sale = await postSale(agentOfB, { tenant: b.tenant.id, items: books(b, 1), email: 'x@example.fr', method: 'cash' })

    expect(sale.status).toBe(403)
    expect(sale.body.error?.code).toBe('box_office_closed')
    expect(await ordersOf(b)).toBe(before)
  })

  it('refuses an editor and an anonymous caller too', async () => {
    const editor = await makeUser(payload, 'editeur@theatre-a.example', a.tenant.id, ['editor'])
    const before = await ordersOf(a)

    for (const user of [editor, null]) {
      const sale = await postSale(user, { tenant: a.tenant.id, items: books(a, 1), email: 'x@example.fr', method: 'cash' })
      expect(sale.status).toBe(403)
    }
    expect(await ordersOf(a)).toBe(before)
  })

  it.each([
    ['a price sent with an item', [{ productId: 'BOOK', quantity: 1, price: 1 }], 'items.0', /price/],
    ['a quantity of 0', [{ productId: 'BOOK', quantity: 0 }], 'items.0.quantity', /^The quantity is at least 1\.$/],
    ['an unknown product', [{ productId: '999999', quantity: 1 }], 'items.0.productId', /^This product is not sold on this site\.$/],
    ['a product of another site', [{ productId: 'OTHER', quantity: 1 }], 'items.0.productId', /^This product is not sold on this site\.$/],
  ])('refuses %s with 400 naming the field, and changes nothing', async (_, items, field, message) => {
    const ids: Record<string, number> = { BOOK: a.book.id, OTHER: b.book.id }
    const before = { orders: await ordersOf(a), stock: (await productNow(payload, a.book.id)).stock }

    const sale = await postSale(agent, { tenant: a.tenant.id, items: items.map((item) => ({ ...item, productId: ids[item.productId] ?? item.productId })), email: 'x@example.fr', method: 'cash' })

    expect(sale.status).toBe(400)
    expect(sale.body.error).toMatchObject({ code: 'invalid', field })
    expect(sale.body.error!.message).toMatch(message)
    expect({ orders: await ordersOf(a), stock: (await productNow(payload, a.book.id)).stock }).toEqual(before)
  })
})
