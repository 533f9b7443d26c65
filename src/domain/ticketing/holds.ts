import { MAX_PARTY_SIZE } from './best-available'
import type { PlanSeat } from './seat'

/** How long seats stay reserved for a buyer between choosing them and paying. */
export const DEFAULT_HOLD_MINUTES = 15

/** The part of a hold these rules read; Payload hands dates back as ISO strings. */
export interface HoldTiming {
  expiresAt: Date | string
}

export type SeatRequestErrorCode = 'empty' | 'too-many' | 'duplicate' | 'unknown-seat' | 'taken' | 'partial-table'

export interface SeatRequestError {
  /** Position in the requested list, 0-based; absent when the list as a whole is wrong. */
  index?: number
  seatId?: string
  code: SeatRequestErrorCode
  message: string
  /** The same for a buyer on a French site. */
  fr: string
}

export type SeatRequestCheck = { ok: true; seats: PlanSeat[] } | { ok: false; errors: SeatRequestError[] }

/** When a hold taken `now` runs out. */
export function holdExpiry(now: Date, minutes: number = DEFAULT_HOLD_MINUTES): Date {
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`A hold lasts a positive number of minutes, not ${minutes}.`)
  return new Date(now.getTime() + minutes * 60_000)
}

/** A hold keeps its seats up to, but not including, its expiry instant. */
export function isHoldActive(hold: HoldTiming, now: Date): boolean {
  return now.getTime() < expiryTime(hold)
}

/** Whole seconds left for the checkout countdown; rounded up so it shows 0 only once the hold has lapsed. */
export function remainingSeconds(hold: HoldTiming, now: Date): number {
  return Math.max(0, Math.ceil((expiryTime(hold) - now.getTime()) / 1000))
}

/** Holds whose time is up, so a sweep can give their seats back. */
export function releasable<H extends HoldTiming>(holds: readonly H[], now: Date): H[] {
  return holds.filter((hold) => !isHoldActive(hold, now))
}

/**
 * Checks seats a buyer picked on the map before holding them. Every problem is reported with the
 * index of the seat in the request, so the page can point at it.
 */
export function validateSeatRequest(requestedIds: readonly string[], seats: readonly PlanSeat[], taken: ReadonlySet<string>): SeatRequestCheck {
  if (requestedIds.length === 0) return { ok: false, errors: [{ code: 'empty', message: 'Choose at least one seat.', fr: 'Choisissez au moins une place.' }] }
  if (requestedIds.length > MAX_PARTY_SIZE) {
    return {
      ok: false,
      errors: [{ code: 'too-many', message: `At most ${MAX_PARTY_SIZE} seats per booking; you chose ${requestedIds.length}.`, fr: `${MAX_PARTY_SIZE} places au plus par réservation ; vous en avez choisi ${requestedIds.length}.` }],
    }
  }
  const byId = new Map(seats.map((seat) => [seat.id, seat]))
  const errors: SeatRequestError[] = []
  const firstIndexOf = new Map<string, number>()
  requestedIds.forEach((seatId, index) => {
    const seat = byId.get(seatId)
    const seen = firstIndexOf.get(seatId)
    if (seen !== undefined) errors.push({ index, seatId, code: 'duplicate', message: `Seat ${index + 1} repeats seat ${seen + 1}.`, fr: `La place ${index + 1} répète la place ${seen + 1}.` })
    // Ids come from the browser: an unknown one is forged or belongs to another performance.
    else if (!seat) {
      errors.push({ index, seatId, code: 'unknown-seat', message: `Seat ${index + 1} (“${seatId}”) is not on this performance's plan; reload the seat map.`, fr: `La place ${index + 1} (« ${seatId} ») n’existe pas pour cette représentation ; rechargez le plan.` })
    } else if (taken.has(seatId)) {
      errors.push({ index, seatId, code: 'taken', message: `${seatName(seat)} has just been taken; choose another seat.`, fr: `${seatName(seat, 'fr')} vient d’être prise ; choisissez-en une autre.` })
    }
    if (seen === undefined) firstIndexOf.set(seatId, index)
  })
  errors.push(...partialTableErrors(requestedIds, firstIndexOf, seats))
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => (a.index ?? -1) - (b.index ?? -1)) }
  return { ok: true, seats: [...firstIndexOf.keys()].map((seatId) => byId.get(seatId)!) }
}

/** One error per soldWhole table asked for in part, at the first of its requested seats. */
function partialTableErrors(requestedIds: readonly string[], firstIndexOf: ReadonlyMap<string, number>, seats: readonly PlanSeat[]): SeatRequestError[] {
  const requested = new Set(requestedIds)
  const tables = new Map<string, { size: number; chosen: number; firstIndex: number }>()
  for (const seat of seats) {
    if (!seat.soldWhole || !seat.tableId) continue
    const table = tables.get(seat.tableId) ?? { size: 0, chosen: 0, firstIndex: Number.POSITIVE_INFINITY }
    table.size += 1
    if (requested.has(seat.id)) {
      table.chosen += 1
      table.firstIndex = Math.min(table.firstIndex, firstIndexOf.get(seat.id)!)
    }
    tables.set(seat.tableId, table)
  }
  return [...tables.entries()]
    .filter(([, table]) => table.chosen > 0 && table.chosen < table.size)
    .map(([tableId, table]) => ({
      index: table.firstIndex,
      seatId: requestedIds[table.firstIndex],
      code: 'partial-table' as const,
      message: `Table ${tableId} is sold whole: choose all ${table.size} of its seats (you chose ${table.chosen}).`,
      fr: `La table ${tableId} se vend entière : choisissez ses ${table.size} places (vous en avez choisi ${table.chosen}).`,
    }))
}

export function seatName(seat: PlanSeat, locale: 'en' | 'fr' = 'en'): string {
  if (seat.tableId) return locale === 'fr' ? `${seat.rowLabel}, place ${seat.number}` : `${seat.rowLabel}, seat ${seat.number}`
  return locale === 'fr' ? `Rang ${seat.rowLabel}, place ${seat.number}` : `Row ${seat.rowLabel}, seat ${seat.number}`
}

function expiryTime(hold: HoldTiming): number {
  return new Date(hold.expiresAt).getTime()
}
