import type { PlanSeat } from './seat'

/** Largest party one request may seat; bigger groups go through the box office. */
export const MAX_PARTY_SIZE = 20

export interface SeatRequest {
  count: number
  /** Price category id; when absent any category will do. */
  category?: string
}

export type BestAvailableResult =
  | { ok: true; seats: PlanSeat[] }
  | { ok: false; reason: 'not-enough' | 'too-many' | 'bad-count'; message: string }

/** One row's sellable seats, left to right; soldWhole table seats are kept apart. */
export interface PreparedRow {
  rowId: string
  sectionId: string
  seats: readonly PlanSeat[]
}

/** Seats grouped once per plan so repeated requests do not re-sort thousands of seats. */
export interface SeatIndex {
  /** Every row, ordered by rowId. */
  rows: readonly PreparedRow[]
  /** Rows of each section, front to back (by mean y), so neighbours in the list are neighbouring rows. */
  sections: readonly (readonly PreparedRow[])[]
  /** Tables whose seats sell only together, each ordered by position. */
  wholeTables: readonly (readonly PlanSeat[])[]
}

interface Candidate {
  seats: PlanSeat[]
  score: number
}

// Ratings may be fractional; sums of the same ratings in another order may differ in the last bit.
const SCORE_EPSILON = 1e-9

/** Groups a plan's seats by row, section and whole table; reuse the result across requests. */
export function prepareSeats(seats: readonly PlanSeat[]): SeatIndex {
  const rowSeats = new Map<string, PlanSeat[]>()
  const tableSeats = new Map<string, PlanSeat[]>()
  for (const seat of seats) {
    if (seat.soldWhole && seat.tableId) pushTo(tableSeats, seat.tableId, seat)
    else pushTo(rowSeats, seat.rowId, seat)
  }
  const rows = [...rowSeats.entries()]
    .map(([rowId, list]) => ({ rowId, sectionId: list[0]!.sectionId, seats: list.sort(byPosition) }))
    .sort((a, b) => compareText(a.rowId, b.rowId))
  return { rows, sections: groupRowsBySection(rows), wholeTables: [...tableSeats.values()].map((list) => list.sort(byPosition)) }
}

/**
 * Picks `count` free seats for one party.
 *
 * Order of preference:
 * 1. the party together in one row (contiguous positions, no aisle jump) or one soldWhole table
 *    of exactly `count` seats;
 * 2. split over the fewest neighbouring rows of one section, one contiguous block per row;
 * 3. the best-rated free seats anywhere.
 *
 * Within a tier, score = sum of the seats' ratings − for each orphan created, that orphan's rating
 * (at least 1). An orphan is a single free seat left between the party and a taken seat, an aisle
 * or the row end: it will likely stay unsold, so it costs what the seat is worth. A placement that
 * strands a seat therefore wins only if it is better by more than the stranded seat's value.
 * Equal scores go to the lower rowId, then the lower position.
 */
export function bestAvailable(
  plan: readonly PlanSeat[] | SeatIndex,
  taken: ReadonlySet<string>,
  request: SeatRequest,
): BestAvailableResult {
  const { count, category } = request
  if (!Number.isInteger(count) || count < 1) {
    return { ok: false, reason: 'bad-count', message: `Ask for a whole number of seats from 1 to ${MAX_PARTY_SIZE}, not ${count}.` }
  }
  if (count > MAX_PARTY_SIZE) {
    return { ok: false, reason: 'too-many', message: `At most ${MAX_PARTY_SIZE} seats per booking; you asked for ${count}. Larger groups: contact the box office.` }
  }
  const index = isSeatIndex(plan) ? plan : prepareSeats(plan)
  const isEligible = (seat: PlanSeat) => !taken.has(seat.id) && (category === undefined || seat.category === category)

  const together = bestTogether(index, taken, isEligible, count)
  if (together) return { ok: true, seats: together.seats }

  const available = index.rows.reduce((sum, row) => sum + row.seats.filter(isEligible).length, 0)
  if (available < count) return { ok: false, reason: 'not-enough', message: notEnoughMessage(available, count, category) }

  const split = bestSplit(index, taken, isEligible, count)
  if (split) return { ok: true, seats: split.seats }
  return { ok: true, seats: bestAnywhere(index, isEligible, count) }
}

function bestTogether(index: SeatIndex, taken: ReadonlySet<string>, isEligible: (seat: PlanSeat) => boolean, count: number): Candidate | null {
  let best: Candidate | null = null
  for (const row of index.rows) best = better(best, bestBlockInRow(row, taken, isEligible, count))
  for (const table of index.wholeTables) {
    if (table.length === count && table.every(isEligible)) best = better(best, { seats: [...table], score: ratingSum(table) })
  }
  return best
}

/** Fewest neighbouring rows of one section first; the best score among those. */
function bestSplit(index: SeatIndex, taken: ReadonlySet<string>, isEligible: (seat: PlanSeat) => boolean, count: number): Candidate | null {
  const spans = new Map(index.rows.map((row) => [row.rowId, longestEligibleBlock(row, taken, isEligible)]))
  // Overlapping spans ask the same row for the same block size again and again.
  const blocksSeen = new Map<string, Candidate>()
  const blockOf = (row: PreparedRow, size: number): Candidate => {
    const key = `${size}:${row.rowId}`
    if (!blocksSeen.has(key)) blocksSeen.set(key, size === 0 ? { seats: [], score: 0 } : bestBlockInRow(row, taken, isEligible, size)!)
    return blocksSeen.get(key)!
  }
  for (let rowCount = 2; rowCount <= count; rowCount++) {
    let best: Candidate | null = null
    for (const sectionRows of index.sections) {
      for (let first = 0; first + rowCount <= sectionRows.length; first++) {
        const rows = sectionRows.slice(first, first + rowCount)
        const sizes = splitSizes(rows.map((row) => spans.get(row.rowId)!), count)
        if (!sizes) continue
        const blocks = rows.map((row, i) => blockOf(row, sizes[i]!))
        const seats = blocks.flatMap((block) => block.seats).sort(byRowThenPosition)
        best = better(best, { seats, score: blocks.reduce((sum, block) => sum + block.score, 0) })
      }
    }
    if (best) return best
  }
  return null
}

/** Gives the rows with the longest free blocks as many seats as they hold; null when they cannot hold the party. */
function splitSizes(longestBlocks: readonly number[], count: number): number[] | null {
  const sizes = longestBlocks.map(() => 0)
  const roomiestFirst = longestBlocks.map((length, i) => ({ length, i })).sort((a, b) => b.length - a.length || a.i - b.i)
  let remaining = count
  for (const { length, i } of roomiestFirst) {
    sizes[i] = Math.min(length, remaining)
    remaining -= sizes[i]!
  }
  // A full row may sit inside the span, but an empty end row means a shorter span fits too.
  return remaining === 0 && sizes[0]! > 0 && sizes[sizes.length - 1]! > 0 ? sizes : null
}

function bestAnywhere(index: SeatIndex, isEligible: (seat: PlanSeat) => boolean, count: number): PlanSeat[] {
  const free = index.rows.flatMap((row) => row.seats.filter(isEligible))
  return free
    .sort((a, b) => b.rating - a.rating || byRowThenPosition(a, b))
    .slice(0, count)
    .sort(byRowThenPosition)
}

/** Best contiguous block of `count` eligible seats in one row, orphan penalties included. */
function bestBlockInRow(row: PreparedRow, taken: ReadonlySet<string>, isEligible: (seat: PlanSeat) => boolean, count: number): Candidate | null {
  let best: Candidate | null = null
  for (const [runStart, runEnd] of freeRuns(row, taken)) {
    let eligibleSince = runStart
    for (let end = runStart; end <= runEnd; end++) {
      if (!isEligible(row.seats[end]!)) {
        eligibleSince = end + 1
        continue
      }
      const start = end - count + 1
      if (start < eligibleSince) continue
      const seats = row.seats.slice(start, end + 1)
      const penalty = orphanPenalty(row, start - runStart === 1 ? start - 1 : -1) + orphanPenalty(row, runEnd - end === 1 ? end + 1 : -1)
      best = better(best, { seats, score: ratingSum(seats) - penalty })
    }
  }
  return best
}

function longestEligibleBlock(row: PreparedRow, taken: ReadonlySet<string>, isEligible: (seat: PlanSeat) => boolean): number {
  let longest = 0
  for (const [runStart, runEnd] of freeRuns(row, taken)) {
    let length = 0
    for (let i = runStart; i <= runEnd; i++) {
      length = isEligible(row.seats[i]!) ? length + 1 : 0
      longest = Math.max(longest, length)
    }
  }
  return longest
}

/** Index ranges [start, end] of physically free seats with no aisle between them, whatever their category. */
function freeRuns(row: PreparedRow, taken: ReadonlySet<string>): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  let start = -1
  row.seats.forEach((seat, i) => {
    const joinsPrevious = start >= 0 && seat.position === row.seats[i - 1]!.position + 1
    if (taken.has(seat.id)) {
      if (start >= 0) runs.push([start, i - 1])
      start = -1
    } else if (!joinsPrevious) {
      if (start >= 0) runs.push([start, i - 1])
      start = i
    }
  })
  if (start >= 0) runs.push([start, row.seats.length - 1])
  return runs
}

// A zero-rated stranded seat is still a seat lost, so it costs at least 1.
function orphanPenalty(row: PreparedRow, orphanIndex: number): number {
  return orphanIndex < 0 ? 0 : Math.max(row.seats[orphanIndex]!.rating, 1)
}

function better(current: Candidate | null, challenger: Candidate | null): Candidate | null {
  if (!challenger) return current
  if (!current) return challenger
  if (challenger.score > current.score + SCORE_EPSILON) return challenger
  if (challenger.score < current.score - SCORE_EPSILON) return current
  return byRowThenPosition(challenger.seats[0]!, current.seats[0]!) < 0 ? challenger : current
}

function groupRowsBySection(rows: readonly PreparedRow[]): PreparedRow[][] {
  const bySection = new Map<string, PreparedRow[]>()
  for (const row of rows) pushTo(bySection, row.sectionId, row)
  return [...bySection.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, sectionRows]) => sectionRows.sort((a, b) => meanY(a) - meanY(b) || compareText(a.rowId, b.rowId)))
}

function notEnoughMessage(available: number, count: number, category: string | undefined): string {
  const where = category === undefined ? '' : ` in category ${category}`
  if (available === 0) return `No seats left${where}.`
  return `Only ${available} seat${available === 1 ? '' : 's'} left${where}; you asked for ${count}.`
}

function isSeatIndex(plan: readonly PlanSeat[] | SeatIndex): plan is SeatIndex {
  return !Array.isArray(plan)
}

function meanY(row: PreparedRow): number {
  return row.seats.reduce((sum, seat) => sum + seat.y, 0) / row.seats.length
}

function ratingSum(seats: readonly PlanSeat[]): number {
  return seats.reduce((sum, seat) => sum + seat.rating, 0)
}

function byPosition(a: PlanSeat, b: PlanSeat): number {
  return a.position - b.position
}

function byRowThenPosition(a: PlanSeat, b: PlanSeat): number {
  return compareText(a.rowId, b.rowId) || a.position - b.position
}

// Code-unit order, not locale order, so the tie-break is the same on every server.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
