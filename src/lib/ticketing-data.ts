// The ticket office's door from a tenant's site: events, performances, ticket prices and the seat
// map's state. Like shop-data.ts, every read adds the site's tenant; nothing takes it from the request.
import type { Where } from 'payload'

import { countersOf } from '../../cms/ticketing/admission'
import { loadSeating, seatsHeldBy, takenSeats, type Seating } from '../../cms/ticketing/seat-holds'
import type { AdmissionCounter, Event, Performance, Product } from '../../cms/payload-types'
import { money } from '../domain/commerce/money'
import type { CategoryPrice } from '../domain/ticketing/seat-map'
import { payloadClient } from './payload'
import type { Site } from './site'

export interface EventWithDates {
  event: Event
  performances: Performance[]
}

/** A price the buyer can pick for a seat or zone category: the ticket product and its variant. */
export interface TicketPrice {
  productId: string
  variantId: string
  label: string
  category: string
  amount: number
}

export interface PerformanceState {
  seating?: Seating
  /** Seats held by anyone or sold. */
  taken: Set<string>
  /** Seats this cart holds, with when each hold ends. */
  mine: Map<string, Date>
  zones: AdmissionCounter[]
}

export function ticketingData(site: Pick<Site, 'tenant'>) {
  const tenant = site.tenant.id
  const scoped = (where: Where = {}): Where => ({ and: [{ tenant: { equals: tenant } }, where] })
  const base = { overrideAccess: true, depth: 0 } as const

  async function performancesOf(eventIds: (number | string)[], from: Date): Promise<Performance[]> {
    if (eventIds.length === 0) return []
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'performances',
      where: scoped({ and: [{ event: { in: eventIds } }, { startsAt: { greater_than: from.toISOString() } }] }),
      sort: 'startsAt',
      pagination: false,
      ...base,
    })
    return docs
  }

    /** The ticket prices of an event (or of several), by seat or zone category. */
  async function prices(eventIds: number | string | readonly (number | string)[]): Promise<TicketPrice[]> {
    const events = Array.isArray(eventIds) ? eventIds : [eventIds]
    if (events.length === 0) return []
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'products',
      where: scoped({ and: [{ kind: { equals: 'ticket' } }, { event: { in: events } }, { active: { not_equals: false } }] }),
      sort: ['position', 'id'],
      pagination: false,
      ...base,
    })
    return docs.flatMap((product: Product) =>
      (product.variants ?? []).flatMap((variant) =>
        variant.category && variant.id
          ? [{ productId: String(product.id), variantId: variant.id, label: product.title, category: variant.category, amount: variant.price ?? product.price }]
          : [],
      ),
    )
  }

  return {
    /** Public events with performances still to come, soonest first; private ones are reachable by link only. */
    async upcoming(now = new Date()): Promise<EventWithDates[]> {
      const payload = await payloadClient()
      const { docs: events } = await payload.find({ collection: 'events', where: scoped({ private: { not_equals: true } }), limit: 200, ...base, depth: 1 })
      const performances = await performancesOf(events.map((event) => event.id), now)
      return events
        .map((event) => ({ event, performances: performances.filter((p) => p.event === event.id) }))
        .filter((entry) => entry.performances.length > 0)
        .sort((a, b) => a.performances[0]!.startsAt.localeCompare(b.performances[0]!.startsAt))
    },

    async event(slug: string, now = new Date()): Promise<EventWithDates | null> {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'events', where: scoped({ slug: { equals: slug } }), limit: 1, ...base, depth: 1 })
      const event = docs[0]
      return event ? { event, performances: await performancesOf([event.id], now) } : null
    },

    prices,

    /** Every price of the events whose tickets these products are: what a cart's seats may switch between. */
    async pricesOfEventsOf(productIds: readonly string[]): Promise<TicketPrice[]> {
      if (productIds.length === 0) return []
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'products', where: scoped({ and: [{ kind: { equals: 'ticket' } }, { id: { in: [...productIds] } }] }), pagination: false, select: { event: true }, ...base })
      return prices([...new Set(docs.flatMap((product) => (product.event ? [product.event as number] : [])))])
    },

    /** What the seat map and the zone forms show for this cart. */
    async state(performance: Performance, holder: string | undefined, now = new Date()): Promise<PerformanceState> {
      const payload = await payloadClient()
      const seating = performance.seatingPlan ? await loadSeating(payload, tenant, performance.id) : undefined
      const [taken, mine, zones] = await Promise.all([
        seating ? takenSeats(payload, performance.id, now) : Promise.resolve(new Set<string>()),
        holder && seating ? seatsHeldBy(payload, { holder, performanceId: performance.id, now }) : Promise.resolve(new Map<string, Date>()),
        countersOf(payload, performance.id),
      ])
      return { ...(seating ? { seating } : {}), taken, mine, zones }
    },
  }
}

/** Category id → its prices, as the seat map shows them. */
export function pricesByCategory(prices: readonly TicketPrice[]): Map<string, CategoryPrice[]> {
  const byCategory = new Map<string, CategoryPrice[]>()
  for (const price of prices) byCategory.set(price.category, [...(byCategory.get(price.category) ?? []), { label: price.label, amount: money(price.amount) }])
  return byCategory
}
