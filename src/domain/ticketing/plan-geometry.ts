// Where each seat of a seating plan stands, its category and its rating: the plan flattened
// into `PlanSeat`s for the map, best-available allocation and tickets. Pure.
import { seatNumbers } from './numbering'
import type { PlanSeat } from './seat'
import type { RowsSection, SeatingPlan, SeatRow, SeatTable, TablesSection } from './seating-plan'

/** From a round table's centre to its seats, unless the table gives its `radius`. */
export const DEFAULT_TABLE_RADIUS = 40

/** A seat and the path (in the plan) of the row or table that makes it, for error messages. */
export interface LaidOutSeat {
  seat: PlanSeat
  source: (string | number)[]
}

export interface StandingZone {
  id: string
  label: string
  capacity: number
  category: string
}

type SeatSpot = { number: string; position: number; x: number; y: number }

/**
 * A row's seats, left to right. `position` counts slots from 0: an aisle (`gaps`) takes one
 * slot, so the seats either side of it differ by 2. A straight row runs right from `start` at
 * `spacing` per slot. A curved row puts its slots `spacing` apart along an arc of `curve.radius`
 * whose centre is above (toward y = 0, a stage at the top) or below the row; its first and last
 * seats stand level with `start`, the middle bows away from the centre.
 */
export function rowSeatSpots(row: SeatRow): SeatSpot[] {
  const numbers = seatNumbers(row.seats, row.numbering)
  const gaps = new Set(row.gaps ?? [])
  let position = 0
  const positions = numbers.map((_, i) => {
    const here = position
    position += gaps.has(i + 1) ? 2 : 1
    return here
  })
  const place = row.curve
    ? arc(row, positions[positions.length - 1])
    : (p: number) => ({ x: row.start.x + p * row.spacing, y: row.start.y })
  return numbers.map((number, i) => ({ number, position: positions[i], ...place(positions[i]) }))
}

function arc(row: SeatRow, lastPosition: number): (position: number) => { x: number; y: number } {
  const radius = row.curve!.radius
  const side = row.curve!.centre === 'above' ? 1 : -1
  const half = (lastPosition * row.spacing) / radius / 2
  const centreX = row.start.x + radius * Math.sin(half)
  const centreY = row.start.y - side * radius * Math.cos(half)
  return (position) => {
    const angle = -half + (position * row.spacing) / radius
    return { x: centreX + radius * Math.sin(angle), y: centreY + side * radius * Math.cos(angle) }
  }
}

/** A round table's seats, numbered 1…n clockwise from the one at the top. */
export function tableSeatSpots(table: SeatTable): SeatSpot[] {
  const radius = table.radius ?? DEFAULT_TABLE_RADIUS
  return Array.from({ length: table.seats }, (_, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / table.seats
    return { number: String(k + 1), position: k, x: table.x + radius * Math.cos(angle), y: table.y + radius * Math.sin(angle) }
  })
}

/** Every seat of the plan, section by section, row by row, left to right. */
export function flattenPlan(plan: SeatingPlan): PlanSeat[] {
  return layoutPlan(plan).map((laid) => laid.seat)
}

/**
 * The seats with where they come from. Ids: `${sectionId}-${rowId}-${number}` and
 * `${sectionId}-${tableId}-${n}`; `rowId` (and `tableId`) are `${sectionId}-${id}`, unique in
 * the plan. Category: the seat's own (`seatCategories`), else its row's or table's, else its
 * section's. Rating: see `rateSeats`.
 */
export function layoutPlan(plan: SeatingPlan): LaidOutSeat[] {
  const laid: LaidOutSeat[] = []
  plan.sections.forEach((section, s) => {
    if (section.kind === 'rows')
      section.rows.forEach((row, r) => laid.push(...rowSeats(section, row, ['sections', s, 'rows', r])))
    if (section.kind === 'tables')
      section.tables.forEach((table, t) => laid.push(...tableSeats(section, table, ['sections', s, 'tables', t])))
  })
  rateSeats(plan, laid)
  return laid
}

function rowSeats(section: RowsSection, row: SeatRow, source: (string | number)[]): LaidOutSeat[] {
  const rowId = `${section.id}-${row.id}`
  const accessible = new Set(row.accessible ?? [])
  return rowSeatSpots(row).map((spot) => ({
    source,
    seat: {
      id: `${rowId}-${spot.number}`,
      sectionId: section.id,
      rowId,
      rowLabel: row.label,
      number: spot.number,
      position: spot.position,
      x: spot.x,
      y: spot.y,
      category: row.seatCategories?.[spot.number] ?? row.category ?? section.category ?? '',
      rating: 0,
      ...(accessible.has(spot.number) ? { accessible: true } : {}),
    },
  }))
}

function tableSeats(section: TablesSection, table: SeatTable, source: (string | number)[]): LaidOutSeat[] {
  const tableId = `${section.id}-${table.id}`
  return tableSeatSpots(table).map((spot) => ({
    source,
    seat: {
      id: `${tableId}-${spot.number}`,
      sectionId: section.id,
      rowId: tableId,
      rowLabel: table.label,
      number: spot.number,
      position: spot.position,
      x: spot.x,
      y: spot.y,
      category: table.category ?? section.category ?? '',
      rating: 0,
      tableId,
      ...(table.soldWhole ? { soldWhole: true } : {}),
    },
  }))
}

/**
 * Rating, 0…100 with one decimal, higher better: 100 × (1 − d / dMax), where d is the seat's
 * distance to its section's `rating.best` point, else to the stage's centre, else to the middle
 * of the plan's top edge; dMax is the greatest such distance in the plan (so the farthest seat
 * rates 0, a seat on the best point 100; one seat alone rates 100).
 */
function rateSeats(plan: SeatingPlan, laid: LaidOutSeat[]): void {
  const fallback = plan.stage
    ? { x: plan.stage.x + plan.stage.width / 2, y: plan.stage.y + plan.stage.height / 2 }
    : { x: plan.size.width / 2, y: 0 }
  const bestOf = new Map(
    plan.sections.map((section) => [section.id, 'rating' in section && section.rating ? section.rating.best : fallback]),
  )
  const distances = laid.map(({ seat }) => {
    const best = bestOf.get(seat.sectionId) ?? fallback
    return Math.hypot(seat.x - best.x, seat.y - best.y)
  })
  const farthest = distances.reduce((max, d) => Math.max(max, d), 0)
  laid.forEach(({ seat }, i) => {
    seat.rating = farthest === 0 ? 100 : Math.round(1000 * (1 - distances[i] / farthest)) / 10
  })
}

/** The standing zones, which have a capacity but no seats. */
export function standingZones(plan: SeatingPlan): StandingZone[] {
  return plan.sections.flatMap((section) =>
    section.kind === 'standing'
      ? [{ id: section.id, label: section.label, capacity: section.capacity, category: section.category }]
      : [],
  )
}
