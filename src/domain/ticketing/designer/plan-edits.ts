// The seat-map designer's editing operations: each takes a seating plan and one edit, and gives
// the edited plan or why it refused. An edit never makes a plan worse: if parseSeatingPlan would
// find a problem the plan did not have (seats on top of each other, an empty label, a seat off
// the plan…), the edit is refused with those problems. Ids of existing sections, rows, tables and
// categories never change, since seat ids and ticket prices refer to them. Pure.
import { z } from 'zod'

import { seatNumbers, type Numbering } from '../numbering'
import { DEFAULT_TABLE_RADIUS } from '../plan-geometry'
import {
  MAX_SEATS_PER_ROW,
  parseSeatingPlan,
  seatingPlanSchema,
  type PlanProblem,
  type PlanSection,
  type RowsSection,
  type SeatingPlan,
  type SeatRow,
  type SeatTable,
  type StandingSection,
  type TablesSection,
} from '../seating-plan'
import { idFromLabel, nextLabel, rowLetters, slugId, uniqueId } from './plan-ids'
import {
  clampMove,
  defaultRowSpacing,
  enlargedToHold,
  fitsFree,
  freeSpot,
  layRows,
  MARGIN,
  minimumRadius,
  occupiedBoxes,
  resizeRow,
  round1,
  rowMiddle,
  rowsShape,
  sectionExtent,
  tableExtent,
  tableGrid,
  tablePitch,
  translateSection,
  fittingGaps,
  type CurveCentre,
  type Extent,
} from './section-shapes'

export type SectionRef = { kind: 'section'; sectionId: string }
export type RowRef = { kind: 'row'; sectionId: string; rowId: string }
export type TableRef = { kind: 'table'; sectionId: string; tableId: string }
export type SeatRef = { kind: 'seat'; sectionId: string; rowId: string; seat: string }
export type StageRef = { kind: 'stage' }
export type LabelRef = { kind: 'label'; index: number }
/** Something on the plan a person can select. */
export type PlanRef = SectionRef | RowRef | TableRef | SeatRef | StageRef | LabelRef

export type PlanEdit =
  | {
      type: 'add-rows'
      label: string
      rows: number
      seatsPerRow: number
      spacing?: number
      rowSpacing?: number
      /** Curved rows (concentric arcs, centre towards the stage at the top) when more than 0. */
      curveRadius?: number
      numbering?: Numbering
      category?: string
    }
  | { type: 'add-tables'; label: string; tables: number; seatsPerTable: number; soldWhole?: boolean; radius?: number; category?: string }
  | { type: 'add-standing'; label: string; capacity: number; width?: number; height?: number; category?: string }
  | { type: 'add-stage'; label: string; width?: number; height?: number }
  | { type: 'add-label'; text: string; x?: number; y?: number }
  | { type: 'rename'; target: { kind: 'plan' } | SectionRef | RowRef | TableRef | StageRef | LabelRef; text: string }
  | { type: 'move'; target: SectionRef | TableRef | StageRef | LabelRef; dx: number; dy: number }
  | { type: 'duplicate-section'; sectionId: string; label: string }
  | { type: 'delete'; target: SectionRef | RowRef | TableRef | StageRef | LabelRef }
  | { type: 'set-row-count'; sectionId: string; rows: number }
  /** Seats per row (a section of rows, or one row) or per table (a section of tables, or one table). */
  | { type: 'set-seats'; target: SectionRef | RowRef | TableRef; seats: number }
  | { type: 'set-spacing'; sectionId: string; spacing?: number; rowSpacing?: number }
  /** Straight rows when `radius` is 0 or missing. */
  | { type: 'set-curve'; sectionId: string; radius?: number; centre?: CurveCentre }
  | { type: 'set-numbering'; target: SectionRef | RowRef; numbering: Numbering }
  /** Aisles after the n-th seat from the left, in every row of a section or in one row. */
  | { type: 'set-gaps'; target: SectionRef | RowRef; gaps: number[] }
  | { type: 'set-table-count'; sectionId: string; tables: number }
  | { type: 'set-sold-whole'; target: SectionRef | TableRef; soldWhole: boolean }
  | { type: 'set-table-radius'; target: SectionRef | TableRef; radius: number }
  | { type: 'set-capacity'; sectionId: string; capacity: number }
  /** A standing area's or the stage's size, from its top-left corner. */
  | { type: 'resize-area'; target: SectionRef | StageRef; width: number; height: number }
  /** `category` undefined: the row, table or seat takes its section's (or row's) category again. */
  | { type: 'set-category'; target: SectionRef | RowRef | TableRef | SeatRef; category: string | undefined }
  | { type: 'set-accessible'; target: SeatRef; accessible: boolean }
  | { type: 'add-category'; label: string; color?: string; id?: string }
  | { type: 'edit-category'; id: string; label?: string; color?: string }
  | { type: 'delete-category'; id: string }
  | { type: 'resize-plan'; width: number; height: number }

export type Refusal =
  /** The plan is not in a shape the designer can draw: fix its JSON first. */
  | { code: 'not-editable' }
  /** What the edit names is not (or no longer) on the plan. */
  | { code: 'not-found' }
  | { code: 'not-a-number' }
  | { code: 'category-in-use'; category: string; usedBy: string }
  /** The edit would give the plan these problems, which it did not have. */
  | { code: 'breaks-plan'; problems: PlanProblem[] }

export type EditResult =
  | {
      ok: true
      plan: SeatingPlan
      /** False when the edit left the plan as it was. */
      changed: boolean
      /** What to select now: something the edit made, `null` once the selection is gone, `undefined` to keep it. */
      select?: PlanRef | null
    }
  | { ok: false; refusal: Refusal }

export const DEFAULT_SPACING = 30
export const MAX_ROWS_PER_SECTION = 100
export const MAX_TABLES_PER_SECTION = 200
export const MIN_TABLE_SEATS = 2
export const MAX_TABLE_SEATS = 16
/** New categories take the next of these colours. */
export const CATEGORY_COLOURS = ['#d7263d', '#2f7fc1', '#3a7d44', '#a8741a', '#7b4bb7', '#e07a1f', '#1f3a5f', '#8c564b']
const BLANK_SIZE = { width: 1000, height: 700 }

/** What the designer starts from: one price category and nothing on the plan yet (not a valid plan until a section is added). */
export function blankPlan(name: string, categoryLabel: string): SeatingPlan {
  return {
    version: 1,
    name: name.trim() || 'Plan',
    size: { ...BLANK_SIZE },
    categories: [{ id: 'cat1', label: categoryLabel, color: CATEGORY_COLOURS[0] }],
    sections: [],
  }
}

// The plan's shape without "at least one section", so a blank plan can be drawn and edited.
const draftSchema = seatingPlanSchema.extend({ sections: z.array(seatingPlanSchema.shape.sections.element) })
// Plans are never mutated, so what was read from one object holds for as long as it lives.
const drafts = new WeakMap<object, SeatingPlan | null>()
const problemLists = new WeakMap<object, PlanProblem[]>()

/** The plan with its defaults filled in, if it has a shape the designer can draw; else undefined. */
export function readDraft(value: unknown): SeatingPlan | undefined {
  if (value === null || typeof value !== 'object') return undefined
  let draft = drafts.get(value)
  if (draft === undefined) {
    const result = draftSchema.safeParse(value)
    draft = result.success ? result.data : null
    drafts.set(value, draft)
  }
  return draft ?? undefined
}

/** What parseSeatingPlan finds wrong with the plan; empty when it is valid. */
export function problemsOf(value: unknown): PlanProblem[] {
  if (value === null || typeof value !== 'object') {
    const result = parseSeatingPlan(value)
    return result.ok ? [] : result.problems
  }
  let problems = problemLists.get(value)
  if (!problems) {
    const result = parseSeatingPlan(value)
    problems = result.ok ? [] : result.problems
    problemLists.set(value, problems)
  }
  return problems
}

/** Applies one edit to the plan (`value`, as stored), refusing it if it would add a problem. */
export function editPlan(value: unknown, edit: PlanEdit): EditResult {
  const plan = readDraft(value)
  if (!plan) return { ok: false, refusal: { code: 'not-editable' } }
  let applied: Applied
  try {
    applied = apply(plan, edit)
  } catch (error) {
    if (error instanceof Refused) return { ok: false, refusal: error.refusal }
    throw error
  }
  // An edit that sets what was already there (a zero move, the same label) is no step to undo.
  if (applied.plan === plan || JSON.stringify(applied.plan) === JSON.stringify(plan)) {
    return { ok: true, plan, changed: false, select: applied.select }
  }
  const known = new Set(problemsOf(value).map((problem) => problem.path))
  const added = problemsOf(applied.plan).filter((problem) => !known.has(problem.path))
  if (added.length > 0) return { ok: false, refusal: { code: 'breaks-plan', problems: added } }
  return { ok: true, plan: applied.plan, changed: true, select: applied.select }
}

type Applied = { plan: SeatingPlan; select?: PlanRef | null }

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code)
  }
}

function refuse(refusal: Refusal): never {
  throw new Refused(refusal)
}

function numbers(...values: (number | undefined)[]): void {
  if (values.some((value) => value !== undefined && !Number.isFinite(value))) refuse({ code: 'not-a-number' })
}

const whole = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)))

function apply(plan: SeatingPlan, edit: PlanEdit): Applied {
  switch (edit.type) {
    case 'add-rows':
      return addRows(plan, edit)
    case 'add-tables':
      return addTables(plan, edit)
    case 'add-standing':
      return addStanding(plan, edit)
    case 'add-stage':
      return addStage(plan, edit)
    case 'add-label':
      return addLabel(plan, edit)
    case 'rename':
      return { plan: rename(plan, edit.target, edit.text) }
    case 'move':
      return { plan: move(plan, edit.target, edit.dx, edit.dy) }
    case 'duplicate-section':
      return duplicateSection(plan, edit.sectionId, edit.label)
    case 'delete':
      return { plan: remove(plan, edit.target), select: null }
    case 'set-row-count':
      return { plan: setRowCount(plan, edit.sectionId, edit.rows) }
    case 'set-seats':
      return { plan: setSeats(plan, edit.target, edit.seats) }
    case 'set-spacing':
      return { plan: setSpacing(plan, edit.sectionId, edit.spacing, edit.rowSpacing) }
    case 'set-curve':
      return { plan: setCurve(plan, edit.sectionId, edit.radius, edit.centre) }
    case 'set-numbering':
      return { plan: setNumbering(plan, edit.target, edit.numbering) }
    case 'set-gaps':
      return { plan: setGaps(plan, edit.target, edit.gaps) }
    case 'set-table-count':
      return { plan: setTableCount(plan, edit.sectionId, edit.tables) }
    case 'set-sold-whole':
      return { plan: setSoldWhole(plan, edit.target, edit.soldWhole) }
    case 'set-table-radius':
      return { plan: setTableRadius(plan, edit.target, edit.radius) }
    case 'set-capacity':
      numbers(edit.capacity)
      return {
        plan: withStanding(plan, edit.sectionId, (zone) => ({ ...zone, capacity: whole(edit.capacity, 1, Number.MAX_SAFE_INTEGER) })),
      }
    case 'resize-area':
      return { plan: resizeArea(plan, edit.target, edit.width, edit.height) }
    case 'set-category':
      return { plan: setCategory(plan, edit.target, edit.category) }
    case 'set-accessible':
      return { plan: setAccessible(plan, edit.target, edit.accessible) }
    case 'add-category':
      return { plan: addCategory(plan, edit.label, edit.color, edit.id) }
    case 'edit-category':
      return { plan: editCategory(plan, edit.id, edit.label, edit.color) }
    case 'delete-category':
      return { plan: deleteCategory(plan, edit.id) }
    case 'resize-plan':
      numbers(edit.width, edit.height)
      return { plan: { ...plan, size: { width: Math.round(edit.width), height: Math.round(edit.height) } } }
  }
}

// ——— Finding and replacing parts of the plan ———

function sectionAt(plan: SeatingPlan, sectionId: string): number {
  const index = plan.sections.findIndex((section) => section.id === sectionId)
  return index >= 0 ? index : refuse({ code: 'not-found' })
}

function withSection(plan: SeatingPlan, sectionId: string, change: (section: PlanSection) => PlanSection): SeatingPlan {
  const index = sectionAt(plan, sectionId)
  const sections = [...plan.sections]
  sections[index] = change(sections[index])
  return { ...plan, sections }
}

function withRows(plan: SeatingPlan, sectionId: string, change: (section: RowsSection) => RowsSection): SeatingPlan {
  return withSection(plan, sectionId, (section) => (section.kind === 'rows' ? change(section) : refuse({ code: 'not-found' })))
}

function withTables(plan: SeatingPlan, sectionId: string, change: (section: TablesSection) => TablesSection): SeatingPlan {
  return withSection(plan, sectionId, (section) => (section.kind === 'tables' ? change(section) : refuse({ code: 'not-found' })))
}

function withStanding(plan: SeatingPlan, sectionId: string, change: (section: StandingSection) => StandingSection): SeatingPlan {
  return withSection(plan, sectionId, (section) => (section.kind === 'standing' ? change(section) : refuse({ code: 'not-found' })))
}

function withRow(plan: SeatingPlan, ref: RowRef | SeatRef, change: (row: SeatRow, section: RowsSection) => SeatRow): SeatingPlan {
  return withRows(plan, ref.sectionId, (section) => {
    const index = section.rows.findIndex((row) => row.id === ref.rowId)
    if (index < 0) refuse({ code: 'not-found' })
    const rows = [...section.rows]
    rows[index] = change(rows[index], section)
    return { ...section, rows }
  })
}

function withTable(plan: SeatingPlan, ref: TableRef, change: (table: SeatTable) => SeatTable): SeatingPlan {
  return withTables(plan, ref.sectionId, (section) => {
    const index = section.tables.findIndex((table) => table.id === ref.tableId)
    if (index < 0) refuse({ code: 'not-found' })
    const tables = [...section.tables]
    tables[index] = change(tables[index])
    return { ...section, tables }
  })
}

/** Every row of a section of rows, or the one row `ref` names. */
function withEachRow(plan: SeatingPlan, ref: SectionRef | RowRef, change: (row: SeatRow, section: RowsSection) => SeatRow): SeatingPlan {
  if (ref.kind === 'row') return withRow(plan, ref, change)
  return withRows(plan, ref.sectionId, (section) => ({ ...section, rows: section.rows.map((row) => change(row, section)) }))
}

function withEachTable(plan: SeatingPlan, ref: SectionRef | TableRef, change: (table: SeatTable) => SeatTable): SeatingPlan {
  if (ref.kind === 'table') return withTable(plan, ref, change)
  return withTables(plan, ref.sectionId, (section) => ({ ...section, tables: section.tables.map(change) }))
}

/**
 * After a section grew: back onto the plan if it now reaches past the top or left edge, and the
 * plan enlarged if it reaches past the bottom or right one.
 */
function settled(plan: SeatingPlan, sectionId: string): SeatingPlan {
  const index = sectionAt(plan, sectionId)
  let section = plan.sections[index]
  const { outer } = sectionExtent(section)
  const dx = outer.minX < 0 ? Math.ceil(-outer.minX) : 0
  const dy = outer.minY < 0 ? Math.ceil(-outer.minY) : 0
  if (dx > 0 || dy > 0) section = translateSection(section, dx, dy)
  const sections = [...plan.sections]
  sections[index] = section
  return enlargedToHold({ ...plan, sections }, sectionExtent(section).outer)
}

/** A new section put in the first free place on the plan, the plan enlarged if it is full. */
function placed(plan: SeatingPlan, section: PlanSection): SeatingPlan {
  const { outer } = sectionExtent(section)
  const spot = freeSpot(plan, outer.maxX - outer.minX, outer.maxY - outer.minY)
  const moved = translateSection(section, spot.x - outer.minX, spot.y - outer.minY)
  return enlargedToHold({ ...plan, sections: [...plan.sections, moved] }, sectionExtent(moved).outer)
}

function newSectionId(plan: SeatingPlan, label: string): string {
  return uniqueId(
    slugId(label, 'section'),
    plan.sections.map((section) => section.id),
  )
}

function firstCategory(plan: SeatingPlan, category: string | undefined): string | undefined {
  return category ?? plan.categories[0]?.id
}

// ——— Adding ———

/** parseSeatingPlan's rules for a numbering, applied rather than reported. */
export function normalNumbering(numbering: Numbering): Numbering {
  if (numbering.scheme === 'odd-even') return { scheme: 'odd-even' }
  const start = numbering.start === undefined || !Number.isFinite(numbering.start) ? undefined : whole(numbering.start, 1, 1_000_000)
  if (numbering.scheme === 'custom-start') return { scheme: 'custom-start', start: start ?? 1 }
  return start === undefined || start === 1 ? { scheme: numbering.scheme } : { scheme: numbering.scheme, start }
}

function addRows(plan: SeatingPlan, edit: Extract<PlanEdit, { type: 'add-rows' }>): Applied {
  numbers(edit.rows, edit.seatsPerRow, edit.spacing, edit.rowSpacing, edit.curveRadius)
  const count = whole(edit.rows, 1, MAX_ROWS_PER_SECTION)
  const seats = whole(edit.seatsPerRow, 1, MAX_SEATS_PER_ROW)
  const spacing = Math.max(1, edit.spacing ?? DEFAULT_SPACING)
  const rowSpacing = Math.max(1, edit.rowSpacing ?? defaultRowSpacing(spacing))
  const numbering = normalNumbering(edit.numbering ?? { scheme: 'left-to-right' })
  const rows: SeatRow[] = Array.from({ length: count }, (_, i) => ({
    id: rowLetters(i),
    label: rowLetters(i),
    seats,
    start: { x: 0, y: 0 },
    spacing,
    numbering,
  }))
  const curve = edit.curveRadius && edit.curveRadius > 0 ? { radius: edit.curveRadius, centre: 'above' as const } : undefined
  const id = newSectionId(plan, edit.label)
  const category = firstCategory(plan, edit.category)
  const section: RowsSection = {
    id,
    label: edit.label,
    kind: 'rows',
    ...(category ? { category } : {}),
    rows: layRows(rows, { spacing, rowSpacing, ...(curve ? { curve } : {}) }, { x: 0, y: 0 }),
  }
  return { plan: placed(plan, section), select: { kind: 'section', sectionId: id } }
}

function tableLabels(plan: SeatingPlan): string[] {
  return plan.sections.flatMap((section) => (section.kind === 'tables' ? section.tables.map((table) => table.label) : []))
}

function addTables(plan: SeatingPlan, edit: Extract<PlanEdit, { type: 'add-tables' }>): Applied {
  numbers(edit.tables, edit.seatsPerTable, edit.radius)
  const count = whole(edit.tables, 1, MAX_TABLES_PER_SECTION)
  const seats = whole(edit.seatsPerTable, MIN_TABLE_SEATS, MAX_TABLE_SEATS)
  const radius = Math.max(10, edit.radius ?? DEFAULT_TABLE_RADIUS)
  // Tables are numbered across the plan, so "Table 7" is one table wherever it stands.
  const first =
    1 +
    Math.max(
      0,
      ...tableLabels(plan)
        .filter((label) => /^\d+$/.test(label))
        .map(Number),
    )
  const tables: SeatTable[] = tableGrid(count, radius, { x: 0, y: 0 }).map((centre, i) => ({
    id: `T${i + 1}`,
    label: String(first + i),
    ...centre,
    seats,
    shape: 'round',
    ...(radius !== DEFAULT_TABLE_RADIUS ? { radius } : {}),
    ...(edit.soldWhole ? { soldWhole: true } : {}),
  }))
  const id = newSectionId(plan, edit.label)
  const category = firstCategory(plan, edit.category)
  const section: TablesSection = { id, label: edit.label, kind: 'tables', ...(category ? { category } : {}), tables }
  return { plan: placed(plan, section), select: { kind: 'section', sectionId: id } }
}

function addStanding(plan: SeatingPlan, edit: Extract<PlanEdit, { type: 'add-standing' }>): Applied {
  numbers(edit.capacity, edit.width, edit.height)
  const id = newSectionId(plan, edit.label)
  const section: StandingSection = {
    id,
    label: edit.label,
    kind: 'standing',
    capacity: whole(edit.capacity, 1, Number.MAX_SAFE_INTEGER),
    area: { x: 0, y: 0, width: Math.max(10, edit.width ?? 200), height: Math.max(10, edit.height ?? 100) },
    category: firstCategory(plan, edit.category) ?? '',
  }
  return { plan: placed(plan, section), select: { kind: 'section', sectionId: id } }
}

function addStage(plan: SeatingPlan, edit: Extract<PlanEdit, { type: 'add-stage' }>): Applied {
  numbers(edit.width, edit.height)
  if (plan.stage) return { plan, select: { kind: 'stage' } }
  const { width: planWidth, height: planHeight } = plan.size
  const width = Math.min(edit.width ?? Math.round(planWidth * 0.4), planWidth)
  const height = Math.min(edit.height ?? 50, planHeight)
  // At the top in the middle, where a stage usually is, unless seats are already there.
  let at = { x: Math.round((planWidth - width) / 2), y: Math.min(MARGIN / 2, planHeight - height) }
  const occupied = occupiedBoxes(plan)
  if (!fitsFree(plan, { minX: at.x, minY: at.y, maxX: at.x + width, maxY: at.y + height }, occupied))
    at = freeSpot(plan, width, height, occupied)
  const stage = { ...at, width, height, label: edit.label }
  const next = enlargedToHold(plan, { minX: at.x, minY: at.y, maxX: at.x + width, maxY: at.y + height })
  return { plan: { ...next, stage }, select: { kind: 'stage' } }
}

function addLabel(plan: SeatingPlan, edit: Extract<PlanEdit, { type: 'add-label' }>): Applied {
  numbers(edit.x, edit.y)
  const size = Math.min(plan.size.width, plan.size.height) / 36
  let point: { x: number; y: number }
  let next = plan
  if (edit.x !== undefined && edit.y !== undefined) point = { x: edit.x, y: edit.y }
  else {
    const width = Math.max(edit.text.length * size * 0.6, size)
    const spot = freeSpot(plan, width, size * 1.5)
    point = { x: round1(spot.x + width / 2), y: round1(spot.y + size) }
    next = enlargedToHold(plan, { minX: spot.x, minY: spot.y, maxX: spot.x + width, maxY: spot.y + size * 1.5 })
  }
  const labels = [...(plan.labels ?? []), { ...point, text: edit.text }]
  return { plan: { ...next, labels }, select: { kind: 'label', index: labels.length - 1 } }
}

// ——— Naming, moving, copying, deleting ———

function rename(plan: SeatingPlan, target: Extract<PlanEdit, { type: 'rename' }>['target'], text: string): SeatingPlan {
  switch (target.kind) {
    case 'plan':
      return { ...plan, name: text }
    case 'section':
      return withSection(plan, target.sectionId, (section) => ({ ...section, label: text }))
    case 'row':
      return withRow(plan, target, (row) => ({ ...row, label: text }))
    case 'table':
      return withTable(plan, target, (table) => ({ ...table, label: text }))
    case 'stage':
      return plan.stage ? { ...plan, stage: { ...plan.stage, label: text } } : refuse({ code: 'not-found' })
    case 'label':
      return withLabel(plan, target.index, (label) => ({ ...label, text }))
  }
}

function withLabel(
  plan: SeatingPlan,
  index: number,
  change: (label: NonNullable<SeatingPlan['labels']>[number]) => NonNullable<SeatingPlan['labels']>[number],
): SeatingPlan {
  const labels = [...(plan.labels ?? [])]
  if (!labels[index]) refuse({ code: 'not-found' })
  labels[index] = change(labels[index])
  return { ...plan, labels }
}

const boxExtent = (minX: number, minY: number, maxX: number, maxY: number): Extent => {
  const box = { minX, minY, maxX, maxY }
  return { outer: box, centres: { ...box } }
}

/** Moves by (dx, dy), cut short at the plan's edges. */
function move(plan: SeatingPlan, target: Extract<PlanEdit, { type: 'move' }>['target'], dx: number, dy: number): SeatingPlan {
  numbers(dx, dy)
  switch (target.kind) {
    case 'section':
      return withSection(plan, target.sectionId, (section) => {
        const step = clampMove(plan, sectionExtent(section), dx, dy)
        return translateSection(section, step.x, step.y)
      })
    case 'table':
      return withTable(plan, target, (table) => {
        const step = clampMove(plan, tableExtent(table), dx, dy)
        return { ...table, x: round1(table.x + step.x), y: round1(table.y + step.y) }
      })
    case 'stage': {
      const stage = plan.stage ?? refuse({ code: 'not-found' })
      const step = clampMove(plan, boxExtent(stage.x, stage.y, stage.x + stage.width, stage.y + stage.height), dx, dy)
      return { ...plan, stage: { ...stage, x: round1(stage.x + step.x), y: round1(stage.y + step.y) } }
    }
    case 'label':
      return withLabel(plan, target.index, (label) => {
        const step = clampMove(plan, boxExtent(label.x, label.y, label.x, label.y), dx, dy)
        return { ...label, x: round1(label.x + step.x), y: round1(label.y + step.y) }
      })
  }
}

/** A copy with a new id and `label`, just below the original if there is room there, else in the first free place. */
function duplicateSection(plan: SeatingPlan, sectionId: string, label: string): Applied {
  const original = plan.sections[sectionAt(plan, sectionId)]
  const id = newSectionId(plan, label)
  let copy: PlanSection = { ...structuredClone(original), id, label }
  if (copy.kind === 'tables') {
    // Numbered tables go on from the plan's highest number, so no two tables read the same.
    let last = Math.max(
      0,
      ...tableLabels(plan)
        .filter((text) => /^\d+$/.test(text))
        .map(Number),
    )
    copy = { ...copy, tables: copy.tables.map((table) => (/^\d+$/.test(table.label) ? { ...table, label: String(++last) } : table)) }
  }
  const { outer } = sectionExtent(original)
  const below = translateSection(copy, 0, outer.maxY - outer.minY + MARGIN)
  const occupied = occupiedBoxes(plan)
  if (fitsFree(plan, sectionExtent(below).outer, occupied)) {
    return { plan: { ...plan, sections: [...plan.sections, below] }, select: { kind: 'section', sectionId: id } }
  }
  return { plan: placed(plan, copy), select: { kind: 'section', sectionId: id } }
}

/** Deletes; the last row or table of a section takes its section with it. */
function remove(plan: SeatingPlan, target: Extract<PlanEdit, { type: 'delete' }>['target']): SeatingPlan {
  const withoutSection = (sectionId: string) => {
    sectionAt(plan, sectionId)
    return { ...plan, sections: plan.sections.filter((section) => section.id !== sectionId) }
  }
  switch (target.kind) {
    case 'section':
      return withoutSection(target.sectionId)
    case 'row': {
      const section = plan.sections[sectionAt(plan, target.sectionId)]
      if (section.kind !== 'rows' || !section.rows.some((row) => row.id === target.rowId)) refuse({ code: 'not-found' })
      if (section.rows.length === 1) return withoutSection(section.id)
      return withRows(plan, section.id, (rows) => ({ ...rows, rows: rows.rows.filter((row) => row.id !== target.rowId) }))
    }
    case 'table': {
      const section = plan.sections[sectionAt(plan, target.sectionId)]
      if (section.kind !== 'tables' || !section.tables.some((table) => table.id === target.tableId)) refuse({ code: 'not-found' })
      if (section.tables.length === 1) return withoutSection(section.id)
      return withTables(plan, section.id, (tables) => ({ ...tables, tables: tables.tables.filter((table) => table.id !== target.tableId) }))
    }
    case 'stage': {
      if (!plan.stage) refuse({ code: 'not-found' })
      const { stage: _stage, ...rest } = plan
      return rest
    }
    case 'label': {
      const labels = plan.labels ?? []
      if (!labels[target.index]) refuse({ code: 'not-found' })
      const kept = labels.filter((_, i) => i !== target.index)
      const { labels: _labels, ...rest } = plan
      return kept.length > 0 ? { ...rest, labels: kept } : rest
    }
  }
}

// ——— Rows ———

/** Removes rows from the end, or adds rows after the last one, like it, one row spacing further each. */
function setRowCount(plan: SeatingPlan, sectionId: string, count: number): SeatingPlan {
  numbers(count)
  const wanted = whole(count, 1, MAX_ROWS_PER_SECTION)
  const edited = withRows(plan, sectionId, (section) => {
    if (wanted <= section.rows.length) return { ...section, rows: section.rows.slice(0, wanted) }
    const { rowSpacing } = rowsShape(section)
    const last = section.rows[section.rows.length - 1]
    const middle = rowMiddle(last)
    const rows = [...section.rows]
    const { seatCategories: _categories, accessible: _accessible, ...template } = last
    for (let k = 1; rows.length < wanted; k++) {
      const previous = rows[rows.length - 1]
      const label = nextLabel(previous.label) ?? rowLetters(rows.length)
      const id = idFromLabel(
        label,
        `R${rows.length + 1}`,
        rows.map((row) => row.id),
      )
      // The next arc out from a centre above is wider; towards a centre below, tighter.
      const curve = template.curve && {
        ...template.curve,
        radius: Math.max(
          template.curve.radius + (template.curve.centre === 'above' ? 1 : -1) * k * rowSpacing,
          minimumRadius(template.seats + fittingGaps(template.gaps, template.seats).length, template.spacing),
        ),
      }
      const row: SeatRow = { ...template, id, label, ...(curve ? { curve } : {}) }
      rows.push(
        layRows([row], { spacing: row.spacing, rowSpacing, ...(curve ? { curve } : {}) }, { x: middle.x, y: middle.y + k * rowSpacing })[0],
      )
    }
    return { ...section, rows }
  })
  return settled(edited, sectionId)
}

function setSeats(plan: SeatingPlan, target: SectionRef | RowRef | TableRef, seats: number): SeatingPlan {
  numbers(seats)
  const section = plan.sections[sectionAt(plan, target.sectionId)]
  if (target.kind === 'table' || (target.kind === 'section' && section.kind === 'tables')) {
    const perTable = whole(seats, MIN_TABLE_SEATS, MAX_TABLE_SEATS)
    return settled(
      withEachTable(plan, target as SectionRef | TableRef, (table) => ({ ...table, seats: perTable })),
      target.sectionId,
    )
  }
  const perRow = whole(seats, 1, MAX_SEATS_PER_ROW)
  return settled(
    withEachRow(plan, target as SectionRef | RowRef, (row) => resizeRow(row, perRow)),
    target.sectionId,
  )
}

/** Lays the section's rows out again, evenly, the first row's middle where it was. */
function relaid(
  plan: SeatingPlan,
  sectionId: string,
  shape: (current: ReturnType<typeof rowsShape>) => ReturnType<typeof rowsShape>,
): SeatingPlan {
  const edited = withRows(plan, sectionId, (section) => ({
    ...section,
    rows: layRows(section.rows, shape(rowsShape(section)), rowMiddle(section.rows[0])),
  }))
  return settled(edited, sectionId)
}

function setSpacing(plan: SeatingPlan, sectionId: string, spacing?: number, rowSpacing?: number): SeatingPlan {
  numbers(spacing, rowSpacing)
  return relaid(plan, sectionId, (shape) => ({
    ...shape,
    spacing: Math.max(1, spacing ?? shape.spacing),
    rowSpacing: Math.max(1, rowSpacing ?? shape.rowSpacing),
  }))
}

function setCurve(plan: SeatingPlan, sectionId: string, radius?: number, centre?: CurveCentre): SeatingPlan {
  numbers(radius)
  return relaid(plan, sectionId, ({ curve: current, ...shape }) =>
    radius && radius > 0 ? { ...shape, curve: { radius, centre: centre ?? current?.centre ?? 'above' } } : shape,
  )
}

/** New numbers; a seat's own category and wheelchair mark stay with the seat (its place in the row), not its old number. */
function setNumbering(plan: SeatingPlan, target: SectionRef | RowRef, numbering: Numbering): SeatingPlan {
  const normal = normalNumbering(numbering)
  return withEachRow(plan, target, (row) => {
    const before = seatNumbers(row.seats, row.numbering)
    const after = seatNumbers(row.seats, normal)
    const renamed = new Map(before.map((number, i) => [number, after[i]]))
    const { seatCategories, accessible, ...rest } = row
    return {
      ...rest,
      numbering: normal,
      ...(seatCategories
        ? {
            seatCategories: Object.fromEntries(
              Object.entries(seatCategories).map(([seat, category]) => [renamed.get(seat) ?? seat, category]),
            ),
          }
        : {}),
      ...(accessible ? { accessible: accessible.map((seat) => renamed.get(seat) ?? seat) } : {}),
    }
  })
}

function setGaps(plan: SeatingPlan, target: SectionRef | RowRef, gaps: number[]): SeatingPlan {
  numbers(...gaps)
  return settled(
    withEachRow(plan, target, (row) => resizeRow(row, row.seats, gaps)),
    target.sectionId,
  )
}

// ——— Tables and standing areas ———

/** Removes tables from the end, or adds tables like the last one in lines below the section. */
function setTableCount(plan: SeatingPlan, sectionId: string, count: number): SeatingPlan {
  numbers(count)
  const wanted = whole(count, 1, MAX_TABLES_PER_SECTION)
  const edited = withTables(plan, sectionId, (section) => {
    if (wanted <= section.tables.length) return { ...section, tables: section.tables.slice(0, wanted) }
    const last = section.tables[section.tables.length - 1]
    const radius = last.radius ?? DEFAULT_TABLE_RADIUS
    const { centres } = sectionExtent(section)
    // As many per line as the first line of the section holds.
    const columns = Math.max(1, section.tables.filter((table) => Math.abs(table.y - section.tables[0].y) < 1).length)
    const origin = { x: centres.minX + radius, y: centres.maxY + tablePitch(radius) - radius }
    const spots = tableGrid(wanted - section.tables.length, radius, origin, columns)
    const tables = [...section.tables]
    for (const spot of spots) {
      const previous = tables[tables.length - 1]
      const label = nextLabel(previous.label) ?? String(tables.length + 1)
      const id = uniqueId(
        `T${tables.length + 1}`,
        tables.map((table) => table.id),
      )
      tables.push({ ...last, id, label, ...spot })
    }
    return { ...section, tables }
  })
  return settled(edited, sectionId)
}

function setSoldWhole(plan: SeatingPlan, target: SectionRef | TableRef, soldWhole: boolean): SeatingPlan {
  return withEachTable(plan, target, ({ soldWhole: _was, ...table }) => (soldWhole ? { ...table, soldWhole: true } : table))
}

function setTableRadius(plan: SeatingPlan, target: SectionRef | TableRef, radius: number): SeatingPlan {
  numbers(radius)
  const wanted = Math.max(10, radius)
  return settled(
    withEachTable(plan, target, (table) => ({ ...table, radius: wanted })),
    target.sectionId,
  )
}

function resizeArea(plan: SeatingPlan, target: SectionRef | StageRef, width: number, height: number): SeatingPlan {
  numbers(width, height)
  const size = { width: Math.max(1, width), height: Math.max(1, height) }
  if (target.kind === 'stage') {
    const stage = plan.stage ?? refuse({ code: 'not-found' })
    const resized = { ...stage, ...size }
    return enlargedToHold(
      { ...plan, stage: resized },
      { minX: resized.x, minY: resized.y, maxX: resized.x + size.width, maxY: resized.y + size.height },
    )
  }
  return settled(
    withStanding(plan, target.sectionId, (zone) => ({ ...zone, area: { ...zone.area, ...size } })),
    target.sectionId,
  )
}

// ——— Categories ———

/**
 * A section's category covers all its seats: the categories of its rows, tables and single seats
 * go. A row's covers its seats likewise. A seat keeps its own only if it differs from its row's.
 */
function setCategory(plan: SeatingPlan, target: SectionRef | RowRef | TableRef | SeatRef, category: string | undefined): SeatingPlan {
  switch (target.kind) {
    case 'section':
      return withSection(plan, target.sectionId, (section) => {
        if (section.kind === 'standing') return { ...section, category: category ?? '' }
        const { category: _was, ...rest } = section
        const own = category ? { category } : {}
        if (rest.kind === 'tables') return { ...rest, ...own, tables: rest.tables.map(({ category: _table, ...table }) => table) }
        return { ...rest, ...own, rows: rest.rows.map(({ category: _row, seatCategories: _seats, ...row }) => row) }
      })
    case 'row':
      return withRow(plan, target, ({ category: _was, seatCategories: _seats, ...row }) => (category ? { ...row, category } : row))
    case 'table':
      return withTable(plan, target, ({ category: _was, ...table }) => (category ? { ...table, category } : table))
    case 'seat':
      return withRow(plan, target, (row, section) => {
        if (!seatNumbers(row.seats, row.numbering).includes(target.seat)) refuse({ code: 'not-found' })
        const { [target.seat]: _was, ...others } = row.seatCategories ?? {}
        const inherited = row.category ?? section.category
        const seatCategories = category && category !== inherited ? { ...others, [target.seat]: category } : others
        const { seatCategories: _all, ...rest } = row
        return Object.keys(seatCategories).length > 0 ? { ...rest, seatCategories } : rest
      })
  }
}

function setAccessible(plan: SeatingPlan, target: SeatRef, accessible: boolean): SeatingPlan {
  return withRow(plan, target, (row) => {
    const numbers = seatNumbers(row.seats, row.numbering)
    if (!numbers.includes(target.seat)) refuse({ code: 'not-found' })
    const others = (row.accessible ?? []).filter((seat) => seat !== target.seat)
    const marked = accessible ? numbers.filter((seat) => seat === target.seat || others.includes(seat)) : others
    const { accessible: _was, ...rest } = row
    return marked.length > 0 ? { ...rest, accessible: marked } : rest
  })
}

function addCategory(plan: SeatingPlan, label: string, color: string | undefined, id: string | undefined): SeatingPlan {
  const ids = plan.categories.map((category) => category.id)
  const colour = color ?? CATEGORY_COLOURS[plan.categories.length % CATEGORY_COLOURS.length]
  return { ...plan, categories: [...plan.categories, { id: id ?? uniqueId(slugId(label, 'cat'), ids), label, color: colour }] }
}

function editCategory(plan: SeatingPlan, id: string, label: string | undefined, color: string | undefined): SeatingPlan {
  const index = plan.categories.findIndex((category) => category.id === id)
  if (index < 0) refuse({ code: 'not-found' })
  const categories = [...plan.categories]
  categories[index] = { ...categories[index], ...(label !== undefined ? { label } : {}), ...(color !== undefined ? { color } : {}) }
  return { ...plan, categories }
}

/** The label of the first section that uses the category, if any does. */
export function categoryUser(plan: SeatingPlan, id: string): string | undefined {
  const uses = (section: PlanSection) => {
    if (section.category === id) return true
    if (section.kind === 'rows')
      return section.rows.some((row) => row.category === id || Object.values(row.seatCategories ?? {}).includes(id))
    if (section.kind === 'tables') return section.tables.some((table) => table.category === id)
    return false
  }
  return plan.sections.find(uses)?.label
}

function deleteCategory(plan: SeatingPlan, id: string): SeatingPlan {
  if (!plan.categories.some((category) => category.id === id)) refuse({ code: 'not-found' })
  const usedBy = categoryUser(plan, id)
  if (usedBy !== undefined) refuse({ code: 'category-in-use', category: id, usedBy })
  return { ...plan, categories: plan.categories.filter((category) => category.id !== id) }
}
