// A venue's seating plan as JSON (after pretix's seating plans): its size, price categories,
// stage and labels, and sections of rows, tables or standing room. `parseSeatingPlan` checks
// the shape with zod, then what only the whole plan tells: references, totals, geometry.
// Pure: no Payload, no Astro.
import { z } from 'zod'

import { formatPath } from '../sites/site-schema'
import { isArrayPayload, plainMessage, text, uniqueField } from '../sites/schema-fields'
import { seatNumbers } from './numbering'
import { layoutPlan, type LaidOutSeat } from './plan-geometry'

export type PlanProblem = { path: string; message: string }
export type SeatingPlanParseResult = { ok: true; plan: SeatingPlan } | { ok: false; problems: PlanProblem[] }

export const MAX_SEATS_PER_ROW = 200
export const MAX_SEATS_PER_PLAN = 20_000
/** Two seats nearer than this (in plan units) stand at the same place. */
export const SAME_PLACE_TOLERANCE = 1

const ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

const idSchema = z.string().regex(ID, 'must be letters and digits, possibly joined by "-" or "_", like "orchestre" or "A"')
const number = z.number('must be a number')
const positive = number.positive('must be more than 0')
const pointSchema = z.strictObject({ x: number, y: number })
const rectSchema = z.strictObject({ x: number, y: number, width: positive, height: positive })

const categorySchema = z.strictObject({
  id: idSchema,
  label: text('the category label'),
  color: z.string().regex(HEX_COLOUR, 'must be a hex colour like "#1f3a5f"'),
})

const numberingSchema = z
  .strictObject({
    scheme: z.enum(['left-to-right', 'right-to-left', 'odd-even', 'custom-start']),
    start: z.int('must be a whole number').min(1, 'must be at least 1').optional(),
  })
  .superRefine((numbering, ctx) => {
    if (numbering.scheme === 'custom-start' && numbering.start === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'is required with "custom-start": the number of the leftmost seat',
      })
    }
    if (numbering.scheme === 'odd-even' && numbering.start !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'cannot be used with "odd-even", which always puts 1 and 2 at the centre; remove it',
      })
    }
  })

const rowShape = z.strictObject({
  id: idSchema,
  label: text('the row label'),
  seats: z
    .int('must be a whole number of seats')
    .min(1, 'a row needs at least 1 seat')
    .max(MAX_SEATS_PER_ROW, `a row holds at most ${MAX_SEATS_PER_ROW} seats; split it into two rows`),
  /** Where the leftmost seat stands; a curved row's two end seats stand level with it. */
  start: pointSchema,
  /** From one seat to the next, along the row (along the arc when curved). */
  spacing: positive,
  /** An amphitheatre row: an arc of this radius whose centre is above (default) or below the row. */
  curve: z.strictObject({ radius: positive, centre: z.enum(['above', 'below']).default('above') }).optional(),
  numbering: numberingSchema,
  category: idSchema.optional(),
  /** An aisle after the n-th seat from the left (1-based), one seat wide. */
  gaps: z.array(z.int('must be a whole number (an aisle after the n-th seat from the left)')).optional(),
  /** Seat number (as printed) → category id, for single seats priced apart from their row. */
  seatCategories: z.record(z.string(), idSchema).optional(),
  /** Seat numbers (as printed) of wheelchair places. */
  accessible: z.array(z.string()).optional(),
})
const rowSchema = rowShape.superRefine(rowFitsItself)

const ratingSchema = z.strictObject({ best: pointSchema })

const tableSchema = z.strictObject({
  id: idSchema,
  label: text('the table label'),
  x: number,
  y: number,
  seats: z.int('must be a whole number of seats').min(2, 'a table seats at least 2').max(16, 'a table seats at most 16'),
  shape: z.literal('round', 'must be "round" (the only table shape so far)').default('round'),
  /** From the table's centre to its seats; 40 plan units unless given. */
  radius: positive.optional(),
  soldWhole: z.boolean('must be true or false').optional(),
  category: idSchema.optional(),
})

const rowsSectionSchema = z.strictObject({
  id: idSchema,
  label: text('the section label'),
  kind: z.literal('rows'),
  rows: z
    .array(rowSchema)
    .min(1, 'a section of rows needs at least one row')
    .superRefine(uniqueField('id', 'row'), { when: isArrayPayload }),
  category: idSchema.optional(),
  rating: ratingSchema.optional(),
})

const tablesSectionSchema = z.strictObject({
  id: idSchema,
  label: text('the section label'),
  kind: z.literal('tables'),
  tables: z
    .array(tableSchema)
    .min(1, 'a section of tables needs at least one table')
    .superRefine(uniqueField('id', 'table'), { when: isArrayPayload }),
  category: idSchema.optional(),
  rating: ratingSchema.optional(),
})

const standingSectionSchema = z.strictObject({
  id: idSchema,
  label: text('the section label'),
  kind: z.literal('standing'),
  capacity: z.int('must be a whole number of people').min(1, 'must be at least 1'),
  area: rectSchema,
  category: idSchema,
})

const sectionSchema = z.discriminatedUnion('kind', [rowsSectionSchema, tablesSectionSchema, standingSectionSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'must be "rows", "tables" or "standing"' : undefined),
})

export const seatingPlanSchema = z.strictObject({
  version: z.literal(1, 'must be 1 (the only version of the plan format so far)'),
  name: text('the plan name'),
  size: z.strictObject({ width: positive, height: positive }),
  categories: z
    .array(categorySchema)
    .min(1, 'a plan needs at least one price category')
    .superRefine(uniqueField('id', 'category'), { when: isArrayPayload }),
  stage: rectSchema.extend({ label: text('the stage label') }).optional(),
  labels: z.array(z.strictObject({ x: number, y: number, text: text('the label text') })).optional(),
  sections: z
    .array(sectionSchema)
    .min(1, 'a plan needs at least one section')
    .superRefine(uniqueField('id', 'section'), { when: isArrayPayload }),
})

export type SeatingPlan = z.output<typeof seatingPlanSchema>
export type SeatingPlanInput = z.input<typeof seatingPlanSchema>
export type PlanSection = SeatingPlan['sections'][number]
export type RowsSection = Extract<PlanSection, { kind: 'rows' }>
export type TablesSection = Extract<PlanSection, { kind: 'tables' }>
export type StandingSection = Extract<PlanSection, { kind: 'standing' }>
export type SeatRow = RowsSection['rows'][number]
export type SeatTable = TablesSection['tables'][number]

/** Validates a seating plan: `json` is its text or already-parsed JSON. */
export function parseSeatingPlan(json: unknown): SeatingPlanParseResult {
  let data = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (error) {
      return { ok: false, problems: [{ path: '', message: `the seating plan is not valid JSON: ${(error as Error).message}` }] }
    }
  }
  const result = seatingPlanSchema.safeParse(data, { error: plainMessage })
  if (!result.success) return { ok: false, problems: result.error.issues.flatMap(toProblems) }
  const problems = planProblems(result.data)
  return problems.length === 0 ? { ok: true, plan: result.data } : { ok: false, problems }
}

function toProblems(issue: z.core.$ZodIssue): PlanProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'is not a field here; check its spelling or remove it',
    }))
  }
  const path = formatPath(issue.path)
  return [{ path, message: path ? issue.message : `the seating plan ${issue.message}` }]
}

// What a row can check alone: its aisles, its per-seat lists, whether its arc closes on itself.
function rowFitsItself(row: z.output<typeof rowShape>, ctx: z.RefinementCtx): void {
  if (!Number.isInteger(row.seats) || row.seats < 1 || row.seats > MAX_SEATS_PER_ROW) return
  const seen = new Set<number>()
  row.gaps?.forEach((gap, i) => {
    if (gap < 1 || gap >= row.seats) {
      ctx.addIssue({
        code: 'custom',
        path: ['gaps', i],
        message: `must be between 1 and ${row.seats - 1}: an aisle after the n-th of the row's ${row.seats} seats`,
      })
    } else if (seen.has(gap)) {
      ctx.addIssue({ code: 'custom', path: ['gaps', i], message: `repeats the aisle after seat ${gap}` })
    }
    seen.add(gap)
  })
  const numbers = seatNumbers(row.seats, row.numbering)
  const known = new Set(numbers)
  const range = `${numbers.length === 1 ? numbers[0] : `${Math.min(...numbers.map(Number))} to ${Math.max(...numbers.map(Number))}`}`
  for (const seat of Object.keys(row.seatCategories ?? {})) {
    if (!known.has(seat))
      ctx.addIssue({
        code: 'custom',
        path: ['seatCategories', seat],
        message: `the row has no seat "${seat}"; its seats are numbered ${range}`,
      })
  }
  row.accessible?.forEach((seat, i) => {
    if (!known.has(seat))
      ctx.addIssue({
        code: 'custom',
        path: ['accessible', i],
        message: `the row has no seat "${seat}"; its seats are numbered ${range}`,
      })
  })
  if (row.curve) {
    const slots = row.seats + seen.size
    const needed = (slots * row.spacing) / (2 * Math.PI)
    if (row.curve.radius < needed) {
      ctx.addIssue({
        code: 'custom',
        path: ['curve', 'radius'],
        message: `is too small: ${row.seats} seats ${row.spacing} apart would wrap around the circle; use at least ${Math.ceil(needed)}`,
      })
    }
  }
}

// What only the whole plan tells; run once the shape is right.
function planProblems(plan: SeatingPlan): PlanProblem[] {
  const problems: PlanProblem[] = []
  const add = (path: PropertyKey[], message: string) => problems.push({ path: formatPath(path), message })

  const categoryIds = plan.categories.map((category) => category.id)
  const knownCategory = (path: PropertyKey[], id: string | undefined) => {
    if (id !== undefined && !categoryIds.includes(id)) {
      add(path, `no category in "categories" has id "${id}" (known: ${categoryIds.map((c) => `"${c}"`).join(', ')})`)
    }
  }

  let total = 0
  plan.sections.forEach((section, s) => {
    knownCategory(['sections', s, 'category'], section.category)
    if (section.kind === 'rows') {
      section.rows.forEach((row, r) => {
        total += row.seats
        knownCategory(['sections', s, 'rows', r, 'category'], row.category)
        for (const [seat, id] of Object.entries(row.seatCategories ?? {}))
          knownCategory(['sections', s, 'rows', r, 'seatCategories', seat], id)
        if (row.category === undefined && section.category === undefined) {
          const bare = seatNumbers(row.seats, row.numbering).filter((seat) => row.seatCategories?.[seat] === undefined)
          if (bare.length > 0) {
            add(
              ['sections', s, 'rows', r],
              `seat${bare.length > 1 ? 's' : ''} ${listed(bare)} ha${bare.length > 1 ? 've' : 's'} no category: give the row or its section a "category", or list the seat in "seatCategories"`,
            )
          }
        }
      })
    } else if (section.kind === 'tables') {
      section.tables.forEach((table, t) => {
        total += table.seats
        knownCategory(['sections', s, 'tables', t, 'category'], table.category)
        if (table.category === undefined && section.category === undefined) {
          add(['sections', s, 'tables', t], 'has no category: give the table or its section a "category"')
        }
      })
    } else {
      insidePlan(plan, section.area, ['sections', s, 'area'], `standing area "${section.label}"`, add)
    }
  })
  if (total > MAX_SEATS_PER_PLAN) {
    add(
      ['sections'],
      `hold ${total.toLocaleString('en')} seats; a plan holds at most ${MAX_SEATS_PER_PLAN.toLocaleString('en')}: split the venue into several plans`,
    )
  }
  if (plan.stage) insidePlan(plan, plan.stage, ['stage'], 'the stage', add)
  plan.labels?.forEach((label, i) =>
    insidePlan(plan, { ...label, width: 0, height: 0 }, ['labels', i], `label "${label.text}"`, add),
  )
  if (problems.length > 0) return problems

  seatProblems(plan, layoutPlan(plan), add)
  return problems
}

function insidePlan(
  plan: SeatingPlan,
  rect: { x: number; y: number; width: number; height: number },
  path: PropertyKey[],
  what: string,
  add: (path: PropertyKey[], message: string) => void,
): void {
  const { width, height } = plan.size
  if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > width || rect.y + rect.height > height) {
    add(path, `${what} reaches outside the plan (${width} × ${height}); move it or enlarge "size"`)
  }
}

// Each row or table is reported once, for its first misplaced seat, so a shifted row is one problem.
function seatProblems(plan: SeatingPlan, seats: LaidOutSeat[], add: (path: PropertyKey[], message: string) => void): void {
  const { width, height } = plan.size
  const reported = new Set<string>()
  const reportOnce = (seat: LaidOutSeat, path: PropertyKey[], message: string) => {
    const key = formatPath(seat.source)
    if (reported.has(key)) return
    reported.add(key)
    add(path, message)
  }
  const where = (seat: LaidOutSeat) => `(${round(seat.seat.x)}, ${round(seat.seat.y)})`
  const named = (seat: LaidOutSeat) =>
    `seat ${seat.seat.number} of ${seat.seat.tableId ? 'table' : 'row'} "${seat.seat.rowLabel}" in section "${seat.seat.sectionId}"`
  const placePath = (seat: LaidOutSeat) => (seat.seat.tableId ? seat.source : [...seat.source, 'start'])

  const byId = new Map<string, LaidOutSeat>()
  const grid = new Map<string, LaidOutSeat[]>()
  const cell = (x: number, y: number) => `${Math.floor(x / SAME_PLACE_TOLERANCE)},${Math.floor(y / SAME_PLACE_TOLERANCE)}`

  for (const laid of seats) {
    const { x, y, id } = laid.seat
    if (x < 0 || y < 0 || x > width || y > height) {
      reportOnce(
        laid,
        placePath(laid),
        `${named(laid)} would stand at ${where(laid)}, outside the plan (${width} × ${height}); move it or enlarge "size"`,
      )
    }
    const twin = byId.get(id)
    if (twin) {
      reportOnce(laid, [...laid.source, 'id'], `gives seat id "${id}", as ${named(twin)} does; rename the row, table or section`)
    } else byId.set(id, laid)

    const cx = Math.floor(x / SAME_PLACE_TOLERANCE)
    const cy = Math.floor(y / SAME_PLACE_TOLERANCE)
    let clash: LaidOutSeat | undefined
    for (let dx = -1; dx <= 1 && !clash; dx++) {
      for (let dy = -1; dy <= 1 && !clash; dy++) {
        clash = grid
          .get(`${cx + dx},${cy + dy}`)
          ?.find((other) => Math.hypot(other.seat.x - x, other.seat.y - y) < SAME_PLACE_TOLERANCE)
      }
    }
    if (clash) {
      reportOnce(
        laid,
        placePath(laid),
        `${named(laid)} stands on ${named(clash)} at ${where(laid)}; seats must be at least ${SAME_PLACE_TOLERANCE} apart`,
      )
    }
    const key = cell(x, y)
    const list = grid.get(key)
    if (list) list.push(laid)
    else grid.set(key, [laid])
  }
}

function listed(numbers: string[]): string {
  return numbers.length <= 5 ? numbers.join(', ') : `${numbers.slice(0, 5).join(', ')} and ${numbers.length - 5} more`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
