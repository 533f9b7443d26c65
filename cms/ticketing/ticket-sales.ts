// Tickets in the one order flow of the commerce core. A cart holds its seats (seat-holds.ts); when
// the order is placed those holds pass to the order, general-admission places are taken from their
// zone's counter; paying sells the seats and issues the tickets; an order that ends unpaid gives
// everything back. Each step is a conditional write, so two orders can never get the same place.
import type { Payload } from 'payload'

import type { CartProblem, ResolvedLine } from '../../src/domain/commerce/cart-request'
import { placeLabel, seatPlace } from '../../src/domain/ticketing/places'
import type { Order, Performance, Ticket } from '../payload-types'
import { relationId, relationValue } from '../relation-id'
import { addToCounter, passSeatHolds, sellHeldSeats, takeFromCounter } from '../commerce/atomic'
import type { AvailabilityProvider, ReservationContext } from '../commerce/availability'
import { CommerceError } from '../commerce/errors'
import { countersOf } from './admission'
import { issueTickets } from './issue-tickets'
import { endTickets } from './ticket-rows'
import { loadSeating, ORDER_HOLDER_PREFIX, type Seating } from './seat-holds'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** What an order's seats say about their expiry; only the order's release gives them back (seat-holds.ts). */
const ORDER_HOLD_GRACE_MS = 60 * 60 * 1000
/** When a later checkout step fails, the cart keeps its seats a few more minutes to try again. */
const GIVE_BACK_MS = 5 * 60 * 1000

export const orderHolder = (reference: string) => `${ORDER_HOLDER_PREFIX}${reference}`

const ticketLines = (lines: readonly ResolvedLine[]) =>
  lines.flatMap((line, index) => (line.ticket ? [{ line, ticket: line.ticket, index }] : []))

/**
 * Checks ticket lines against the database and names where each goes: the performance is this
 * tenant's, on sale and of the price's event; the seat is on its plan and in the price's category;
 * the zone exists and sells that category. Problems are by item, like the cart's.
 */
export async function describeTicketLines(
  payload: Payload,
  tenantId: Id,
  lines: readonly ResolvedLine[],
  { deliveryMethodId, now = new Date() }: { deliveryMethodId?: Id; now?: Date } = {},
): Promise<{ problems: CartProblem[]; places: (string | undefined)[] }> {
  const problems: CartProblem[] = []
  const places: (string | undefined)[] = lines.map(() => undefined)
  const performances = new Map<string, { performance: Performance; seating?: Seating } | null>()
  for (const { ticket, index } of ticketLines(lines)) {
    const at = `items.${index}`
    if (!performances.has(ticket.performanceId)) performances.set(ticket.performanceId, await performanceOnSale(payload, tenantId, ticket.performanceId))
    const found = performances.get(ticket.performanceId)
    if (!found || String(relationId(found.performance.event)) !== ticket.eventId) {
      problems.push({ field: `${at}.performanceId`, message: 'This performance is not on sale here.', fr: 'Cette représentation n’est pas en vente ici.' })
      continue
    }
    if (ticket.seatId) {
      const seat = found.seating?.seatById.get(ticket.seatId)
      if (!seat) {
        problems.push({ field: `${at}.seatId`, message: 'There is no such seat at this performance.', fr: 'Cette place n’existe pas pour cette représentation.' })
      } else if (seat.category !== ticket.category) {
        problems.push({ field: `${at}.variantId`, message: 'This price is not for this seat’s category.', fr: 'Ce tarif ne s’applique pas à la catégorie de cette place.' })
      } else {
        places[index] = placeLabel(seatPlace(found.seating!.plan, seat))
      }
      continue
    }
    const counter = (await countersOf(payload, found.performance.id)).find((c) => c.zoneId === ticket.zoneId)
    if (!counter) problems.push({ field: `${at}.zoneId`, message: 'There is no such zone at this performance.', fr: 'Cette zone n’existe pas pour cette représentation.' })
    else if (counter.category !== ticket.category) problems.push({ field: `${at}.variantId`, message: 'This price is not for this zone.', fr: 'Ce tarif ne s’applique pas à cette zone.' })
    else places[index] = placeLabel({ kind: 'zone', zone: counter.label })
  }
  const postal = deliveryMethodId !== undefined && ticketLines(lines).length > 0 ? await postalDelivery(payload, tenantId, deliveryMethodId) : null
  if (postal) {
    const soonest = Math.min(...[...performances.values()].flatMap((found) => (found ? [new Date(found.performance.startsAt).getTime()] : [])))
    if (soonest - now.getTime() < postal.closesDaysBefore * 24 * 3600_000) {
      problems.push({
        field: 'deliveryMethodId',
        message: `“${postal.label}” closes ${postal.closesDaysBefore} days before the performance: choose another delivery.`,
        fr: `« ${postal.label} » n’est plus possible à moins de ${postal.closesDaysBefore} jours de la représentation : choisissez un autre mode.`,
      })
    }
  }
  return { problems, places }
}

/** A delivery by post of this tenant that closes some days before a performance, if that is what was chosen. */
async function postalDelivery(payload: Payload, tenantId: Id, id: Id): Promise<{ label: string; closesDaysBefore: number } | null> {
  const { docs } = await payload.find({ collection: 'delivery-methods', where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: relationValue(id) } }] }, limit: 1, ...o })
  const method = docs[0]
  return method?.tickets === 'mail' && (method.closesDaysBefore ?? 0) > 0 ? { label: method.label, closesDaysBefore: method.closesDaysBefore! } : null
}

async function performanceOnSale(payload: Payload, tenantId: Id, performanceId: string): Promise<{ performance: Performance; seating?: Seating } | null> {
  const { docs } = await payload.find({
    collection: 'performances',
    where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: relationValue(performanceId) } }, { status: { equals: 'on_sale' } }] },
    limit: 1,
    ...o,
  })
  const performance = docs[0]
  if (!performance) return null
  return relationId(performance.seatingPlan) === undefined ? { performance } : { performance, seating: await loadSeating(payload, tenantId, performance.id) }
}

/** The fields a ticket line adds to its order line. */
export function ticketLineFields(line: ResolvedLine, place: string | undefined) {
  if (!line.ticket) return {}
  return {
    performance: relationValue(line.ticket.performanceId),
    ...(line.ticket.seatId ? { seatId: line.ticket.seatId } : {}),
    ...(line.ticket.zoneId ? { zoneId: line.ticket.zoneId } : {}),
    ...(place ? { place } : {}),
  }
}

/** The cart's held seats become the order's, all or none; a seat whose hold lapsed is refused by its item. */
async function passSeats(payload: Payload, lines: readonly ResolvedLine[], context: ReservationContext): Promise<() => Promise<void>> {
  const seatLines = ticketLines(lines).filter(({ ticket }) => ticket.seatId)
  if (seatLines.length === 0) return async () => undefined
  const to = orderHolder(context.reference)
  const until = new Date(context.until.getTime() + ORDER_HOLD_GRACE_MS)
  const byPerformance = new Map<string, typeof seatLines>()
  for (const entry of seatLines) byPerformance.set(entry.ticket.performanceId, [...(byPerformance.get(entry.ticket.performanceId) ?? []), entry])
  const passed: { performanceId: string; seatIds: string[] }[] = []
  const giveBack = async () => {
    // Back to the cart for the rest of its hold time (a few minutes), so a failed payment step doesn't lose the seats.
    const backUntil = new Date(context.now.getTime() + GIVE_BACK_MS)
    for (const { performanceId, seatIds } of passed) {
      await passSeatHolds(payload, { performanceId, seatIds, from: to, to: context.holder ?? to, until: backUntil, now: context.now })
    }
  }
  for (const [performanceId, entries] of byPerformance) {
    const seatIds = entries.map(({ ticket }) => ticket.seatId!)
    const moved = context.holder
      ? await passSeatHolds(payload, { performanceId: relationValue(performanceId), seatIds, from: context.holder, to, until, now: context.now })
      : []
    passed.push({ performanceId, seatIds: moved })
    const missing = entries.find(({ ticket }) => !moved.includes(ticket.seatId!))
    if (missing) {
      await giveBack()
      throw CommerceError.of(
        'unavailable',
        `items.${missing.index}.seatId`,
        `Your hold on “${missing.line.label}” has run out: choose your seats again.`,
        `Le délai de réservation de « ${missing.line.label} » est écoulé : choisissez à nouveau vos places.`,
      )
    }
  }
  return giveBack
}

/** The counter of a general-admission zone of a performance. */
async function zoneCounter(payload: Payload, performanceId: Id, zoneId: string) {
  return (await countersOf(payload, performanceId)).find((counter) => counter.zoneId === zoneId)
}

const giveToZone = (payload: Payload, counterId: Id, quantity: number) => addToCounter(payload, { collection: 'admission-counters', id: counterId, field: 'remaining' }, quantity)

/** General-admission places taken from their zones, all or none. */
async function takePlaces(payload: Payload, lines: readonly ResolvedLine[]): Promise<() => Promise<void>> {
  const taken: { counterId: Id; quantity: number }[] = []
  const giveBack = async () => {
    for (const { counterId, quantity } of taken) await giveToZone(payload, counterId, quantity)
  }
  for (const { line, ticket, index } of ticketLines(lines)) {
    if (!ticket.zoneId) continue
    const counter = await zoneCounter(payload, ticket.performanceId, ticket.zoneId)
    if (counter && (await takeFromCounter(payload, { collection: 'admission-counters', id: counter.id, field: 'remaining' }, line.quantity))) {
      taken.push({ counterId: counter.id, quantity: line.quantity })
      continue
    }
    await giveBack()
    const left = counter ? (await payload.findByID({ collection: 'admission-counters', id: counter.id, ...o })).remaining : 0
    throw CommerceError.of(
      'unavailable',
      `items.${index}.quantity`,
      left === 0 ? `“${counter?.label ?? ticket.zoneId}” is sold out.` : `Only ${left} places left in “${counter!.label}”.`,
      left === 0 ? `« ${counter?.label ?? ticket.zoneId} » est complet.` : `Il ne reste que ${left} places en « ${counter!.label} ».`,
    )
  }
  return giveBack
}

/** The general-admission places of an ended order, given back to their zones. */
async function givePlacesBack(payload: Payload, order: Order): Promise<void> {
  for (const line of order.lines ?? []) {
    const performanceId = relationId(line.performance)
    if (performanceId === undefined || !line.zoneId) continue
    const counter = await zoneCounter(payload, performanceId, line.zoneId)
    if (counter) await giveToZone(payload, counter.id, line.quantity)
  }
}

/** The places of ended tickets go back on sale: their seats freed, their zone counters given back. */
export async function freePlaces(payload: Payload, tickets: readonly Ticket[]): Promise<void> {
  for (const ticket of tickets) {
    const performanceId = relationId(ticket.performance)!
    if (ticket.seatId) {
      await payload.delete({ collection: 'seat-reservations', where: { and: [{ performance: { equals: performanceId } }, { seatId: { equals: ticket.seatId } }, { order: { equals: relationId(ticket.order) } }] }, ...o })
    } else if (ticket.zoneId) {
      const counter = await zoneCounter(payload, performanceId, ticket.zoneId)
      if (counter) await giveToZone(payload, counter.id, 1)
    }
  }
}

export const ticketSales: AvailabilityProvider = {
  name: 'tickets',
  async reserve(payload, lines, context) {
    const giveSeatsBack = await passSeats(payload, lines, context)
    try {
      const givePlaces = await takePlaces(payload, lines)
      return async () => {
        await givePlaces()
        await giveSeatsBack()
      }
    } catch (error) {
      await giveSeatsBack()
      throw error
    }
  },
  async release(payload, order) {
    await payload.delete({ collection: 'seat-reservations', where: { and: [{ holder: { equals: orderHolder(order.reference) } }, { state: { equals: 'held' } }] }, ...o })
    await givePlacesBack(payload, order)
  },
  async confirm(payload, order) {
    const sold = await sellHeldSeats(payload, { holder: orderHolder(order.reference), orderId: order.id })
    const seats = (order.lines ?? []).filter((line) => line.seatId).length
    // Cannot happen while order holds end only by release; said loudly if it ever does.
    if (sold < seats) payload.logger.error({ msg: `Order ${order.reference} was paid with ${seats} seats but only ${sold} were still held for it` })
    await issueTickets(payload, order)
  },
  // Refunded in full from the order's page: its tickets no longer open the door, their places go back on sale.
  async refunded(payload, order) {
    const { docs } = await payload.find({ collection: 'tickets', where: { and: [{ order: { equals: order.id } }, { state: { equals: 'valid' } }] }, pagination: false, ...o })
    const ended = new Set((await endTickets(payload, docs.map((ticket) => ticket.id), 'refunded')).map(String))
    await freePlaces(payload, docs.filter((ticket) => ended.has(String(ticket.id))))
  },
}
