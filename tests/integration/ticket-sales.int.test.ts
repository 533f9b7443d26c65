// Tickets sold through the commerce core: a cart's held seats pass to its order, paying sells them
// and issues signed tickets, an order that ends unpaid gives its seats and places back, and the
// general-admission pit is never sold beyond its capacity, however many buyers race for it.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { releaseOrder } from '../../cms/commerce/orders/lifecycle'
import { startOnlineCheckout } from '../../cms/commerce/orders/online-checkout'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { issueTickets, ticketsOfOrder } from '../../cms/ticketing/issue-tickets'
import { holdBestAvailable, holdSeats } from '../../cms/ticketing/seat-holds'
import { tenantTicketKey, signTicket } from '../../cms/ticketing/ticket-keys'
import type { CartItem } from '../../src/domain/commerce/cart-request'
import type { CheckoutRequest } from '../../src/domain/commerce/checkout-request'
import { verifyTicketCode } from '../../src/domain/ticketing/ticket-code'
import { isSettled, orderNow, payOnHostedPage, refusal, until } from '../support/checkout-helpers'
import { startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { bootTestPayload } from '../support/payload'
import { makeVenue, seatOf } from '../support/ticketing'

let payload: Payload
let world: PaymentWorld
let venue: Awaited<ReturnType<typeof makeVenue>>
let other: Awaited<ReturnType<typeof makeVenue>>
const SITE = 'http://theatre.test'
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  venue = await makeVenue(payload, world, 'marche', { pit: 20 })
  other = await makeVenue(payload, world, 'voisin')
})
afterAll(async () => world?.close())

const seatItem = (seatId: string, category = seatId.match(/-[AB]-/) ? 'cat1' : 'cat2', target = venue): CartItem => ({
  productId: String(target.full.id),
  variantId: target.variant(target.full, category),
  performanceId: String(target.performance.id),
  seatId,
  quantity: 1,
})
const pitItem = (quantity: number, target = venue): CartItem => ({
  productId: String(target.full.id),
  variantId: target.variant(target.full, 'fosse'),
  performanceId: String(target.performance.id),
  zoneId: 'fosse',
  quantity,
})
const request = (items: CartItem[], email = 'alceste@example.fr'): CheckoutRequest => ({ items, email, name: 'Alceste Martin' })
const hold = (seatIds: string[], holder: string, target = venue) => holdSeats(payload, { tenantId: target.tenant.id, performanceId: target.performance.id, seatIds, holder })

async function seatRows(seatIds: string[], target = venue) {
  const { docs } = await payload.find({ collection: 'seat-reservations', where: { and: [{ performance: { equals: target.performance.id } }, { seatId: { in: seatIds } }] }, pagination: false, ...o })
  return docs
}
async function pitLeft(target = venue) {
  const { docs } = await payload.find({ collection: 'admission-counters', where: { and: [{ performance: { equals: target.performance.id } }, { zoneId: { equals: 'fosse' } }] }, ...o })
  return docs[0]!.remaining
}

describe('selling seats', () => {
  it('passes the cart’s hold to the order, sells the seats on payment and issues one signed ticket per seat', async () => {
    const cart = 'cart-token-claire-0000000000000001'
    await hold([seatOf('A', 5), seatOf('A', 6)], cart)
    const { order, redirectTo } = await startOnlineCheckout(payload, {
      tenantId: venue.tenant.id,
      request: request([seatItem(seatOf('A', 5)), { ...seatItem(seatOf('A', 6)), productId: String(venue.reduced.id), variantId: venue.variant(venue.reduced, 'cat1') }]),
      siteOrigin: SITE,
      holder: cart,
    })
    expect(order.lines!.map((line) => [line.label, line.place, line.amount])).toEqual([
      ['Plein tarif — Catégorie 1', 'Salle, rang A, place 5', 3000],
      ['Tarif réduit — Catégorie 1', 'Salle, rang A, place 6', 2200],
    ])
    expect((await seatRows([seatOf('A', 5), seatOf('A', 6)])).map((row) => [row.holder, row.state])).toEqual([
      [`order:${order.reference}`, 'held'],
      [`order:${order.reference}`, 'held'],
    ])

    await payOnHostedPage(redirectTo, 'alceste@example.fr')
    const paid = await until(() => orderNow(payload, order.id), isSettled, 'the order to be paid')
    // The state flips first; the seats are sold right after, by the same confirmation.
    const rows = await until(() => seatRows([seatOf('A', 5), seatOf('A', 6)]), (found) => found.every((row) => row.state === 'sold'), 'the seats to be sold')
    expect(rows.map((row) => [row.state, row.order, row.expiresAt ?? null])).toEqual([
      ['sold', paid.id, null],
      ['sold', paid.id, null],
    ])

    const tickets = await until(() => ticketsOfOrder(payload, order.id), (found) => found.length === 2 && found.every((t) => /^\d{18}$/.test(t.number)), 'the tickets')
    expect(tickets.map((t) => [t.place, t.priceLabel, t.amount, t.holderName, t.state, t.seatId])).toEqual([
      ['Salle, rang A, place 5', 'Plein tarif — Catégorie 1', 3000, 'Alceste Martin', 'valid', seatOf('A', 5)],
      ['Salle, rang A, place 6', 'Tarif réduit — Catégorie 1', 2200, 'Alceste Martin', 'valid', seatOf('A', 6)],
    ])
    for (const ticket of tickets) {
      const { code, number } = signTicket({ tenantId: venue.tenant.id, performanceId: venue.performance.id, ticketId: ticket.id, reissue: 0 })
      expect(ticket.number).toBe(number)
      expect(number).toMatch(/^\d{18}$/)
      expect(verifyTicketCode(code, tenantTicketKey(venue.tenant.id).publicKeyPem, { tenantId: venue.tenant.id })).toEqual({
        ok: true,
        ticket: { tenantId: venue.tenant.id, performanceId: venue.performance.id, ticketId: ticket.id, reissue: 0 },
      })
      // Another tenant's key does not vouch for it.
      expect(verifyTicketCode(code, tenantTicketKey(other.tenant.id).publicKeyPem, { tenantId: venue.tenant.id })).toEqual({ ok: false, reason: 'bad-signature' })
    }

    // The receipt (sent once the tickets exist) links to them.
    const receipt = await world.sink.waitFor((mail) => mail.to.includes('alceste@example.fr') && mail.subject.includes(order.reference) && mail.subject.startsWith('Confirmation'))
    expect(receipt.text).toMatch(new RegExp(`/commande/${order.reference}/billets\\?cle=[\\w-]{32}`))
    // Confirming again (a replayed fulfilment) issues nothing more.
    expect(await issueTickets(payload, await orderNow(payload, order.id))).toEqual([])
    expect(await ticketsOfOrder(payload, order.id)).toHaveLength(2)
    // A sold seat cannot be held again.
    expect((await refusal(hold([seatOf('A', 5)], 'someone-else'))).problems[0]!.field).toBe('seats.0')
  })

  it('refuses a seat this cart does not hold, and leaves the other buyer’s hold alone', async () => {
    await hold([seatOf('B', 1)], 'cart-of-somebody-else-00000000001')
    const refused = await refusal(startOnlineCheckout(payload, { tenantId: venue.tenant.id, request: request([seatItem(seatOf('B', 1))]), siteOrigin: SITE, holder: 'cart-of-the-forger-00000000000001' }))
    expect(refused).toMatchObject({ code: 'unavailable', problems: [{ field: 'items.0.seatId', message: expect.stringMatching(/hold .* has run out/) }] })
    expect((await seatRows([seatOf('B', 1)])).map((row) => [row.holder, row.state])).toEqual([['cart-of-somebody-else-00000000001', 'held']])
    expect(await payload.count({ collection: 'orders', where: { tenant: { equals: venue.tenant.id }, state: { equals: 'pending' } } })).toMatchObject({ totalDocs: 0 })
  })

  it('refuses by field a price of the wrong category, a seat not on the plan and another tenant’s performance', async () => {
    const cart = 'cart-token-forger-0000000000000002'
    await hold([seatOf('C', 1)], cart)
    const wrongCategory = await refusal(placeOrder(payload, { tenantId: venue.tenant.id, request: request([seatItem(seatOf('C', 1), 'cat1')]), channel: 'online', by: 'visitor', holder: cart }))
    expect(wrongCategory.problems).toEqual([expect.objectContaining({ field: 'items.0.variantId' })])
    const madeUp = await refusal(placeOrder(payload, { tenantId: venue.tenant.id, request: request([seatItem('salle-Z-99', 'cat2')]), channel: 'online', by: 'visitor', holder: cart }))
    expect(madeUp.problems).toEqual([expect.objectContaining({ field: 'items.0.seatId' })])
    const foreign = { ...seatItem(seatOf('C', 1)), performanceId: String(other.performance.id) }
    const crossTenant = await refusal(placeOrder(payload, { tenantId: venue.tenant.id, request: request([foreign]), channel: 'online', by: 'visitor', holder: cart }))
    expect(crossTenant.problems).toEqual([expect.objectContaining({ field: 'items.0.performanceId' })])
    const noPerformance = await refusal(placeOrder(payload, { tenantId: venue.tenant.id, request: request([{ productId: String(venue.full.id), variantId: venue.variant(venue.full, 'cat2'), quantity: 1 }]), channel: 'online', by: 'visitor' }))
    expect(noPerformance.problems).toEqual([expect.objectContaining({ field: 'items.0.performanceId' })])
    // Nothing moved: the seat is still this cart's.
    expect((await seatRows([seatOf('C', 1)]))[0]).toMatchObject({ holder: cart, state: 'held' })
  })

  it('gives an unpaid order’s seats and pit places back when it ends, once', async () => {
    const cart = 'cart-token-expiring-00000000000003'
    await hold([seatOf('D', 3)], cart)
    const before = await pitLeft()
    const { order } = await placeOrder(payload, { tenantId: venue.tenant.id, request: request([seatItem(seatOf('D', 3)), pitItem(2)]), channel: 'online', by: 'visitor', holder: cart })
    expect(await pitLeft()).toBe(before - 2)
    expect(order.lines![1]).toMatchObject({ place: 'Fosse (placement libre)', zoneId: 'fosse', quantity: 2 })
    await releaseOrder(payload, order.id, { to: 'expired', by: 'test' })
    await releaseOrder(payload, order.id, { to: 'expired', by: 'test' })
    expect(await pitLeft()).toBe(before)
    expect(await seatRows([seatOf('D', 3)])).toEqual([])
    // The seat is free for anyone now.
    await hold([seatOf('D', 3)], 'next-buyer-00000000000000000000')
  })
})

describe('best available seats', () => {
  it('seats 20 buyers asking at once for two in a 30-seat category: 15 pairs side by side, none twice, 5 told it is full', async () => {
    const room = await makeVenue(payload, null, 'meilleures')
    const asked = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        holdBestAvailable(payload, { tenantId: room.tenant.id, performanceId: room.performance.id, category: 'cat2', count: 2, holder: `best-buyer-${String(i).padStart(21, '0')}` }),
      ),
    )
    const pairs = asked.flatMap((result) => (result.status === 'fulfilled' ? [result.value.seats] : []))
    expect(pairs).toHaveLength(15)
    const seats = pairs.flat()
    expect(new Set(seats.map((seat) => seat.id)).size).toBe(30)
    for (const pair of pairs) {
      expect(pair.every((seat) => seat.category === 'cat2')).toBe(true)
      expect(pair[0]!.rowId).toBe(pair[1]!.rowId)
      expect(Math.abs(pair[0]!.position - pair[1]!.position)).toBe(1)
    }
    for (const result of asked.filter((r) => r.status === 'rejected')) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'unavailable', problems: [{ field: 'quantity', fr: 'Il ne reste pas 2 places libres dans cette catégorie.' }] })
    }
    const rows = await payload.find({ collection: 'seat-reservations', where: { performance: { equals: room.performance.id } }, pagination: false, ...o })
    expect(rows.docs).toHaveLength(30)
  })
})

describe('the general-admission pit', () => {
  it('never sells beyond its capacity when 200 buyers race for 20 places, and tells every loser', async () => {
    const pit = await makeVenue(payload, null, 'concert', { pit: 20 })
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        placeOrder(payload, { tenantId: pit.tenant.id, request: request([pitItem(1 + (i % 2), pit)], `fan${i}@example.fr`), channel: 'online', by: 'visitor' }),
      ),
    )
    const won = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value.order] : []))
    const sold = won.reduce((sum, order) => sum + order.lines![0]!.quantity, 0)
    expect(sold).toBeLessThanOrEqual(20)
    expect(sold).toBeGreaterThanOrEqual(19) // a buyer of 2 may meet the last single place
    expect(await pitLeft(pit)).toBe(20 - sold)
    const lost = results.filter((result) => result.status === 'rejected')
    expect(lost.length).toBe(200 - won.length)
    for (const result of lost) {
      expect((result as PromiseRejectedResult).reason).toMatchObject({ code: 'unavailable', problems: [{ field: 'items.0.quantity', message: expect.stringMatching(/sold out|Only 1 places? left/) }] })
    }
  })

  it('refuses to shrink a zone below what is already sold, and resizes it otherwise', async () => {
    const small = await makeVenue(payload, null, 'jauge', { pit: 10 })
    await placeOrder(payload, { tenantId: small.tenant.id, request: request([pitItem(4, small)]), channel: 'online', by: 'visitor' })
    const plan = (await payload.findByID({ collection: 'seating-plans', id: small.plan.id, ...o })).plan as { sections: { kind: string; capacity?: number }[] }
    const resized = (capacity: number) => ({ ...plan, sections: plan.sections.map((s) => (s.kind === 'standing' ? { ...s, capacity } : s)) })
    await payload.update({ collection: 'seating-plans', id: small.plan.id, data: { plan: resized(3) as never }, ...o })
    await expect(payload.update({ collection: 'performances', id: small.performance.id, data: { holdMinutes: 20 }, ...o })).rejects.toThrow(/already has 4 places sold/)
    await payload.update({ collection: 'seating-plans', id: small.plan.id, data: { plan: resized(12) as never }, ...o })
    await payload.update({ collection: 'performances', id: small.performance.id, data: { holdMinutes: 20 }, ...o })
    expect(await pitLeft(small)).toBe(8)
  })
})
