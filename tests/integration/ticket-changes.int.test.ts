// After the sale: a buyer returns tickets under the event's policy (fee kept, refund to the card),
// an organizer reissues a lost ticket (the old code is refused by the door), and cancels a
// performance: a background job refunds every buyer once, however many times it runs.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { confirmPayment } from '../../cms/commerce/orders/lifecycle'
import { startOnlineCheckout } from '../../cms/commerce/orders/online-checkout'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { cancelPerformance, refundCancelledPerformance } from '../../cms/ticketing/cancel-performance'
import { ticketsOfOrder } from '../../cms/ticketing/issue-tickets'
import { holdSeats } from '../../cms/ticketing/seat-holds'
import { reissueTicket, returnTickets } from '../../cms/ticketing/ticket-changes'
import { signTicket, tenantTicketKey } from '../../cms/ticketing/ticket-keys'
import { willCallPdf } from '../../cms/ticketing/will-call'
import { loadStatement } from '../../cms/commerce/reports/statement'
import type { CartItem } from '../../src/domain/commerce/cart-request'
import { verifyTicketCode } from '../../src/domain/ticketing/ticket-code'
import { isSettled, orderNow, payOnHostedPage, refusal, until } from '../support/checkout-helpers'
import { startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { bootTestPayload } from '../support/payload'
import { pdfText } from '../support/pdf-text'
import { makeVenue, seatOf } from '../support/ticketing'

let payload: Payload
let world: PaymentWorld
let venue: Awaited<ReturnType<typeof makeVenue>>
const o = { overrideAccess: true, depth: 0 } as const
const NOW = new Date('2026-11-25T12:00:00Z') // the performance is on 12 December

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  venue = await makeVenue(payload, world, 'retours')
  await payload.update({ collection: 'events', id: venue.event.id, data: { returns: { allowed: true, untilHoursBefore: 48, feePerTicket: 150 } }, ...o })
})
afterAll(async () => world?.close())

const seatItem = (seatId: string): CartItem => ({
  productId: String(venue.full.id),
  variantId: venue.variant(venue.full, /-[AB]-/.test(seatId) ? 'cat1' : 'cat2'),
  performanceId: String(venue.performance.id),
  seatId,
  quantity: 1,
})

/** Holds, checks out and pays by card for these seats; returns the paid order and its tickets. */
async function buy(seatIds: string[], email: string) {
  const holder = `cart-${email.replace(/\W/g, '')}`.padEnd(32, '0')
  await holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds, holder })
  const { order, redirectTo } = await startOnlineCheckout(payload, { tenantId: venue.tenant.id, request: { items: seatIds.map(seatItem), email, name: 'Célimène Dupont' }, siteOrigin: 'http://theatre.test', holder })
  await payOnHostedPage(redirectTo, email)
  await until(() => orderNow(payload, order.id), isSettled, 'the payment')
  const tickets = await until(() => ticketsOfOrder(payload, order.id), (found) => found.length === seatIds.length, 'the tickets')
  // The receipt goes last: once it is out, the payment's work is done.
  await world.sink.waitFor((mail) => mail.subject.includes(order.reference) && mail.subject.startsWith('Confirmation'))
  return { order: await orderNow(payload, order.id), tickets }
}

const seatRow = async (seatId: string) =>
  (await payload.find({ collection: 'seat-reservations', where: { and: [{ performance: { equals: venue.performance.id } }, { seatId: { equals: seatId } }] }, ...o })).docs[0]

describe('returning tickets', () => {
  it('refunds the returned ticket to the card less the fee, ends it and puts its seat back on sale', async () => {
    const { order, tickets } = await buy([seatOf('A', 1), seatOf('A', 2)], 'celimene@example.fr')
    const refunded = await returnTickets(payload, { order, ticketIds: [tickets[0]!.id], to: 'card', by: 'buyer', now: NOW })
    expect(refunded).toEqual({ refunded: 3000 - 150 })
    const after = await orderNow(payload, order.id)
    expect(after).toMatchObject({ state: 'partially_refunded', refunded: 2850 })
    expect(after.refunds![0]).toMatchObject({ amount: 2850, to: 'card', stripeRefundId: expect.stringMatching(/^re_/) })
    expect((await payload.findByID({ collection: 'tickets', id: tickets[0]!.id, ...o })).state).toBe('refunded')
    expect((await payload.findByID({ collection: 'tickets', id: tickets[1]!.id, ...o })).state).toBe('valid')
    expect(await seatRow(seatOf('A', 1))).toBeUndefined()
    expect(await seatRow(seatOf('A', 2))).toMatchObject({ state: 'sold' })
    // The same ticket cannot be returned twice.
    expect((await refusal(returnTickets(payload, { order, ticketIds: [tickets[0]!.id], to: 'card', by: 'buyer', now: NOW }))).problems[0]!.message).toMatch(/cannot be returned/)
  })

  it('refuses a return once returns have closed, or for another order’s ticket, and changes nothing', async () => {
    const { order, tickets } = await buy([seatOf('A', 3)], 'oronte@example.fr')
    const late = await refusal(returnTickets(payload, { order, ticketIds: [tickets[0]!.id], to: 'card', by: 'buyer', now: new Date('2026-12-11T12:00:00Z') }))
    expect(late.problems[0]).toMatchObject({ field: 'tickets', fr: 'Les retours sont clos 48 heures avant la représentation.' })
    const other = await buy([seatOf('A', 4)], 'philinte@example.fr')
    expect((await refusal(returnTickets(payload, { order, ticketIds: [other.tickets[0]!.id], to: 'card', by: 'buyer', now: NOW }))).problems[0]!.field).toBe('tickets')
    expect((await orderNow(payload, order.id)).refunded ?? 0).toBe(0)
    expect((await payload.findByID({ collection: 'tickets', id: tickets[0]!.id, ...o })).state).toBe('valid')
  })
})

describe('reissuing a ticket', () => {
  it('gives the ticket a new code and number; the old code no longer matches the ticket', async () => {
    const { tickets } = await buy([seatOf('B', 1)], 'arsinoe@example.fr')
    const before = tickets[0]!
    const old = signTicket({ tenantId: venue.tenant.id, performanceId: venue.performance.id, ticketId: before.id, reissue: 0 })
    const reissued = await reissueTicket(payload, { tenantId: venue.tenant.id, ticketId: before.id })
    expect(reissued.reissue).toBe(1)
    expect(reissued.number).not.toBe(before.number)
    const fresh = signTicket({ tenantId: venue.tenant.id, performanceId: venue.performance.id, ticketId: before.id, reissue: 1 })
    expect(reissued.number).toBe(fresh.number)
    // Both codes are genuine signatures; the ticket now only answers to the new one (the door compares reissue).
    const key = tenantTicketKey(venue.tenant.id).publicKeyPem
    expect(verifyTicketCode(old.code, key, { tenantId: venue.tenant.id })).toMatchObject({ ok: true, ticket: { reissue: 0 } })
    expect(verifyTicketCode(fresh.code, key, { tenantId: venue.tenant.id })).toMatchObject({ ok: true, ticket: { reissue: 1 } })
    // Another tenant's staff cannot reach it.
    const other = await payload.create({ collection: 'tenants', data: { name: 'Autre', slug: 'autre-reissue' }, ...o })
    expect((await refusal(reissueTicket(payload, { tenantId: other.id, ticketId: before.id }))).code).toBe('not_found')
  })
})

describe('the will-call list', () => {
  it('lists, A to Z, the buyers who collect their tickets at the box office, and only them', async () => {
    const desk = await payload.create({ collection: 'delivery-methods', data: { tenant: venue.tenant.id, label: 'Retrait au guichet', price: 0, vatRate: '2000', tickets: 'will-call', requiresAddress: false }, ...o })
    const collect = async (seatId: string, name: string, email: string, withDesk: boolean) => {
      const holder = `cart-${email.replace(/\W/g, '')}`.padEnd(32, '0')
      await holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds: [seatId], holder })
      const { order } = await placeOrder(payload, { tenantId: venue.tenant.id, request: { items: [seatItem(seatId)], email, name, ...(withDesk ? { deliveryMethodId: String(desk.id) } : {}) }, channel: 'online', by: 'visitor', holder })
      await confirmPayment(payload, order.id, { method: 'cash', by: 'test' })
      return order
    }
    await collect(seatOf('D', 7), 'Zoé Martin', 'zoe@example.fr', true)
    await collect(seatOf('D', 8), 'Éric Abadie', 'eric@example.fr', true)
    await collect(seatOf('D', 9), 'Nina Online', 'nina@example.fr', false)
    const performance = await payload.findByID({ collection: 'performances', id: venue.performance.id, ...o })
    const text = pdfText(await willCallPdf(payload, performance, 'fr'))
    expect(text).toMatch(/ABADIE[\s\S]*MARTIN/)
    expect(text).toContain('Salle · Rang D · Place 8')
    expect(text).not.toMatch(/ONLINE|nina@example\.fr/i)
  })
})

describe('several organizers under one site', () => {
  it('puts each event’s ticket sales on its own organizer’s statement', async () => {
    const troupe = await payload.create({ collection: 'sellers', data: { tenant: venue.tenant.id, name: 'Compagnie du Misanthrope' }, ...o })
    const festival = await payload.create({ collection: 'sellers', data: { tenant: venue.tenant.id, name: 'Festival d’hiver' }, ...o })
    await payload.update({ collection: 'events', id: venue.event.id, data: { organizer: troupe.id }, ...o })
    const other = await payload.create({ collection: 'events', data: { tenant: venue.tenant.id, title: 'Nuit du conte', slug: 'nuit-du-conte', organizer: festival.id }, ...o })
    const night = await payload.create({ collection: 'performances', data: { tenant: venue.tenant.id, event: other.id, startsAt: '2026-12-19T19:30:00.000Z', zones: [{ zoneId: 'salle', label: 'Salle', capacity: 50 }], status: 'on_sale' }, ...o })
    // Ticket prices take their event's organizer as seller, unless they name one.
    const play = await payload.create({ collection: 'products', data: { tenant: venue.tenant.id, title: 'Tarif troupe', slug: 'tarif-troupe', kind: 'ticket', event: venue.event.id, price: 2500, vatRate: '550', variants: [{ label: 'Catégorie 2', price: 2500, category: 'cat2' }] }, ...o })
    const tale = await payload.create({ collection: 'products', data: { tenant: venue.tenant.id, title: 'Entrée conte', slug: 'entree-conte', kind: 'ticket', event: other.id, price: 900, vatRate: '550', variants: [{ label: 'Salle', price: 900, category: 'salle' }] }, ...o })
    expect([play.seller, tale.seller]).toEqual([troupe.id, festival.id])

    const holder = 'cart-organizers-000000000000000000'
    await holdSeats(payload, { tenantId: venue.tenant.id, performanceId: venue.performance.id, seatIds: [seatOf('E', 1)], holder })
    const { order } = await placeOrder(payload, {
      tenantId: venue.tenant.id,
      request: {
        items: [
          { productId: String(play.id), variantId: play.variants![0]!.id!, performanceId: String(venue.performance.id), seatId: seatOf('E', 1), quantity: 1 },
          { productId: String(tale.id), variantId: tale.variants![0]!.id!, performanceId: String(night.id), zoneId: 'salle', quantity: 2 },
        ],
        email: 'deux-spectacles@example.fr',
      },
      channel: 'box_office',
      by: 'test',
      holder,
    })
    await confirmPayment(payload, order.id, { method: 'cash', by: 'test' })
    const now = new Date()
    const statementOf = async (sellerId: number) => (await loadStatement(payload, venue.tenant.id, String(sellerId), now.getUTCFullYear(), now.getUTCMonth() + 1))!.result
    const troupeSales = (await statementOf(troupe.id)).entries.filter((entry) => entry.kind === 'sale')
    const festivalSales = (await statementOf(festival.id)).entries.filter((entry) => entry.kind === 'sale')
    expect(troupeSales.map((entry) => entry.amount.amount)).toEqual([2500])
    expect(festivalSales.map((entry) => entry.amount.amount)).toEqual([1800])
  })
})

describe('changing a plan already sold on', () => {
  it('keeps the sold layout as a version for the performances that sold, and changes the plan for the rest', async () => {
    await buy([seatOf('E', 9)], 'eliante@example.fr')
    const unsold = await payload.create({ collection: 'performances', data: { tenant: venue.tenant.id, event: venue.event.id, startsAt: '2026-12-20T19:30:00.000Z', seatingPlan: venue.plan.id, status: 'on_sale' }, ...o })
    const before = await payload.findByID({ collection: 'seating-plans', id: venue.plan.id, ...o })
    const edited = structuredClone(before.plan) as { sections: { id: string; label: string }[] }
    edited.sections[0]!.label = 'Parterre'
    await payload.update({ collection: 'seating-plans', id: venue.plan.id, data: { plan: edited as never }, ...o })

    const sold = await payload.findByID({ collection: 'performances', id: venue.performance.id, ...o })
    expect(sold.seatingPlan).not.toBe(venue.plan.id)
    const kept = await payload.findByID({ collection: 'seating-plans', id: sold.seatingPlan as number, ...o })
    expect(kept).toMatchObject({ name: 'Petite salle (version 1)', plan: before.plan, seatCount: 50 })
    expect((await payload.findByID({ collection: 'performances', id: unsold.id, ...o })).seatingPlan).toBe(venue.plan.id)
    expect(((await payload.findByID({ collection: 'seating-plans', id: venue.plan.id, ...o })).plan as typeof edited).sections[0]!.label).toBe('Parterre')
    // Saving again without a layout change makes no new version.
    await payload.update({ collection: 'seating-plans', id: venue.plan.id, data: { name: 'Petite salle' }, ...o })
    expect((await payload.count({ collection: 'seating-plans', where: { tenant: { equals: venue.tenant.id } }, overrideAccess: true })).totalDocs).toBe(2)
  })
})

describe('cancelling a performance', () => {
  it('refunds every buyer once by a job, mails them, ends their tickets and shows its progress', async () => {
    const show = await makeVenue(payload, world, 'annulation')
    const buyOn = async (seatIds: string[], email: string) => {
      const holder = `cart-${email.replace(/\W/g, '')}`.padEnd(32, '0')
      await holdSeats(payload, { tenantId: show.tenant.id, performanceId: show.performance.id, seatIds, holder })
      const items = seatIds.map((seatId) => ({ productId: String(show.full.id), variantId: show.variant(show.full, /-[AB]-/.test(seatId) ? 'cat1' : 'cat2'), performanceId: String(show.performance.id), seatId, quantity: 1 }))
      const { order, redirectTo } = await startOnlineCheckout(payload, { tenantId: show.tenant.id, request: { items, email }, siteOrigin: 'http://theatre.test', holder })
      await payOnHostedPage(redirectTo, email)
      await until(() => orderNow(payload, order.id), isSettled, 'the payment')
      await until(() => ticketsOfOrder(payload, order.id), (found) => found.length === seatIds.length, 'the tickets')
      await world.sink.waitFor((mail) => mail.subject.includes(order.reference) && mail.subject.startsWith('Confirmation'))
      return order
    }
    const first = await buyOn([seatOf('A', 1), seatOf('A', 2)], 'un@example.fr')
    const second = await buyOn([seatOf('C', 5)], 'deux@example.fr')
    await cancelPerformance(payload, { tenantId: show.tenant.id, performanceId: show.performance.id, refundTo: 'card', by: 'user:1' })
    expect((await payload.findByID({ collection: 'performances', id: show.performance.id, ...o })).status).toBe('cancelled')
    await payload.jobs.run({ queue: 'default' })

    const done = await payload.findByID({ collection: 'performances', id: show.performance.id, ...o })
    expect(done.cancellation).toMatchObject({ refundTo: 'card', orders: 2, refunded: 2, failed: 0, finishedAt: expect.any(String) })
    for (const order of [first, second]) {
      const refunded = await orderNow(payload, order.id)
      expect(refunded).toMatchObject({ state: 'refunded', refunded: refunded.total })
      expect((await ticketsOfOrder(payload, order.id)).every((ticket) => ticket.state === 'cancelled')).toBe(true)
    }
    for (const order of [first, second]) {
      const mail = await world.sink.waitFor((m) => m.subject.startsWith('Remboursement') && m.subject.includes(order.reference))
      expect(mail.to).toEqual([order.email])
    }

    // Running it again refunds nobody twice.
    await refundCancelledPerformance(payload, { performanceId: show.performance.id, refundTo: 'card', by: 'user:1' })
    expect((await orderNow(payload, first.id)).refunds).toHaveLength(1)
    expect((await orderNow(payload, second.id)).refunds).toHaveLength(1)
    // Its seats cannot be held any more.
    expect((await refusal(holdSeats(payload, { tenantId: show.tenant.id, performanceId: show.performance.id, seatIds: [seatOf('D', 1)], holder: 'late-comer-000000000000000000000' }))).code).toBe('not_found')
  })
})
