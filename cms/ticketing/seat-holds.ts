// Holding and releasing seats of a performance. The database decides who gets a seat: each seat
// held is one row under a unique (performance, seat) index, so of two buyers racing for it one
// insert fails. A request is all or nothing: rows already inserted for it are deleted again.
import type { Payload } from 'payload'

import type { PlanSeat } from '../../src/domain/ticketing/seat'
import { DEFAULT_HOLD_MINUTES, holdExpiry, seatName, validateSeatRequest } from '../../src/domain/ticketing/holds'
import { flattenPlan } from '../../src/domain/ticketing/plan-geometry'
import { parseSeatingPlan, type SeatingPlan } from '../../src/domain/ticketing/seating-plan'
import type { Performance } from '../payload-types'
import { CommerceError } from '../commerce/errors'
import { relationId, relationValue } from '../relation-id'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** A performance on sale with its plan laid out: what holds, sales and tickets read. */
export interface Seating {
  performance: Performance
  plan: SeatingPlan
  seats: PlanSeat[]
  seatById: ReadonlyMap<string, PlanSeat>
  holdMinutes: number
}

/**
 * Plans already laid out, by plan version: a plan is validated when saved and changes rarely,
 * while holds ask for its seats on every request.
 */
const seatingByPlanVersion = new Map<string, Omit<Seating, 'performance' | 'holdMinutes'>>()

/** The seating of a performance of this tenant on sale (another tenant's performance is not found). */
export async function loadSeating(payload: Payload, tenantId: Id, performanceId: Id): Promise<Seating> {
  const { docs } = await payload.find({
    collection: 'performances',
    where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: relationValue(performanceId) } }, { status: { equals: 'on_sale' } }] },
    limit: 1,
    ...o,
  })
  const performance = docs[0]
  const planId = relationId(performance?.seatingPlan)
  if (!performance || planId === undefined) throw CommerceError.of('not_found', 'performance', 'This performance is not on sale here.', 'Cette représentation n’est pas en vente ici.')
  const planDoc = await payload.findByID({ collection: 'seating-plans', id: planId, ...o })
  const version = `${planId}:${planDoc.updatedAt}`
  let laidOut = seatingByPlanVersion.get(version)
  if (!laidOut) {
    const parsed = parseSeatingPlan(planDoc.plan)
    if (!parsed.ok) throw new Error(`Seating plan ${planId} no longer parses: ${parsed.problems[0]?.path} ${parsed.problems[0]?.message}`)
    const seats = flattenPlan(parsed.plan)
    laidOut = { plan: parsed.plan, seats, seatById: new Map(seats.map((seat) => [seat.id, seat])) }
    seatingByPlanVersion.set(version, laidOut)
  }
  return { ...laidOut, performance, holdMinutes: performance.holdMinutes ?? DEFAULT_HOLD_MINUTES }
}

/** Seats of the performance held (and not expired) or sold. */
export async function takenSeats(payload: Payload, performanceId: Id, now: Date): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'seat-reservations',
    where: { and: [{ performance: { equals: relationValue(performanceId) } }, { or: [{ state: { equals: 'sold' } }, { expiresAt: { greater_than: now.toISOString() } }] }] },
    pagination: false,
    select: { seatId: true },
    ...o,
  })
  return new Set(docs.map((doc) => doc.seatId))
}

/** Holds that have lapsed give their seats back before anyone asks for them. */
async function dropExpiredHolds(payload: Payload, performanceId: Id, now: Date): Promise<void> {
  await payload.delete({
    collection: 'seat-reservations',
    where: { and: [{ performance: { equals: relationValue(performanceId) } }, { state: { equals: 'held' } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
    ...o,
  })
}

/**
 * Holds the chosen seats for `holder` (a cart token) until the performance's hold time runs out.
 * Refuses forged or foreign seat ids, and seats someone else holds, each by its index.
 */
export async function holdSeats(
  payload: Payload,
  { tenantId, performanceId, seatIds, holder, now = new Date() }: { tenantId: Id; performanceId: Id; seatIds: readonly string[]; holder: string; now?: Date },
): Promise<{ expiresAt: Date; seats: PlanSeat[] }> {
  const { seats, holdMinutes } = await loadSeating(payload, tenantId, performanceId)
  await dropExpiredHolds(payload, performanceId, now)
  const check = validateSeatRequest(seatIds, seats, await takenSeats(payload, performanceId, now))
  if (!check.ok) throw new CommerceError('unavailable', check.errors.map((error) => ({ field: error.index === undefined ? 'seats' : `seats.${error.index}`, message: error.message })))
  const expiresAt = holdExpiry(now, holdMinutes)
  const inserted: Id[] = []
  for (const [index, seat] of check.seats.entries()) {
    try {
      const row = await payload.create({
        collection: 'seat-reservations',
        data: { tenant: tenantId as number, performance: relationValue(performanceId), seatId: seat.id, state: 'held', holder, expiresAt: expiresAt.toISOString() },
        ...o,
      })
      inserted.push(row.id)
    } catch {
      // The unique index refused the row: someone else got this seat between our check and now.
      if (inserted.length > 0) await payload.delete({ collection: 'seat-reservations', where: { id: { in: inserted } }, ...o })
      throw CommerceError.of('unavailable', `seats.${index}`, `${seatName(seat)} has just been taken; choose another seat.`, `Rang ${seat.rowLabel}, place ${seat.number} vient d’être prise ; choisissez-en une autre.`)
    }
  }
  return { expiresAt, seats: check.seats }
}

/** Gives back a holder's seats (cart emptied, payment failed). */
export async function releaseSeats(payload: Payload, { performanceId, holder }: { performanceId: Id; holder: string }): Promise<void> {
  await payload.delete({
    collection: 'seat-reservations',
    where: { and: [{ performance: { equals: relationValue(performanceId) } }, { holder: { equals: holder } }, { state: { equals: 'held' } }] },
    ...o,
  })
}
