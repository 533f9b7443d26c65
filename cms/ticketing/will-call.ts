// The will-call list of a performance: every paid order with tickets to collect at the box office,
// alphabetical by the buyer's name, printed for the people at the desk.
import type { Payload } from 'payload'

import { willCallList } from '../../src/domain/ticketing/will-call'
import type { TicketLocale } from '../../src/domain/ticketing/ticket-view'
import type { Performance } from '../payload-types'
import { relationId } from '../relation-id'
import { loadShop } from '../commerce/shop'
import { renderWillCallListPdf } from './documents/will-call-pdf'
import { ticketBrand, ticketViews, VENUE_TIME_ZONE } from './ticket-views'

const o = { overrideAccess: true, depth: 0 } as const

export async function willCallPdf(payload: Payload, performance: Performance, locale: TicketLocale): Promise<Buffer> {
  const { docs: tickets } = await payload.find({
    collection: 'tickets',
    where: { and: [{ performance: { equals: performance.id } }, { delivery: { equals: 'will-call' } }, { state: { equals: 'valid' } }] },
    pagination: false,
    ...o,
  })
  const byOrder = new Map<string, typeof tickets>()
  for (const ticket of tickets) byOrder.set(String(relationId(ticket.order)), [...(byOrder.get(String(relationId(ticket.order))) ?? []), ticket])
  const entries = []
  for (const [orderId, orderTickets] of byOrder) {
    const order = await payload.findByID({ collection: 'orders', id: orderId, ...o })
    const views = await ticketViews(payload, order, orderTickets)
    entries.push({ name: order.name ?? order.email, email: order.email, orderReference: order.reference, tickets: views.map(({ view }) => view) })
  }
  const event = await payload.findByID({ collection: 'events', id: relationId(performance.event)!, ...o })
  const shop = await loadShop(payload, relationId(performance.tenant)!)
  return renderWillCallListPdf(willCallList(entries, locale), await ticketBrand(payload, shop), { locale, title: event.title, startsAt: new Date(performance.startsAt), timeZone: VENUE_TIME_ZONE })
}
