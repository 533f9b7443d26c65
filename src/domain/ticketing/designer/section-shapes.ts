// The geometry the designer needs on top of plan-geometry.ts: how much room a section takes,
// laying a section's rows out evenly (straight or as concentric arcs), resizing a row about its
// middle, laying tables on a grid, finding free room on the plan, moving things. Pure.
import { seatNumbers } from '../numbering'
import { DEFAULT_TABLE_RADIUS, rowSeatSpots } from '../plan-geometry'
import type { PlanSection, RowsSection, SeatingPlan, SeatRow, SeatTable } from '../seating-plan'

export interface Point {
  x: number
  y: number
}

export interface Box {
  minX: number
  minY: number
  maxX: number
  maxY: number
}

/** Where a section stands: `outer` includes the seats' circles, `centres` only what the plan's bounds check. */
export interface Extent {
  outer: Box
  centres: Box
}

export type CurveCentre = 'above' | 'below'

/** A section of rows laid out evenly: seat to seat, row to row, and the first row's arc if curved. */
export interface RowsShape {
  spacing: number
  rowSpacing: number
  curve?: { radius: number; centre: CurveCentre }
}

/** Room left around what the designer places, in plan units. */
export const MARGIN = 20
// The buyer's map draws a seat 0.4 × spacing wide and a table's seats at most 0.3 × its radius.
const SEAT_SHARE = 0.4
const TABLE_SEAT_SHARE = 0.3
const TABLE_GAP = 30

export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

/** Row to row when nothing tells: a little more than seat to seat, for legs. */
export function defaultRowSpacing(spacing: number): number {
  return Math.round(spacing * 1.2)
}

/** The smallest radius an arc of `slots` seats `spacing` apart may have, as parseSeatingPlan requires. */
export function minimumRadius(slots: number, spacing: number): number {
  return Math.ceil((slots * spacing) / (2 * Math.PI))
}

/** A row's aisles that fit its seats (1…seats−1), each once, in order. */
export function fittingGaps(gaps: readonly number[] | undefined, seats: number): number[] {
  return [...new Set(gaps ?? [])].filter((gap) => Number.isInteger(gap) && gap >= 1 && gap < seats).sort((a, b) => a - b)
}

// From the leftmost seat's slot (0) to the rightmost one's: an aisle takes a slot.
function lastSlot(row: SeatRow): number {
  return row.seats - 1 + fittingGaps(row.gaps, row.seats).length
}

/** The middle of a row: halfway along a straight row, the bow point of a curved one. */
export function rowMiddle(row: SeatRow): Point {
  const length = lastSlot(row) * row.spacing
  if (!row.curve) return { x: row.start.x + length / 2, y: row.start.y }
  const { radius, centre } = row.curve
  const side = centre === 'above' ? 1 : -1
  const half = length / radius / 2
  const centreX = row.start.x + radius * Math.sin(half)
  const centreY = row.start.y - side * radius * Math.cos(half)
  return { x: centreX, y: centreY + side * radius }
}

// The `start` that puts the row's middle at `middle` (the inverse of rowMiddle).
function startFor(row: SeatRow, middle: Point): Point {
  const length = lastSlot(row) * row.spacing
  if (!row.curve) return { x: round1(middle.x - length / 2), y: round1(middle.y) }
  const { radius, centre } = row.curve
  const side = centre === 'above' ? 1 : -1
  const half = length / radius / 2
  const centreY = middle.y - side * radius
  return { x: round1(middle.x - radius * Math.sin(half)), y: round1(centreY + side * radius * Math.cos(half)) }
}

/** How a section's rows are laid out, read back from its rows (the first row's radius for arcs centred above). */
export function rowsShape(section: RowsSection): RowsShape {
  const rows = section.rows
  const first = rows[0]
  const second = rows[1]
  const spacing = first.spacing
  let rowSpacing = 0
  if (second) {
    rowSpacing =
      first.curve && second.curve ? Math.abs(second.curve.radius - first.curve.radius) : Math.abs(rowMiddle(second).y - rowMiddle(first).y)
  }
  if (!(rowSpacing > 0)) rowSpacing = defaultRowSpacing(spacing)
  if (!first.curve) return { spacing, rowSpacing: round1(rowSpacing) }
  const centre = first.curve.centre
  const nearest = centre === 'above' ? first : rows[rows.length - 1]
  return { spacing, rowSpacing: round1(rowSpacing), curve: { radius: round1(nearest.curve?.radius ?? first.curve.radius), centre } }
}

/**
 * The rows laid out evenly from `anchor`, the middle of the first row: each next row
 * `rowSpacing` further down. Curved rows are concentric arcs; with the centre above (a stage at
 * the top) the first row is the tightest, with the centre below the last one is. The radius
 * grows if needed so that no arc wraps round on itself.
 */
export function layRows(rows: readonly SeatRow[], shape: RowsShape, anchor: Point): SeatRow[] {
  const { spacing, rowSpacing, curve } = shape
  const count = rows.length
  const step = (i: number) => (curve?.centre === 'below' ? count - 1 - i : i) * rowSpacing
  let radius = curve?.radius ?? 0
  if (curve) {
    rows.forEach((row, i) => {
      const slots = row.seats + fittingGaps(row.gaps, row.seats).length
      radius = Math.max(radius, minimumRadius(slots, spacing) - step(i))
    })
  }
  return rows.map((row, i) => {
    const { curve: _previous, ...straight } = row
    const shaped: SeatRow = curve
      ? { ...straight, spacing, curve: { radius: round1(radius + step(i)), centre: curve.centre } }
      : { ...straight, spacing }
    return { ...shaped, start: startFor(shaped, { x: anchor.x, y: anchor.y + i * rowSpacing }) }
  })
}

/**
 * The row with `seats` seats (and `gaps` aisles), its middle where it was: it grows or shrinks
 * on both sides. Per-seat categories and wheelchair places of seats that no longer exist go.
 */
export function resizeRow(row: SeatRow, seats: number, gaps: readonly number[] | undefined = row.gaps): SeatRow {
  const middle = rowMiddle(row)
  const kept = fittingGaps(gaps, seats)
  const { gaps: _gaps, seatCategories, accessible, ...rest } = row
  const numbers = new Set(seatNumbers(seats, row.numbering))
  const keptCategories = Object.entries(seatCategories ?? {}).filter(([seat]) => numbers.has(seat))
  const keptAccessible = (accessible ?? []).filter((seat) => numbers.has(seat))
  const resized: SeatRow = {
    ...rest,
    seats,
    ...(kept.length > 0 ? { gaps: kept } : {}),
    ...(keptCategories.length > 0 ? { seatCategories: Object.fromEntries(keptCategories) } : {}),
    ...(keptAccessible.length > 0 ? { accessible: keptAccessible } : {}),
  }
  if (resized.curve) {
    const needed = minimumRadius(seats + kept.length, resized.spacing)
    if (resized.curve.radius < needed) resized.curve = { ...resized.curve, radius: needed }
  }
  return { ...resized, start: startFor(resized, middle) }
}

/** Room between two tables' centres on a grid. */
export function tablePitch(radius: number): number {
  return Math.round(2 * radius * (1 + TABLE_SEAT_SHARE) + TABLE_GAP)
}

/** `count` table centres on a grid of about as many columns as lines, from `origin` (the first centre). */
export function tableGrid(count: number, radius: number, origin: Point, columns = Math.ceil(Math.sqrt(count))): Point[] {
  const pitch = tablePitch(radius)
  return Array.from({ length: count }, (_, i) => ({
    x: round1(origin.x + (i % columns) * pitch),
    y: round1(origin.y + Math.floor(i / columns) * pitch),
  }))
}

function tableReach(table: SeatTable): number {
  return (table.radius ?? DEFAULT_TABLE_RADIUS) * (1 + TABLE_SEAT_SHARE)
}

const emptyBox = (): Box => ({ minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity })

function grow(box: Box, x: number, y: number, reach = 0): void {
  box.minX = Math.min(box.minX, x - reach)
  box.minY = Math.min(box.minY, y - reach)
  box.maxX = Math.max(box.maxX, x + reach)
  box.maxY = Math.max(box.maxY, y + reach)
}

/** The room a section takes. */
export function sectionExtent(section: PlanSection): Extent {
  if (section.kind === 'standing') {
    const { x, y, width, height } = section.area
    const box = { minX: x, minY: y, maxX: x + width, maxY: y + height }
    return { outer: box, centres: { ...box } }
  }
  const outer = emptyBox()
  const centres = emptyBox()
  if (section.kind === 'rows') {
    for (const row of section.rows) {
      const reach = row.spacing * SEAT_SHARE
      for (const spot of rowSeatSpots(row)) {
        grow(outer, spot.x, spot.y, reach)
        grow(centres, spot.x, spot.y)
      }
    }
  } else {
    for (const table of section.tables) {
      const radius = table.radius ?? DEFAULT_TABLE_RADIUS
      grow(outer, table.x, table.y, tableReach(table))
      grow(centres, table.x, table.y, radius)
    }
  }
  return { outer, centres }
}

/** The room a table takes. */
export function tableExtent(table: SeatTable): Extent {
  const outer = emptyBox()
  const centres = emptyBox()
  grow(outer, table.x, table.y, tableReach(table))
  grow(centres, table.x, table.y, table.radius ?? DEFAULT_TABLE_RADIUS)
  return { outer, centres }
}

/** A label's text is drawn centred on its point; a rough box keeps new things off it. */
function labelBox(label: { x: number; y: number; text: string }, size: number): Box {
  const half = (label.text.length * size * 0.3) / 2 + size / 2
  return { minX: label.x - half, minY: label.y - size, maxX: label.x + half, maxY: label.y + size / 2 }
}

/** What already takes room on the plan: sections (but `exceptSectionId`), the stage and the labels. */
export function occupiedBoxes(plan: SeatingPlan, exceptSectionId?: string): Box[] {
  const boxes = plan.sections.filter((section) => section.id !== exceptSectionId).map((section) => sectionExtent(section).outer)
  if (plan.stage) {
    const { x, y, width, height } = plan.stage
    boxes.push({ minX: x, minY: y, maxX: x + width, maxY: y + height })
  }
  const labelSize = Math.min(plan.size.width, plan.size.height) / 36
  for (const label of plan.labels ?? []) boxes.push(labelBox(label, labelSize))
  return boxes
}

function overlaps(a: Box, b: Box, margin: number): boolean {
  return a.minX < b.maxX + margin && b.minX < a.maxX + margin && a.minY < b.maxY + margin && b.minY < a.maxY + margin
}

const FREE_SPOT_STEP = 20

/**
 * The top-left corner of a free `width` × `height` place on the plan, scanning from the top
 * left; below everything when the plan is full (the caller then enlarges the plan).
 */
export function freeSpot(plan: SeatingPlan, width: number, height: number, occupied: readonly Box[] = occupiedBoxes(plan)): Point {
  const { width: planWidth, height: planHeight } = plan.size
  for (let y = MARGIN; y + height <= planHeight - MARGIN; y += FREE_SPOT_STEP) {
    for (let x = MARGIN; x + width <= planWidth - MARGIN; x += FREE_SPOT_STEP) {
      const box = { minX: x, minY: y, maxX: x + width, maxY: y + height }
      if (!occupied.some((other) => overlaps(box, other, MARGIN))) return { x, y }
    }
  }
  const bottom = occupied.reduce((lowest, box) => Math.max(lowest, box.maxY), 0)
  return { x: MARGIN, y: Math.ceil(bottom + MARGIN) }
}

/** Whether `box` lies on the plan, clear of `occupied`. */
export function fitsFree(plan: SeatingPlan, box: Box, occupied: readonly Box[]): boolean {
  const inside = box.minX >= 0 && box.minY >= 0 && box.maxX <= plan.size.width && box.maxY <= plan.size.height
  return inside && !occupied.some((other) => overlaps(box, other, MARGIN / 2))
}

/** The plan enlarged, if needed, so that `box` fits on it with a margin. */
export function enlargedToHold(plan: SeatingPlan, box: Box): SeatingPlan {
  const width = Math.max(plan.size.width, Math.ceil(box.maxX + MARGIN))
  const height = Math.max(plan.size.height, Math.ceil(box.maxY + MARGIN))
  return width === plan.size.width && height === plan.size.height ? plan : { ...plan, size: { width, height } }
}

/**
 * The move (dx, dy) cut short so that what spans `extent` stays on the plan: its seats' circles
 * if they fit, at least their centres (which is what parseSeatingPlan checks).
 */
export function clampMove(plan: SeatingPlan, extent: Extent, dx: number, dy: number): Point {
  const along = (d: number, low: number, high: number, outerLow: number, outerHigh: number, size: number) => {
    let min = -outerLow
    let max = size - outerHigh
    if (min > max) {
      min = -low
      max = size - high
    }
    return min > max ? 0 : Math.min(Math.max(d, min), max)
  }
  const { outer, centres } = extent
  return {
    x: round1(along(dx, centres.minX, centres.maxX, outer.minX, outer.maxX, plan.size.width)),
    y: round1(along(dy, centres.minY, centres.maxY, outer.minY, outer.maxY, plan.size.height)),
  }
}

/** The section moved by (dx, dy), its best-seat point too. */
export function translateSection(section: PlanSection, dx: number, dy: number): PlanSection {
  const at = (point: Point) => ({ x: round1(point.x + dx), y: round1(point.y + dy) })
  if (section.kind === 'standing') return { ...section, area: { ...section.area, ...at(section.area) } }
  const rating = section.rating ? { rating: { best: at(section.rating.best) } } : {}
  if (section.kind === 'rows') return { ...section, ...rating, rows: section.rows.map((row) => ({ ...row, start: at(row.start) })) }
  return { ...section, ...rating, tables: section.tables.map((table) => ({ ...table, ...at(table) })) }
}
