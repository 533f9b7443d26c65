// Tickets at the counter, through the box office's own endpoint handlers with requests as Payload
// builds them for a logged-in agent: the till holds seats like a cart does online, the sale sells
// them and issues the tickets, a seat held on one side cannot be taken on the other, another
// site's performance is out of reach, the pit's counter goes down, and released seats come back.
import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { boxOfficeSaleEndpoint } from '../../cms/commerce/endpoints/box-office'
import { issueGiftCard } from '../../cms/commerce/store-credit'
import { ticketsOfOrder } from '../../cms/ticketing/issue-tickets'
import { holdTillSeatsEndpoint, releaseTillSeatsEndpoint, tillPerformancesEndpoint, tillSeatsEndpoint } from '../../cms/ticketing/endpoints/box-office-seats'
import { holdSeats, seatsHeldBy } from '../../cms/ticketing/seat-holds'
import { money } from '../../src/domain/commerce/money'
import { orderNow, refusal } from '../support/checkout-helpers'
import { startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'
import { makeVenue, seatOf } from '../support/ticketing'

let payload: Payload
let world: PaymentWorld
let venue: Awaited<ReturnType<typeof makeVenue>>
let other: Awaited<ReturnType<typeof makeVenue>>
let agent: Awaited<ReturnType<typeof makeUser>>
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  venue = await makeVenue(payload, null, 'guichet', { pit: 20 })
  other = await makeVenue(payload, null, 'voisin')
  // A month from now whatever the day the tests run: the till lists performances still to come.
  const startsAt = new Date(Date.now() + 30 * 24 * 3600_000).toISOString()
  for (const target of [venue, other]) await payload.update({ collection: 'performances', id: target.performance.id, data: { startsAt }, ...o })
  agent = await makeUser(payload, 'guichet@guichet.example', venue.tenant.id, ['sales-agent'])
})
afterAll(async () => world?.close())

type Held = { seatId: string; place: string; category: string; expiresAt: string }
type Answer = {
  seats?: Held[]
  held?: Held[]
  free?: Omit<Held, 'expiresAt'>[]
  performances?: { id: number; eventTitle: string; categories: { id: string; label: string; free: number }[]; zones: { zoneId: string; remaining: number }[]; prices: Record<string, { label: string; amount: number }[]>; heldHere: number }[]
  order?: { id: number; reference: string; state: string; total: number; due: number }
  error?: { code: string; message: string; field?: string; problems?: { field: string; message: string }[] }
}

/** Calls an endpoint of the till as `user`: a GET with `body` as its query, a POST with it as JSON. */
async function call(endpoint: Endpoint, body: Record<string, unknown>, user: typeof agent = agent): Promise<{ status: number; body: Answer }> {
  const get = endpoint.method === 'get'
  const url = `http://localhost/api${endpoint.path}${get ? `?${new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)]))}` : ''}`
  const req = await createLocalReq({ user, req: { method: get ? 'GET' : 'POST', url, ...(get ? {} : { json: async () => body }) } }, payload)
  const response = await endpoint.handler(req)
  return { status: response.status, body: (await response.json()) as Answer }
}

const at = (target = venue) => ({ tenant: target.tenant.id, performance: target.performance.id })
const till = (user = agent, target = venue) => `till:${user.id}:${target.tenant.id}`
const seatItem = (seat: Pick<Held, 'seatId' | 'category'>, product = venue.full) => ({
  productId: product.id,
  variantId: venue.variant(product, seat.category),
  performanceId: venue.performance.id,
  seatId: seat.seatId,
  quantity: 1,
})
const sale = (items: unknown[], extra: Record<string, unknown> = {}) =>
  call(boxOfficeSaleEndpoint, { tenant: venue.tenant.id, items, email: 'celimene@example.fr', name: 'Célimène', method: 'cash', ...extra })

async function seatRows(seatIds: string[], target = venue) {
  const { docs } = await payload.find({ collection: 'seat-reservations', where: { and: [{ performance: { equals: target.performance.id } }, { seatId: { in: seatIds } }] }, pagination: false, ...o })
  return docs
}
async function pitLeft() {
  const { docs } = await payload.find({ collection: 'admission-counters', where: { and: [{ performance: { equals: venue.performance.id } }, { zoneId: { equals: 'fosse' } }] }, ...o })
  return docs[0]!.remaining
}

describe('the till’s performances', () => {
  it('lists the site’s performance with its free seats by category, its pit and its prices, and nothing of another site', async () => {
    const answer = await call(tillPerformancesEndpoint, { tenant: venue.tenant.id })

    expect(answer.status).toBe(200)
    expect(answer.body.performances).toEqual([
      expect.objectContaining({
        id: venue.performance.id,
        eventTitle: 'Le Misanthrope',
        categories: [
          { id: 'cat1', label: 'Catégorie 1', free: 20 },
          { id: 'cat2', label: 'Catégorie 2', free: 30 },
        ],
        zones: [{ zoneId: 'fosse', label: 'Fosse', category: 'fosse', remaining: 20 }],
        prices: {
          cat1: [expect.objectContaining({ label: 'Plein tarif', amount: 3000 }), expect.objectContaining({ label: 'Tarif réduit', amount: 2200 })],
          cat2: [expect.objectContaining({ label: 'Plein tarif', amount: 2000 })],
          fosse: [expect.objectContaining({ label: 'Plein tarif', amount: 1500 })],
        },
        heldHere: 0,
      }),
    ])
  })
})

describe('seats sold at the till', () => {
  it('holds the 2 best seats of category 1, sells them for cash: paid, 2 tickets, the seats sold and no longer the till’s', async () => {
    const held = await call(holdTillSeatsEndpoint, { ...at(), mode: 'best', category: 'cat1', quantity: 2 })

    expect(held.status).toBe(201)
    const seats = held.body.seats!
    expect(seats).toHaveLength(2)
    expect(seats.map((seat) => seat.category)).toEqual(['cat1', 'cat1'])
    // Side by side in one row, named as the ticket will print them.
    const [first, second] = seats.map((seat) => seat.place.match(/^Salle, rang ([AB]), place (\d+)$/)!)
    expect(first![1]).toBe(second![1])
    expect(Math.abs(Number(first![2]) - Number(second![2]))).toBe(1)
    const minutesLeft = (new Date(seats[0]!.expiresAt).getTime() - Date.now()) / 60_000
    expect(minutesLeft).toBeGreaterThan(14)
    expect(minutesLeft).toBeLessThanOrEqual(15)
    expect(held.body.held).toEqual(expect.arrayContaining(seats))
    expect((await seatRows(seats.map((s) => s.seatId))).map((row) => [row.holder, row.state])).toEqual([
      [till(), 'held'],
      [till(), 'held'],
    ])

    const sold = await sale([seatItem(seats[0]!), seatItem(seats[1]!, venue.reduced)])

    expect(sold.status).toBe(201)
    expect(sold.body.order).toMatchObject({ state: 'paid', total: 3000 + 2200 })
    const order = await orderNow(payload, sold.body.order!.id)
    expect(order).toMatchObject({ channel: 'box_office', payment: { method: 'cash' } })
    expect(order.lines!.map((line) => line.place)).toEqual(seats.map((seat) => seat.place))
    const tickets = await ticketsOfOrder(payload, order.id)
    expect(tickets.map((t) => [t.place, t.priceLabel, t.amount, t.state])).toEqual([
      [seats[0]!.place, 'Plein tarif — Catégorie 1', 3000, 'valid'],
      [seats[1]!.place, 'Tarif réduit — Catégorie 1', 2200, 'valid'],
    ])
    expect((await seatRows(seats.map((s) => s.seatId))).map((row) => [row.state, row.order])).toEqual([
      ['sold', order.id],
      ['sold', order.id],
    ])
    expect(await seatsHeldBy(payload, { holder: till(), performanceId: venue.performance.id })).toEqual(new Map())
    const list = await call(tillSeatsEndpoint, at())
    expect(list.body.held).toEqual([])
    expect(list.body.free!.map((seat) => seat.seatId)).not.toContain(seats[0]!.seatId)
    expect(list.body.free).toHaveLength(48)
  })

  it('sells only seats the till holds: a seat the agent never held is refused by its field', async () => {
    const sold = await sale([seatItem({ seatId: seatOf('E', 10), category: 'cat2' })])

    expect(sold.status).toBe(400)
    expect(sold.body.error).toMatchObject({ code: 'unavailable', field: 'items.0.seatId' })
    expect(await seatRows([seatOf('E', 10)])).toEqual([])
  })

  it('keeps the seats at the till when store credit falls short, so the agent can take cash instead', async () => {
    const held = await call(holdTillSeatsEndpoint, { ...at(), seats: [seatOf('E', 1)] })
    const seat = held.body.seats![0]!
    const card = await issueGiftCard(payload, { tenantId: venue.tenant.id, amount: money(500), origin: 'gift', by: 'user:owner' })

    const short = await sale([seatItem(seat)], { method: 'store_credit', giftCardCode: card.code })

    expect(short.status).toBe(400)
    expect(short.body.error).toMatchObject({ field: 'giftCardCode' })
    expect((await call(tillSeatsEndpoint, at())).body.held!.map((h) => h.seatId)).toEqual([seatOf('E', 1)])
    const cash = await sale([seatItem(seat)])
    expect(cash.body.order).toMatchObject({ state: 'paid', total: 2000 })
  })
})

describe('one seat, one holder', () => {
  it('refuses at the till a seat a cart holds online, by its field, and holds nothing of the request', async () => {
    await holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds: [seatOf('C', 5)], holder: 'cart-token-online-000000000000001' })

    const refused = await call(holdTillSeatsEndpoint, { ...at(), seats: [seatOf('C', 4), seatOf('C', 5)] })

    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatchObject({ code: 'unavailable', field: 'seats.1', message: 'Row C, seat 5 has just been taken; choose another seat.' })
    expect((await seatRows([seatOf('C', 4), seatOf('C', 5)])).map((row) => [row.seatId, row.holder])).toEqual([[seatOf('C', 5), 'cart-token-online-000000000000001']])
  })

  it('refuses online a seat the till holds, by its field', async () => {
    const held = await call(holdTillSeatsEndpoint, { ...at(), seats: [seatOf('C', 8)] })
    expect(held.status).toBe(201)

    const refused = await refusal(holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds: [seatOf('C', 8)], holder: 'cart-token-online-000000000000002' }))

    expect(refused).toMatchObject({ code: 'unavailable', problems: [{ field: 'seats.0' }] })
    expect((await seatRows([seatOf('C', 8)])).map((row) => row.holder)).toEqual([till()])
  })
})

describe('another site’s performance', () => {
  it('is not found for an agent of this site, refused when they name the other site, and nothing is held', async () => {
    const viaOwnSite = await call(holdTillSeatsEndpoint, { tenant: venue.tenant.id, performance: other.performance.id, mode: 'best', quantity: 2 })
    const viaOtherSite = await call(holdTillSeatsEndpoint, { ...at(other), seats: [seatOf('A', 1)] })
    const listOtherSite = await call(tillPerformancesEndpoint, { tenant: other.tenant.id })

    expect(viaOwnSite.status).toBe(404)
    expect(viaOwnSite.body.error).toMatchObject({ code: 'not_found', field: 'performance' })
    expect(viaOtherSite.status).toBe(403)
    expect(viaOtherSite.body.error).toMatchObject({ code: 'forbidden' })
    expect(listOtherSite.status).toBe(403)
    expect((await payload.count({ collection: 'seat-reservations', where: { performance: { equals: other.performance.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses to hold seats where the owner turned the box office off', async () => {
    const { docs } = await payload.find({ collection: 'shop-settings', where: { tenant: { equals: other.tenant.id } }, ...o })
    await payload.update({ collection: 'shop-settings', id: docs[0]!.id, data: { acceptsBoxOffice: false }, ...o })
    const agentOfOther = await makeUser(payload, 'guichet@voisin.example', other.tenant.id, ['sales-agent'])

    const refused = await call(holdTillSeatsEndpoint, { ...at(other), seats: [seatOf('A', 1)] }, agentOfOther)

    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'box_office_closed' } } })
    expect((await payload.count({ collection: 'seat-reservations', where: { performance: { equals: other.performance.id } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses an editor of this site and a made-up performance id', async () => {
    const editor = await makeUser(payload, 'editeur@guichet.example', venue.tenant.id, ['editor'])
    expect((await call(holdTillSeatsEndpoint, { ...at(), seats: [seatOf('D', 1)] }, editor)).status).toBe(403)
    expect((await call(holdTillSeatsEndpoint, { tenant: venue.tenant.id, performance: 'nope', seats: [seatOf('D', 1)] })).status).toBe(404)
    const noSeats = await call(holdTillSeatsEndpoint, at())
    expect(noSeats).toMatchObject({ status: 400, body: { error: { code: 'invalid', field: 'seats' } } })
    expect(await seatRows([seatOf('D', 1)])).toEqual([])
  })
})

describe('the pit at the till', () => {
  it('sells 3 places of the pit for cash and its counter goes down by 3', async () => {
    const before = await pitLeft()
    const pit = { productId: venue.full.id, variantId: venue.variant(venue.full, 'fosse'), performanceId: venue.performance.id, zoneId: 'fosse', quantity: 3 }

    const sold = await sale([pit])

    expect(sold.body.order).toMatchObject({ state: 'paid', total: 4500 })
    expect(await pitLeft()).toBe(before - 3)
    expect((await orderNow(payload, sold.body.order!.id)).lines![0]).toMatchObject({ place: 'Fosse (placement libre)', quantity: 3 })
    expect((await ticketsOfOrder(payload, sold.body.order!.id)).length).toBe(3)
    const listed = (await call(tillPerformancesEndpoint, { tenant: venue.tenant.id })).body.performances![0]!
    expect(listed.zones).toEqual([expect.objectContaining({ zoneId: 'fosse', remaining: before - 3 })])
  })
})

describe('releasing', () => {
  it('gives back one seat, then all of them, and a cart can hold them again', async () => {
    const seats = [seatOf('D', 4), seatOf('D', 5), seatOf('D', 6)]
    await call(holdTillSeatsEndpoint, { ...at(), seats })

    const one = await call(releaseTillSeatsEndpoint, { ...at(), seats: [seatOf('D', 5)] })

    expect(one.status).toBe(200)
    expect(one.body.held!.map((seat) => seat.seatId).sort()).toEqual([seatOf('C', 8), seatOf('D', 4), seatOf('D', 6)])
    expect((await call(tillSeatsEndpoint, at())).body.free!.map((seat) => seat.seatId)).toContain(seatOf('D', 5))

    const all = await call(releaseTillSeatsEndpoint, at())

    expect(all.body.held).toEqual([])
    expect(await seatRows(seats)).toEqual([])
    await holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds: seats, holder: 'cart-token-online-000000000000003' })
  })
})
