// The shop's data never crosses tenants, and money records are written only by the services. With
// two shops A and B, each with products, codes, delivery, sellers, a paid order, its customer and
// mail, and a gift card: A's owner, editor and sales agent see only A, and only what their role
// allows; nobody writes an order, a gift card, a ledger entry or a sent mail through the API.
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { confirmPayment } from '../../cms/commerce/orders/lifecycle'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { issueGiftCard } from '../../cms/commerce/store-credit'
import { money } from '../../src/domain/commerce/money'
import { makeShop } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

const COMMERCE = ['products', 'discounts', 'delivery-methods', 'shop-settings', 'sellers', 'orders', 'customers', 'gift-cards', 'store-credit-entries', 'outbox'] as const
type Collection = (typeof COMMERCE)[number]
const CATALOG: Collection[] = ['products', 'discounts', 'delivery-methods']
const SALES: Collection[] = ['sellers', 'orders', 'customers', 'gift-cards', 'store-credit-entries', 'outbox']
/** What each role of tenant A may read: catalog for all three; sales for owner and agent; settings for owner and editor. */
const READS = {
  owner: [...COMMERCE],
  editor: [...CATALOG, 'shop-settings'],
  'sales-agent': [...CATALOG, ...SALES],
} satisfies Record<string, Collection[]>
type Role = keyof typeof READS
/** Money records: only the checkout, payment, refund and mail services write them. */
const SERVICE_WRITTEN = ['orders', 'gift-cards', 'store-credit-entries', 'outbox'] as const

let payload: Payload
let a: Awaited<ReturnType<typeof commerceOf>>
let b: Awaited<ReturnType<typeof commerceOf>>
const users = {} as Record<Role | 'platformAdmin', Awaited<ReturnType<typeof makeUser>>>
const o = { overrideAccess: true, depth: 0 } as const

/** A shop with one of every commerce row, the order placed and paid through the services. */
async function commerceOf(slug: string) {
  const shop = await makeShop(payload, null, slug)
  const tenant = shop.tenant.id
  const seller = await payload.create({ collection: 'sellers', data: { tenant, name: `${slug} photographe`, siret: '73282932000074' }, ...o })
  const { order } = await placeOrder(payload, { tenantId: tenant, request: { items: [{ productId: String(shop.book.id), quantity: 1 }], email: `client@${slug}.example` }, channel: 'box_office', by: 'user:seed' })
  await confirmPayment(payload, order.id, { method: 'cash', by: 'user:seed' })
  const card = await issueGiftCard(payload, { tenantId: tenant, amount: money(2500), origin: 'gift', by: 'user:seed' })
  const first = async (collection: CollectionSlug) => (await payload.find({ collection, where: { tenant: { equals: tenant } }, limit: 1, ...o })).docs[0]!
  const rows: Record<Collection, { id: number | string }> = {
    products: shop.book,
    discounts: shop.discount,
    'delivery-methods': shop.delivery,
    'shop-settings': await first('shop-settings'),
    sellers: seller,
    orders: order,
    customers: await first('customers'),
    'gift-cards': card,
    'store-credit-entries': await first('store-credit-entries'),
    outbox: await first('outbox'),
  }
  return { ...shop, rows }
}

beforeAll(async () => {
  payload = await bootTestPayload()
  a = await commerceOf('alpha')
  b = await commerceOf('bravo')
  for (const role of ['owner', 'editor', 'sales-agent'] as const) users[role] = await makeUser(payload, `${role}@alpha.example`, a.tenant.id, [role])
  users.platformAdmin = { ...(await payload.create({ collection: 'users', data: { email: 'admin@vitrine.example', password: 'correct horse battery', name: 'Admin', roles: ['platform-admin'], tenants: [] }, ...o })), collection: 'users' as const }
})

const as = (who: keyof typeof users | null) => ({ ...(who ? { user: users[who] } : {}), overrideAccess: false, depth: 0 }) as const
const tenantOf = (doc: unknown) => {
  const tenant = (doc as { tenant?: unknown }).tenant
  return String(tenant && typeof tenant === 'object' ? (tenant as { id: unknown }).id : tenant)
}

/** The error a refused API call threw, as Payload names it (Forbidden, NotFound, ValidationError). */
async function refusal(work: Promise<unknown>): Promise<{ name: string; status?: number; fields: string[] }> {
  try {
    await work
  } catch (error) {
    const { name, status, data } = error as { name: string; status?: number; data?: { errors?: { path: string }[] } }
    return { name, status, fields: (data?.errors ?? []).map((e) => e.path) }
  }
  throw new Error('The call was accepted')
}

describe.each(['owner', 'editor', 'sales-agent'] as const)('a %s of shop A', (role) => {
  const readable = READS[role] as readonly Collection[]
  const unreadable = COMMERCE.filter((collection) => !readable.includes(collection))

  it.each(readable)('lists only A’s rows in %s', async (collection) => {
    const { docs } = await payload.find({ collection, ...as(role), limit: 100 })
    expect(docs.length).toBeGreaterThan(0)
    expect([...new Set(docs.map(tenantOf))]).toEqual([String(a.tenant.id)])
  })

  it.each(readable)('cannot read B’s row of %s by id, nor find it by tenant', async (collection) => {
    expect((await refusal(payload.findByID({ collection, id: b.rows[collection].id, ...as(role) }))).status).toBe(404)
    const { docs } = await payload.find({ collection, where: { tenant: { equals: b.tenant.id } }, ...as(role) })
    expect(docs).toHaveLength(0)
  })

  if (unreadable.length > 0) {
    it.each(unreadable)('cannot read %s at all, not even A’s', async (collection) => {
      expect(await refusal(payload.find({ collection, ...as(role) }))).toMatchObject({ name: 'Forbidden', status: 403 })
      expect((await refusal(payload.findByID({ collection, id: a.rows[collection].id, ...as(role) }))).status).toBe(403)
    })
  }
})

describe('writing into shop B as the owner of A', () => {
  const intruders: [string, Collection, (tenant: number) => Record<string, unknown>][] = [
    ['a product', 'products', (tenant) => ({ tenant, title: 'Intrus', slug: 'intrus', kind: 'book', price: 100, vatRate: '550' })],
    ['a discount', 'discounts', (tenant) => ({ tenant, code: 'INTRUS', kind: 'percent', percent: 90 })],
    ['a delivery method', 'delivery-methods', (tenant) => ({ tenant, label: 'Intrus', price: 0, vatRate: '2000' })],
    ['a seller', 'sellers', (tenant) => ({ tenant, name: 'Intrus' })],
  ]

  it.each(intruders)('cannot create %s in B, though it can in A', async (_, collection, data) => {
    const before = (await payload.count({ collection, where: { tenant: { equals: b.tenant.id } }, overrideAccess: true })).totalDocs

    const refused = await refusal(payload.create({ collection, data: data(b.tenant.id) as never, ...as('owner') }))

    // The tenant field offers only the user's own sites.
    expect(refused).toMatchObject({ name: 'ValidationError', fields: ['tenant'] })
    expect((await payload.count({ collection, where: { tenant: { equals: b.tenant.id } }, overrideAccess: true })).totalDocs).toBe(before)
    const mine = await payload.create({ collection, data: data(a.tenant.id) as never, ...as('owner') })
    expect(tenantOf(mine)).toBe(String(a.tenant.id))
  })

  it.each(['products', 'discounts', 'delivery-methods', 'sellers', 'customers'] as const)('cannot move B’s row of %s into A nor delete it, though it can save its own', async (collection) => {
    const id = b.rows[collection].id
    const before = await payload.findByID({ collection, id, ...o })

    expect(await refusal(payload.update({ collection, id, data: { tenant: a.tenant.id } as never, ...as('owner') }))).toMatchObject({ name: 'Forbidden', status: 403 })
    expect(await refusal(payload.delete({ collection, id, ...as('owner') }))).toMatchObject({ name: 'Forbidden', status: 403 })

    expect(await payload.findByID({ collection, id, ...o })).toEqual(before)
    const own = await payload.update({ collection, id: a.rows[collection].id, data: { tenant: a.tenant.id } as never, ...as('owner') })
    expect(own.id).toEqual(a.rows[collection].id)
  })
})

describe('money records written only by the services', () => {
  const forged: Record<(typeof SERVICE_WRITTEN)[number], (tenant: number) => Record<string, unknown>> = {
    orders: (tenant) => ({ tenant, reference: 'FORGED-1', state: 'paid', channel: 'box_office', email: 'x@example.fr', currency: 'EUR', subtotal: 0, discountTotal: 0, total: 0, refunded: 0 }),
    'gift-cards': (tenant) => ({ tenant, code: 'FREE-MONEY', balance: 1_000_000, currency: 'EUR', origin: 'gift' }),
    'store-credit-entries': (tenant) => ({ tenant, giftCard: a.rows['gift-cards'].id, kind: 'issue', amount: 1_000_000 }),
    outbox: (tenant) => ({ tenant, to: 'x@example.fr', subject: 'Votre remboursement', kind: 'refund' }),
  }
  const changes: Record<(typeof SERVICE_WRITTEN)[number], Record<string, unknown>> = {
    orders: { state: 'refunded', total: 1 },
    'gift-cards': { balance: 1_000_000 },
    'store-credit-entries': { amount: 1_000_000 },
    outbox: { subject: 'forged' },
  }

  it.each(SERVICE_WRITTEN)('nobody creates or updates %s through the API, not even the owner or a platform admin', async (collection) => {
    const row = a.rows[collection]
    const before = await payload.findByID({ collection, id: row.id, ...o })
    const count = (await payload.count({ collection, overrideAccess: true })).totalDocs

    for (const who of ['owner', 'sales-agent', 'platformAdmin'] as const) {
      expect(await refusal(payload.create({ collection, data: forged[collection](a.tenant.id) as never, ...as(who) }))).toMatchObject({ name: 'Forbidden', status: 403 })
      expect(await refusal(payload.update({ collection, id: row.id, data: changes[collection] as never, ...as(who) }))).toMatchObject({ name: 'Forbidden', status: 403 })
    }

    expect((await payload.count({ collection, overrideAccess: true })).totalDocs).toBe(count)
    expect(await payload.findByID({ collection, id: row.id, ...o })).toEqual(before)
  })
})

describe('roles inside shop A', () => {
  it('lets a sales agent read the catalogue but not change a price or add a product', async () => {
    const product = await payload.findByID({ collection: 'products', id: a.book.id, ...as('sales-agent') })
    expect(product.price).toBe(2200)

    expect((await refusal(payload.update({ collection: 'products', id: a.book.id, data: { price: 1 }, ...as('sales-agent') }))).status).toBe(403)
    expect((await refusal(payload.create({ collection: 'products', data: { tenant: a.tenant.id, title: 'Soldes', slug: 'soldes', kind: 'book', price: 1, vatRate: '550' }, ...as('sales-agent') }))).status).toBe(403)
    expect((await payload.findByID({ collection: 'products', id: a.book.id, ...o })).price).toBe(2200)
  })

  it('keeps orders, customers and gift cards from an editor', async () => {
    for (const collection of ['orders', 'customers', 'gift-cards'] as const) {
      expect((await refusal(payload.find({ collection, ...as('editor') }))).status).toBe(403)
    }
  })

  it('gives an anonymous caller nothing from any shop collection', async () => {
    for (const collection of COMMERCE) {
      expect((await refusal(payload.find({ collection, ...as(null) }))).status).toBe(403)
    }
  })
})

describe('a seller’s SIRET', () => {
  it('is refused on the siret field when its check digit is wrong or it is too short', async () => {
    for (const siret of ['732 829 320 00075', '12345']) {
      const refused = await refusal(payload.create({ collection: 'sellers', data: { tenant: a.tenant.id, name: 'Atelier Nord', siret }, ...as('owner') }))
      expect(refused).toMatchObject({ name: 'ValidationError', fields: ['siret'] })
    }
    const { totalDocs } = await payload.count({ collection: 'sellers', where: { name: { equals: 'Atelier Nord' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('is accepted when valid, La Poste’s included, and stored without its spaces', async () => {
    const laPoste = await payload.create({ collection: 'sellers', data: { tenant: a.tenant.id, name: 'La Poste', siret: '356 000 000 00048' }, ...as('owner') })
    const luhn = await payload.create({ collection: 'sellers', data: { tenant: a.tenant.id, name: 'Atelier Sud', siret: '732 829 320 00074' }, ...as('owner') })

    expect([laPoste.siret, luhn.siret]).toEqual(['35600000000048', '73282932000074'])
  })
})
