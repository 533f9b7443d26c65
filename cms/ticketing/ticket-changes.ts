// What happens to tickets after the sale: a buyer returns some (where the event allows it), an
// organizer reissues a lost one, a cancelled performance ends them all. Tickets change state by
// conditional writes (ticket-rows.ts); money goes back through the commerce core's refunds.
import type { Payload } from 'payload'

import { quoteReturn } from '../../src/domain/ticketing/returns'
import type { Order, Ticket } from '../payload-types'
import { relationId } from '../relation-id'
import { CommerceError } from '../commerce/errors'
import { refundOrder } from '../commerce/orders/refund-order'
import { signTicket } from './ticket-keys'
import { bumpReissue, endTickets, restoreTickets } from './ticket-rows'
import { freePlaces } from './ticket-sales'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/**
 * A buyer returns tickets of one order under the event's policy: the tickets end first (so none
 * is both refunded and admitted), then the money goes back less the fee kept; if the refund
 * cannot be made, the tickets are valid again and nothing changed.
 */
export async function returnTickets(
  payload: Payload,
  { order, ticketIds, to, by, now = new Date() }: { order: Order; ticketIds: readonly Id[]; to: 'card' | 'store_credit'; by: string; now?: Date },
): Promise<{ refunded: number; giftCardCode?: string }> {
  const { docs: tickets } = await payload.find({ collection: 'tickets', where: { and: [{ order: { equals: order.id } }, { id: { in: [...ticketIds] } }] }, pagination: false, ...o })
  if (tickets.length !== new Set(ticketIds.map(String)).size) throw CommerceError.of('invalid', 'tickets', 'A chosen ticket is not part of this order.', 'Un billet choisi ne fait pas partie de cette commande.')
  const performanceIds = new Set(tickets.map((ticket) => relationId(ticket.performance)))
  if (performanceIds.size !== 1) throw CommerceError.of('invalid', 'tickets', 'Return the tickets of one performance at a time.', 'Rendez les billets d’une seule représentation à la fois.')
  const performance = await payload.findByID({ collection: 'performances', id: [...performanceIds][0]!, ...o })
  if (performance.status === 'cancelled') throw CommerceError.of('invalid', 'tickets', 'This performance is cancelled: its tickets are being refunded in full.', 'Cette représentation est annulée : ses billets sont remboursés en totalité.')
  const event = await payload.findByID({ collection: 'events', id: relationId(performance.event)!, ...o })
  const quote = quoteReturn(
    { allowed: Boolean(event.returns?.allowed), untilHoursBefore: event.returns?.untilHoursBefore ?? 48, feePerTicket: event.returns?.feePerTicket ?? 0 },
    tickets.map((ticket) => ({ id: ticket.id, amount: ticket.amount, state: ticket.state, admitted: Boolean(ticket.admittedAt) })),
    new Date(performance.startsAt),
    now,
  )
  if (!quote.ok) throw CommerceError.of('invalid', 'tickets', quote.message, quote.fr)
  const ended = await endTickets(payload, tickets.map((ticket) => ticket.id), 'refunded')
  if (ended.length !== tickets.length) {
    await restoreTickets(payload, ended, 'refunded')
    throw CommerceError.of('conflict', 'tickets', 'A ticket was just used or returned; reload the page.', 'Un billet vient d’être utilisé ou rendu ; rechargez la page.')
  }
  let giftCardCode: string | undefined
  if (quote.refund.amount > 0) {
    try {
      const note = `${tickets.length} ticket(s) returned${quote.feeKept.amount > 0 ? `, ${quote.feeKept.amount} kept` : ''}`
      ;({ giftCardCode } = await refundOrder(payload, order.id, { amount: quote.refund.amount, to, note }, by))
    } catch (error) {
      await restoreTickets(payload, ended, 'refunded')
      throw error
    }
  }
  await freePlaces(payload, tickets)
  return { refunded: quote.refund.amount, ...(giftCardCode ? { giftCardCode } : {}) }
}

/** An organizer reissues a lost ticket: a new code and number; the old ones are refused from now on. */
export async function reissueTicket(payload: Payload, { tenantId, ticketId }: { tenantId: Id; ticketId: Id }): Promise<Ticket> {
  const { docs } = await payload.find({ collection: 'tickets', where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: ticketId } }] }, limit: 1, ...o })
  const ticket = docs[0]
  if (!ticket) throw CommerceError.of('not_found', 'ticket', 'No such ticket on this site.', 'Ce billet n’existe pas sur ce site.')
  if (ticket.state !== 'valid') throw CommerceError.of('invalid', 'ticket', `This ticket is ${ticket.state}: it cannot be reissued.`, 'Ce billet n’est plus valable : il ne peut pas être réédité.')
  if (ticket.admittedAt) throw CommerceError.of('invalid', 'ticket', 'This ticket was already used at the door.', 'Ce billet a déjà été utilisé à l’entrée.')
  const { number } = signTicket({ tenantId: Number(tenantId), performanceId: Number(relationId(ticket.performance)), ticketId: Number(ticket.id), reissue: ticket.reissue + 1 })
  if (!(await bumpReissue(payload, ticket.id, { from: ticket.reissue, number }))) {
    throw CommerceError.of('conflict', 'ticket', 'This ticket was just reissued or used; reload it.', 'Ce billet vient d’être réédité ou utilisé ; rechargez-le.')
  }
  return payload.findByID({ collection: 'tickets', id: ticket.id, ...o })
}
