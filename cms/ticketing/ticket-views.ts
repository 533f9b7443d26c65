// What a paid order's tickets show, read from the database and signed again: the plain TicketView
// that the phone view, the PDF and the will-call list are drawn from.
import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'

import { money, type Currency } from '../../src/domain/commerce/money'
import { seatPlace } from '../../src/domain/ticketing/places'
import type { TicketBrand, TicketView } from '../../src/domain/ticketing/ticket-view'
import type { Order, Ticket } from '../payload-types'
import { relationId } from '../relation-id'
import type { Shop } from '../commerce/shop'
import { countersOf } from './admission'
import { ticketsOfOrder } from './issue-tickets'
import { laidOutPlan } from './seat-holds'
import { signTicket } from './ticket-keys'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** Venues of the demo and of our first customers are all in mainland France. */
export const VENUE_TIME_ZONE = 'Europe/Paris'

/** Tickets still valid for entry; refunded, cancelled ones are not shown to the buyer as usable. */
export async function ticketViews(payload: Payload, order: Order, tickets?: Ticket[]): Promise<{ ticket: Ticket; view: TicketView }[]> {
  const list = (tickets ?? (await ticketsOfOrder(payload, order.id))).filter((ticket) => ticket.state === 'valid')
  const tenantId = Number(relationId(order.tenant))
  const currency = (order.currency ?? 'EUR') as Currency
  const performances = new Map<Id, Awaited<ReturnType<typeof readPerformance>>>()
  const views: { ticket: Ticket; view: TicketView }[] = []
  for (const ticket of list) {
    const performanceId = relationId(ticket.performance)!
    if (!performances.has(performanceId)) performances.set(performanceId, await readPerformance(payload, performanceId))
    const { performance, event, seatById, plan, zoneLabels } = performances.get(performanceId)!
    const seat = ticket.seatId ? seatById?.get(ticket.seatId) : undefined
    const { code } = signTicket({ tenantId, performanceId: Number(performanceId), ticketId: Number(ticket.id), reissue: ticket.reissue })
    views.push({
      ticket,
      view: {
        code,
        number: ticket.number,
        eventTitle: event.title,
        startsAt: new Date(performance.startsAt),
        timeZone: VENUE_TIME_ZONE,
        ...(event.venue ? { venue: event.venue } : {}),
        place: seat && plan ? seatPlace(plan, seat) : { kind: 'zone', zone: zoneLabels.get(ticket.zoneId ?? '') ?? ticket.place },
        priceLabel: ticket.priceLabel,
        price: money(ticket.amount, currency),
        ...(ticket.holderName ? { holderName: ticket.holderName } : {}),
        orderReference: order.reference,
        // A ticket sent by post is printed from the same view as an e-ticket.
        delivery: ticket.delivery === 'will-call' ? 'will-call' : 'e-ticket',
      },
    })
  }
  return views
}

async function readPerformance(payload: Payload, performanceId: Id) {
  const performance = await payload.findByID({ collection: 'performances', id: performanceId, ...o })
  const event = await payload.findByID({ collection: 'events', id: relationId(performance.event)!, ...o })
  const planId = relationId(performance.seatingPlan)
  const laidOut = planId !== undefined ? await laidOutPlan(payload, planId) : undefined
  const zoneLabels = new Map((await countersOf(payload, performanceId)).map((counter) => [counter.zoneId, counter.label]))
  return { performance, event, seatById: laidOut?.seatById, plan: laidOut?.plan, zoneLabels }
}

/** The tenant's look on a ticket: its name, colours and logo (read from the media store when it has one). */
export async function ticketBrand(payload: Payload, shop: Shop, { withLogo = false } = {}): Promise<TicketBrand> {
  const colors = shop.site.colors ?? {}
  const brand: TicketBrand = { siteName: shop.tenant.name, primaryColor: /^#[0-9a-f]{6}$/i.test(colors.primary ?? '') ? colors.primary! : '#1f2937' }
  const logoId = relationId(shop.site.logo)
  if (!withLogo || logoId === undefined) return brand
  const { derivedImage } = await import('../../src/lib/derived-images')
  const logo = await payload.findByID({ collection: 'media', id: logoId, ...o })
  const width = Math.min(640, logo.width ?? 640)
  const image = await derivedImage(logo, { width, format: 'jpeg' }).catch(() => null)
  return image ? { ...brand, logo: image.buffer } : brand
}

// A link to an order's tickets that works from the confirmation mail, in a browser that did not
// place the order: the reference signed with the server's secret.
function linkKey(reference: string): string {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET must be set to sign ticket links.')
  return createHmac('sha256', secret).update(`tickets:${reference}`).digest('base64url').slice(0, 32)
}

export const ticketsPath = (reference: string) => `/commande/${reference}/billets?cle=${linkKey(reference)}`

export function isTicketsKey(reference: string, key: string | null | undefined): boolean {
  if (!key) return false
  const expected = Buffer.from(linkKey(reference))
  const given = Buffer.from(key)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
