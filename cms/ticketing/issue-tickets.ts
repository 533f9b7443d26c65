// The tickets of a paid order: one per seat, one per general-admission place. Issuing twice
// issues nothing more: each ticket is unique by (order, line, unit).
import type { Payload } from 'payload'

import { allocate, money, type Currency } from '../../src/domain/commerce/money'
import type { Order, Ticket } from '../payload-types'
import { relationId } from '../relation-id'
import { signTicket } from './ticket-keys'
import { setIssuedNumber } from './ticket-rows'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

export async function issueTickets(payload: Payload, order: Order): Promise<Ticket[]> {
  const tenantId = relationId(order.tenant)!
  const currency = (order.currency ?? 'EUR') as Currency
  const issued: Ticket[] = []
  const eventOf = new Map<Id, Id>()
  const methodId = relationId(order.deliveryMethod)
  const method = methodId !== undefined ? await payload.findByID({ collection: 'delivery-methods', id: methodId, ...o, disableErrors: true }) : null
  const delivery = method?.tickets ?? 'e-ticket'
  for (const [lineIndex, line] of (order.lines ?? []).entries()) {
    const performanceId = relationId(line.performance)
    if (performanceId === undefined) continue
    if (!eventOf.has(performanceId)) {
      const performance = await payload.findByID({ collection: 'performances', id: performanceId, ...o })
      eventOf.set(performanceId, relationId(performance.event)!)
    }
    // What each place cost, to the cent: a discount on the line is spread over its places.
    const amounts = allocate(money(line.amount, currency), Array(line.quantity).fill(1))
    for (const [unit, amount] of amounts.entries()) {
      const ticket = await createOnce(payload, order, delivery, {
        lineIndex,
        unit,
        performance: performanceId as number,
        event: eventOf.get(performanceId) as number,
        ...(relationId(line.product) !== undefined ? { product: relationId(line.product) } : {}),
        ...(line.seatId ? { seatId: line.seatId } : {}),
        ...(line.zoneId ? { zoneId: line.zoneId } : {}),
        place: line.place ?? line.label,
        priceLabel: line.label,
        amount: amount.amount,
        ...(order.name ? { holderName: order.name } : {}),
      })
      if (!ticket) continue
      const { number } = signTicket({ tenantId: Number(tenantId), performanceId: Number(performanceId), ticketId: Number(ticket.id), reissue: 0 })
      await setIssuedNumber(payload, ticket.id, number)
      issued.push({ ...ticket, number })
    }
  }
  return issued
}

/** Creates the ticket unless this (order, line, unit) already has one; the unique index decides. */
async function createOnce(payload: Payload, order: Order, delivery: Ticket['delivery'], data: Omit<Ticket, 'id' | 'order' | 'number' | 'reissue' | 'state' | 'delivery' | 'createdAt' | 'updatedAt'>): Promise<Ticket | null> {
  try {
    return await payload.create({
      collection: 'tickets',
      // The number comes from the signature, which needs the ticket's id: a unique placeholder until then.
      data: { ...data, tenant: relationId(order.tenant), order: order.id, number: `pending:${order.id}:${data.lineIndex}:${data.unit}`, reissue: 0, state: 'valid', delivery },
      ...o,
    })
  } catch (error) {
    const existing = await payload.find({ collection: 'tickets', where: { and: [{ order: { equals: order.id } }, { lineIndex: { equals: data.lineIndex } }, { unit: { equals: data.unit } }] }, limit: 1, ...o })
    // Issued already; one left with its placeholder (a crash between create and sign) is signed now.
    if (existing.docs[0]) return existing.docs[0].number.startsWith('pending:') ? existing.docs[0] : null
    throw error
  }
}

/** A paid order's tickets, in order; one still being signed is left out until it has its number. */
export async function ticketsOfOrder(payload: Payload, orderId: Id): Promise<Ticket[]> {
  const { docs } = await payload.find({ collection: 'tickets', where: { and: [{ order: { equals: orderId } }, { number: { not_like: 'pending:' } }] }, sort: ['lineIndex', 'unit'], pagination: false, ...o })
  return docs
}
