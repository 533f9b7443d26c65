// Holding and releasing seats of a performance. The database decides who gets a seat: each seat
// held is one row under a unique (performance, seat) index, so of two buyers racing for it one
// insert fails. A request is all or nothing: rows already inserted for it are deleted again.
import type { Payload } from 'payload'

import { bestAvailable, prepareSeats, type SeatIndex } from '../../src/domain/ticketing/best-available'
import type { PlanSeat } from '../../src/domain/ticketing/seat'
import { DEFAULT_HOLD_MINUTES, holdExpiry, seatName, validateSeatRequest } from '../../src/domain/ticketing/holds'
import { flattenPlan } from '../../src/domain/ticketing/plan-geometry'
import { parseSeatingPlan, type SeatingPlan } from '../../src/domain/ticketing/seating-plan'
import type { Performance } from '../payload-types'
import { passSeatHolds } from '../commerce/atomic'
import { CommerceError } from '../commerce/errors'
import { relationId, relationValue } from '../relation-id'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** Holds of placed orders are recorded under `order:<reference>` (ticket-sales.ts). */
export const ORDER_HOLDER_PREFIX = 'order:'

/** A performance on sale with its plan laid out: what holds, sales and tickets read. */
export interface Seating {
  performance: Performance
  plan: SeatingPlan
  seats: PlanSeat[]
  seatById: ReadonlyMap<string, PlanSeat>
  /** The seats grouped for best-available, prepared once per plan version. */
  index: SeatIndex
  holdMinutes: number
}

/**
 * Plans already laid out, by plan version: a plan is validated when saved and changes rarely,
 * while holds ask for its seats on every request.
 */
const seatingByPlanVersion = new Map<string, Omit<Seating, 'performance' | 'holdMinutes'>>()

/** A seating plan validated and laid out, cached by version (its last save). */
export async function laidOutPlan(payload: Payload, planId: Id): Promise<Omit<Seating, 'performance' | 'holdMinutes'>> {
  const planDoc = await payload.findByID({ collection: 'seating-plans', id: planId, ...o })
  const version = `${planId}:${planDoc.updatedAt}`
  let laidOut = seatingByPlanVersion.get(version)
  if (!laidOut) {
    const parsed = parseSeatingPlan(planDoc.plan)
    if (!parsed.ok) throw new Error(`Seating plan ${planId} no longer parses: ${parsed.problems[0]?.path} ${parsed.problems[0]?.message}`)
    const seats = flattenPlan(parsed.plan)
    laidOut = { plan: parsed.plan, seats, seatById: new Map(seats.map((seat) => [seat.id, seat])), index: prepareSeats(seats) }
    seatingByPlanVersion.set(version, laidOut)
  }
  return laidOut
}

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
  const laidOut = await laidOutPlan(payload, planId)
  return { ...laidOut, performance, holdMinutes: performance.holdMinutes ?? DEFAULT_HOLD_MINUTES }
}

/** Seats of the performance held (and not expired) or sold. */
export async function takenSeats(payload: Payload, performanceId: Id, now: Date): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'seat-reservations',
    where: {
      and: [
        { performance: { equals: relationValue(performanceId) } },
        // An order's seats are taken until the order ends (paid or released), whatever their expiry says.
        { or: [{ state: { equals: 'sold' } }, { expiresAt: { greater_than: now.toISOString() } }, { holder: { like: ORDER_HOLDER_PREFIX } }] },
      ],
    },
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
    where: {
      and: [
        { performance: { equals: relationValue(performanceId) } },
        { state: { equals: 'held' } },
        { expiresAt: { less_than_equal: now.toISOString() } },
        // Only a placed order's release gives its seats back: a payment may still be on its way.
        { holder: { not_like: ORDER_HOLDER_PREFIX } },
      ],
    },
    ...o,
  })
}

/** The seats `holder` holds at a performance (or at all of them), with when each hold ends. */
export async function seatsHeldBy(payload: Payload, { holder, performanceId, now = new Date() }: { holder: string; performanceId?: Id; now?: Date }): Promise<Map<string, Date>> {
  const { docs } = await payload.find({
    collection: 'seat-reservations',
    where: {
      and: [
        ...(performanceId !== undefined ? [{ performance: { equals: relationValue(performanceId) } }] : []),
        { holder: { equals: holder } },
        { state: { equals: 'held' } },
        { expiresAt: { greater_than: now.toISOString() } },
      ],
    },
    pagination: false,
    select: { seatId: true, expiresAt: true },
    ...o,
  })
  return new Map(docs.map((doc) => [doc.seatId, new Date(doc.expiresAt!)]))
}

/**
 * Holds the chosen seats for `holder` (a cart token) until the performance's hold time runs out;
 * seats it already holds stay held as they were. Refuses forged or foreign seat ids, and seats
 * someone else holds, each by its index. Returns when the earliest of these holds ends.
 */
export async function holdSeats(
  payload: Payload,
  { tenantId, performanceId, seatIds, holder, now = new Date() }: { tenantId: Id; performanceId: Id; seatIds: readonly string[]; holder: string; now?: Date },
): Promise<{ expiresAt: Date; seats: PlanSeat[] }> {
  const { seats, holdMinutes } = await loadSeating(payload, tenantId, performanceId)
  await dropExpiredHolds(payload, performanceId, now)
  const mine = await seatsHeldBy(payload, { holder, performanceId, now })
  const taken = await takenSeats(payload, performanceId, now)
  for (const seatId of mine.keys()) taken.delete(seatId)
  const check = validateSeatRequest(seatIds, seats, taken)
  if (!check.ok) throw new CommerceError('unavailable', check.errors.map((error) => ({ field: error.index === undefined ? 'seats' : `seats.${error.index}`, message: error.message, fr: error.fr })))
  const expiresAt = holdExpiry(now, holdMinutes)
  const inserted: Id[] = []
  for (const [index, seat] of check.seats.entries()) {
    if (mine.has(seat.id)) continue
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
      throw CommerceError.of('unavailable', `seats.${index}`, `${seatName(seat)} has just been taken; choose another seat.`, `${seatName(seat, 'fr')} vient d’être prise ; choisissez-en une autre.`)
    }
  }
  const ends = check.seats.map((seat) => mine.get(seat.id)?.getTime() ?? expiresAt.getTime())
  return { expiresAt: new Date(Math.min(...ends)), seats: check.seats }
}

/**
 * Makes `seatIds` the holder's whole selection at a performance, as the seat map sends it: seats
 * it no longer wants are given back, new ones are held. An empty selection gives everything back.
 */
export async function chooseSeats(
  payload: Payload,
  { tenantId, performanceId, seatIds, holder, now = new Date() }: { tenantId: Id; performanceId: Id; seatIds: readonly string[]; holder: string; now?: Date },
): Promise<{ expiresAt: Date | null; seats: PlanSeat[] }> {
  const mine = await seatsHeldBy(payload, { holder, performanceId, now })
  // The new selection is held first: if it is refused, the buyer keeps the seats they had.
  const held = seatIds.length > 0 ? await holdSeats(payload, { tenantId, performanceId, seatIds, holder, now }) : { expiresAt: null, seats: [] }
  const dropped = [...mine.keys()].filter((seatId) => !seatIds.includes(seatId))
  if (dropped.length > 0) await releaseSeats(payload, { performanceId, holder, seatIds: dropped })
  return held
}

/**
 * Holds the best `count` free seats of a category for the holder, on top of what it holds:
 * together in one row where possible, best rated, leaving no single seat alone (best-available.ts).
 * Another buyer may take one of them in between: the pick is made again, a few times.
 */
export function holdBestAvailable(
  payload: Payload,
  request: { tenantId: Id; performanceId: Id; category?: string; count: number; holder: string; now?: Date },
): Promise<{ expiresAt: Date; seats: PlanSeat[] }> {
  // Buyers asking at the same moment would all be offered the same best seats and all but one
  // refused: in this process they take turns per performance (the unique index still decides
  // between processes).
  const key = String(request.performanceId)
  const turn = (bestAvailableTurns.get(key) ?? Promise.resolve()).then(() => pickAndHold(payload, request))
  const settled = turn.catch(() => undefined)
  bestAvailableTurns.set(key, settled)
  void settled.then(() => bestAvailableTurns.get(key) === settled && bestAvailableTurns.delete(key))
  return turn
}

const bestAvailableTurns = new Map<string, Promise<unknown>>()

async function pickAndHold(
  payload: Payload,
  { tenantId, performanceId, category, count, holder, now = new Date() }: { tenantId: Id; performanceId: Id; category?: string; count: number; holder: string; now?: Date },
): Promise<{ expiresAt: Date; seats: PlanSeat[] }> {
  const seating = await loadSeating(payload, tenantId, performanceId)
  for (let attempt = 0; ; attempt++) {
    await dropExpiredHolds(payload, performanceId, now)
    const mine = await seatsHeldBy(payload, { holder, performanceId, now })
    const picked = bestAvailable(seating.index, await takenSeats(payload, performanceId, now), { count, ...(category ? { category } : {}) })
    if (!picked.ok) {
      const fr = picked.reason === 'not-enough' ? `Il ne reste pas ${count} places libres dans cette catégorie.` : picked.message
      throw CommerceError.of('unavailable', 'quantity', picked.message, fr)
    }
    try {
      const held = await holdSeats(payload, { tenantId, performanceId, seatIds: [...mine.keys(), ...picked.seats.map((seat) => seat.id)], holder, now })
      return { expiresAt: held.expiresAt, seats: picked.seats }
    } catch (error) {
      if (!(error instanceof CommerceError) || error.code !== 'unavailable' || attempt >= 3) throw error
    }
  }
}

/**
 * Passes every seat `from` holds to `to`, keeping when each group of holds ends: a buyer who logs
 * in mid-booking takes their seats to the account's cart.
 */
export async function moveHolds(payload: Payload, { from, to, now = new Date() }: { from: string; to: string; now?: Date }): Promise<void> {
  const { docs } = await payload.find({
    collection: 'seat-reservations',
    where: { and: [{ holder: { equals: from } }, { state: { equals: 'held' } }, { expiresAt: { greater_than: now.toISOString() } }] },
    pagination: false,
    ...o,
  })
  const byPerformance = new Map<Id, typeof docs>()
  for (const row of docs) {
    const performanceId = relationId(row.performance)!
    byPerformance.set(performanceId, [...(byPerformance.get(performanceId) ?? []), row])
  }
  for (const [performanceId, rows] of byPerformance) {
    const until = new Date(Math.min(...rows.map((row) => new Date(row.expiresAt!).getTime())))
    await passSeatHolds(payload, { performanceId, seatIds: rows.map((row) => row.seatId), from, to, until, now })
  }
}

/** Gives back a holder's seats at a performance, or only `seatIds` of them (cart emptied, seats unticked). */
export async function releaseSeats(payload: Payload, { performanceId, holder, seatIds }: { performanceId: Id; holder: string; seatIds?: readonly string[] }): Promise<void> {
  await payload.delete({
    collection: 'seat-reservations',
    where: {
      and: [
        { performance: { equals: relationValue(performanceId) } },
        { holder: { equals: holder } },
        { state: { equals: 'held' } },
        ...(seatIds ? [{ seatId: { in: [...seatIds] } }] : []),
      ],
    },
    ...o,
  })
}
