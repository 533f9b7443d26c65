// Seats at the box office: what the site has on sale, and seats held for the till while the agent
// rings up the sale. The till holds them like a cart would (seat-holds.ts), under one holder per
// agent and site; the sale endpoint hands that holder to placeOrder, so the same rules sell them.
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { zodProblems } from '../../../src/domain/commerce/checkout-request'
import { priceAt } from '../../../src/domain/commerce/discounts'
import { money } from '../../../src/domain/commerce/money'
import { MAX_PARTY_SIZE } from '../../../src/domain/ticketing/best-available'
import { DEFAULT_HOLD_MINUTES } from '../../../src/domain/ticketing/holds'
import { placeLabel, seatPlace } from '../../../src/domain/ticketing/places'
import { toCatalogueProduct } from '../../commerce/catalogue'
import { tillHolder, tillRefusal } from '../../commerce/endpoints/box-office'
import { CommerceError } from '../../commerce/errors'
import { answer, jsonBody } from '../../commerce/endpoints/respond'
import type { Performance } from '../../payload-types'
import { relationId, relationValue } from '../../relation-id'
import { countersOf } from '../admission'
import { holdBestAvailable, holdSeats, laidOutPlan, loadSeating, releaseSeats, seatsHeldBy, takenSeats, type Seating } from '../seat-holds'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const
const noStore = { headers: { 'cache-control': 'private, no-store' } }

const id = (message: string) => z.union([z.string().regex(/^\w{1,40}$/, message), z.number().int().positive(message)]).transform(String)
const tenant = id('Choose a site (tenant).')
const performance = id('Choose a performance by its id.')
const seatIds = z.array(z.string().min(1).max(64), { message: 'List the seats by their ids.' }).min(1, 'Choose at least one seat.').max(MAX_PARTY_SIZE, `At most ${MAX_PARTY_SIZE} seats at once.`)

const seatsQuerySchema = z.object({ tenant, performance })
const holdSchema = z
  .object({
    tenant,
    performance,
    mode: z.literal('best', { message: 'The only mode is “best”; to choose seats, send their ids in “seats”.' }).optional(),
    category: z.string().max(64).optional(),
    quantity: z.number({ message: 'How many seats? A number.' }).int('A whole number of seats.').min(1, 'At least 1 seat.').max(MAX_PARTY_SIZE, `At most ${MAX_PARTY_SIZE} seats at once.`).optional(),
    seats: seatIds.optional(),
  })
  .superRefine((body, ctx) => {
    if (body.mode === 'best' && body.quantity === undefined) ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'How many seats? A number.' })
    if (body.mode !== 'best' && body.seats === undefined) ctx.addIssue({ code: 'custom', path: ['seats'], message: 'Choose at least one seat, or ask for the best ones (mode “best”).' })
  })
const releaseSchema = z.object({ tenant, performance, seats: seatIds.optional() })

/** A seat as the till shows it: "Salle, rang A, place 5" as the ticket will print it, and its category. */
export interface TillSeat {
  seatId: string
  place: string
  category: string
}
export interface HeldSeat extends TillSeat {
  expiresAt: string
}

/** A price of the event for a seat or zone category, at today's price (price events included). */
export interface TillPrice {
  productId: string
  variantId: string
  label: string
  amount: number
}

export interface TillPerformance {
  id: Id
  startsAt: string
  eventId: Id
  eventTitle: string
  venue: string | null
  holdMinutes: number
  /** Numbered seats: the plan's categories with how many seats are free in each. */
  categories: { id: string; label: string; free: number }[]
  /** General admission: every zone with its places left (0 when sold out). */
  zones: { zoneId: string; label: string; category: string; remaining: number }[]
  /** The event's ticket prices, by seat or zone category. */
  prices: Record<string, TillPrice[]>
  /** Seats this till holds at this performance. */
  heldHere: number
}

function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new CommerceError('invalid', zodProblems(parsed.error))
  return parsed.data
}

const queryOf = (req: PayloadRequest) => Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams)

/**
 * An endpoint of the till: the query or body checked field by field, then refused unless the user
 * sells for the site it names and the site's box office is open, as for the sale itself.
 */
function tillEndpoint<T extends z.ZodType<{ tenant: string }>>(
  path: string,
  method: 'get' | 'post',
  schema: T,
  work: (req: PayloadRequest, data: z.output<T>, holder: string) => Promise<Response>,
): Endpoint {
  return {
    path,
    method,
    handler: (req) =>
      answer(req, async () => {
        const data = parse(schema, method === 'get' ? queryOf(req) : await jsonBody(req))
        const refused = await tillRefusal(req, data.tenant)
        if (refused) return refused
        return work(req, data, tillHolder(req.user!.id, data.tenant))
      }),
  }
}

const notHere = () => CommerceError.of('not_found', 'performance', 'This performance is not on sale on this site.')

/** The seating of one of the site's performances on sale; another site's, or one without numbered seats, is refused. */
async function tillSeating(payload: Payload, tenantId: string, performanceId: string): Promise<Seating> {
  // On SQL databases ids are numbers: anything else names no performance.
  if (payload.db.name !== 'mongoose' && !/^\d+$/.test(performanceId)) throw notHere()
  const { docs } = await payload.find({
    collection: 'performances',
    where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { id: { equals: relationValue(performanceId) } }, { status: { equals: 'on_sale' } }] },
    limit: 1,
    ...o,
  })
  if (!docs[0]) throw notHere()
  if (relationId(docs[0].seatingPlan) === undefined) throw CommerceError.of('invalid', 'performance', 'This performance has no numbered seats: sell its general-admission zones.')
  return loadSeating(payload, relationValue(tenantId), performanceId)
}

function tillSeat(seating: Pick<Seating, 'plan' | 'seatById'>, seatId: string): TillSeat {
  const seat = seating.seatById.get(seatId)
  return { seatId, place: seat ? placeLabel(seatPlace(seating.plan, seat)) : seatId, category: seat?.category ?? '' }
}

async function heldByTill(payload: Payload, seating: Seating, holder: string): Promise<HeldSeat[]> {
  const mine = await seatsHeldBy(payload, { holder, performanceId: seating.performance.id })
  return [...mine].map(([seatId, until]) => ({ ...tillSeat(seating, seatId), expiresAt: until.toISOString() }))
}

/** The site's performances on sale still to come, soonest first, with what is left to sell. */
export async function tillPerformances(payload: Payload, { tenantId, holder, now = new Date() }: { tenantId: string; holder: string; now?: Date }): Promise<TillPerformance[]> {
  const { docs: performances } = await payload.find({
    collection: 'performances',
    where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { status: { equals: 'on_sale' } }, { startsAt: { greater_than: now.toISOString() } }] },
    sort: 'startsAt',
    limit: 100,
    ...o,
  })
  const eventIds = [...new Set(performances.map((p) => relationId(p.event)!))]
  if (eventIds.length === 0) return []
  const [{ docs: events }, { docs: products }] = await Promise.all([
    payload.find({ collection: 'events', where: { id: { in: eventIds } }, pagination: false, ...o }),
    payload.find({
      collection: 'products',
      where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { kind: { equals: 'ticket' } }, { event: { in: eventIds } }, { active: { not_equals: false } }] },
      sort: ['position', 'id'],
      pagination: false,
      ...o,
    }),
  ])
  const pricesOf = (eventId: Id) => {
    const byCategory: Record<string, TillPrice[]> = {}
    for (const doc of products.filter((p) => relationId(p.event) === eventId)) {
      const product = toCatalogueProduct(doc)
      const events = product.priceEvents.map((event) => ({ ...event, productId: product.id }))
      for (const variant of product.variants) {
        if (!variant.category) continue
        const { price } = priceAt({ id: product.id, price: variant.price ?? product.price }, events, now)
        ;(byCategory[variant.category] ??= []).push({ productId: product.id, variantId: variant.id, label: product.title, amount: price.amount })
      }
    }
    return byCategory
  }
  return Promise.all(
    performances.map(async (performance: Performance): Promise<TillPerformance> => {
      const event = events.find((e) => e.id === relationId(performance.event))
      const planId = relationId(performance.seatingPlan)
      const [counters, categories, mine] = await Promise.all([
        countersOf(payload, performance.id),
        planId === undefined ? [] : freeByCategory(payload, planId, performance.id, now),
        planId === undefined ? new Map() : seatsHeldBy(payload, { holder, performanceId: performance.id, now }),
      ])
      return {
        id: performance.id,
        startsAt: performance.startsAt,
        eventId: relationId(performance.event)!,
        eventTitle: event?.title ?? '',
        venue: event?.venue ?? null,
        holdMinutes: performance.holdMinutes ?? DEFAULT_HOLD_MINUTES,
        categories,
        zones: counters.map((c) => ({ zoneId: c.zoneId, label: c.label, category: c.category, remaining: c.remaining })),
        prices: pricesOf(relationId(performance.event)!),
        heldHere: mine.size,
      }
    }),
  )
}

async function freeByCategory(payload: Payload, planId: Id, performanceId: Id, now: Date): Promise<TillPerformance['categories']> {
  const { plan, seats } = await laidOutPlan(payload, planId)
  const taken = await takenSeats(payload, performanceId, now)
  return plan.categories
    .map((category) => ({ id: category.id, label: category.label, free: seats.filter((seat) => seat.category === category.id && !taken.has(seat.id)).length }))
    .filter((category) => seats.some((seat) => seat.category === category.id))
}

/** GET /api/box-office/performances?tenant= → { performances: TillPerformance[] } */
export const tillPerformancesEndpoint = tillEndpoint('/box-office/performances', 'get', z.object({ tenant }), async (req, query, holder) =>
  Response.json({ performances: await tillPerformances(req.payload, { tenantId: query.tenant, holder }) }, noStore),
)

/** GET /api/box-office/seats?tenant=&performance= → { free: TillSeat[], held: HeldSeat[] }: the list to choose seats from, and the till's holds. */
export const tillSeatsEndpoint = tillEndpoint('/box-office/seats', 'get', seatsQuerySchema, async (req, query, holder) => {
  const seating = await tillSeating(req.payload, query.tenant, query.performance)
  const taken = await takenSeats(req.payload, seating.performance.id, new Date())
  const free = seating.seats.filter((seat) => !taken.has(seat.id)).map((seat) => tillSeat(seating, seat.id))
  return Response.json({ free, held: await heldByTill(req.payload, seating, holder) }, noStore)
})

/**
 * POST /api/box-office/seats { tenant, performance, mode: 'best', category?, quantity } or
 * { tenant, performance, seats: [ids] } → { seats: HeldSeat[] (held now), held: HeldSeat[] (all the till holds here) }.
 * All or nothing; a seat someone else holds or bought is refused by its field (`seats.1`, `quantity`).
 */
export const holdTillSeatsEndpoint = tillEndpoint('/box-office/seats', 'post', holdSchema, async (req, body, holder) => {
  const seating = await tillSeating(req.payload, body.tenant, body.performance)
  const where = { tenantId: relationValue(body.tenant), performanceId: seating.performance.id, holder }
  const held =
    body.mode === 'best'
      ? await holdBestAvailable(req.payload, { ...where, count: body.quantity!, ...(body.category ? { category: body.category } : {}) })
      : await holdSeats(req.payload, { ...where, seatIds: body.seats! })
  const all = await heldByTill(req.payload, seating, holder)
  const justHeld = all.filter((seat) => held.seats.some((s) => s.id === seat.seatId))
  return Response.json({ seats: justHeld, held: all }, { status: 201, ...noStore })
})

/** POST /api/box-office/seats/release { tenant, performance, seats? } → { held: HeldSeat[] }: gives back the till's seats there, or only those listed. */
export const releaseTillSeatsEndpoint = tillEndpoint('/box-office/seats/release', 'post', releaseSchema, async (req, body, holder) => {
  const seating = await tillSeating(req.payload, body.tenant, body.performance)
  await releaseSeats(req.payload, { performanceId: seating.performance.id, holder, ...(body.seats ? { seatIds: body.seats } : {}) })
  return Response.json({ held: await heldByTill(req.payload, seating, holder) }, noStore)
})

export const boxOfficeSeatEndpoints = [tillPerformancesEndpoint, tillSeatsEndpoint, holdTillSeatsEndpoint, releaseTillSeatsEndpoint]
