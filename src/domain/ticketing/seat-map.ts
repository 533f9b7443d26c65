// The buyer's seat map as plain data: where each seat, table and standing zone is drawn, each
// seat's state, name and price, the legend, and the same seats as a list for keyboards and screen
// readers. Pure: SeatMap.astro renders it; public/scripts/seat-map.js only mirrors checkboxes.
import { compare, formatMoney, type Money } from '../commerce/money'
import { DEFAULT_TABLE_RADIUS } from './plan-geometry'
import type { PlanSeat } from './seat'
import type { SeatingPlan } from './seating-plan'

export type SeatMapLocale = 'fr' | 'en'
export type SeatState = 'free' | 'taken' | 'mine'

/** One price of a category: "Plein tarif" 32,00 €, "Moins de 26 ans" 18,00 €… */
export interface CategoryPrice {
  label: string
  amount: Money
}

export interface SeatMapInput {
  plan: SeatingPlan
  /** The plan's seats, as `flattenPlan` gives them (left to right along each row). */
  seats: readonly PlanSeat[]
  /** Seats held or sold; may include the buyer's own holds, which `mine` wins over. */
  taken: ReadonlySet<string>
  /** Seats this buyer holds. */
  mine: ReadonlySet<string>
  /** Category id → its prices; a category without prices is shown without a price. */
  prices: ReadonlyMap<string, readonly CategoryPrice[]>
  locale: SeatMapLocale
}

export interface MapSeat {
  id: string
  cx: number
  cy: number
  r: number
  categoryId: string
  color: string
  state: SeatState
  accessible: boolean
  tableId?: string
  soldWhole?: boolean
  /** "Rang C, place 12" */
  name: string
  /** The tooltip: "Orchestre, rang C, place 12 — Catégorie 1 : dès 18,00 €". */
  title: string
  /** The list's checkbox label: name and price, then whether it is a wheelchair place or taken. */
  label: string
}

export interface MapTable {
  id: string
  cx: number
  cy: number
  r: number
  label: string
  /** Sized so a short label ("VIP 12") fits on the table top. */
  fontSize: number
  soldWhole: boolean
}

export interface MapStandingZone {
  id: string
  x: number
  y: number
  width: number
  height: number
  label: string
  /** "Debout, 400 places" */
  capacityText: string
  capacity: number
  categoryId: string
  color: string
}

export interface LegendEntry {
  categoryId: string
  label: string
  color: string
  /** "18,00 €", or "de 18,00 € à 32,00 €" when the category has several prices. */
  priceText?: string
  prices: { label: string; text: string }[]
}

/** A row or a table in the list. */
export interface SeatGroup {
  id: string
  /** "Rang C", "Table 4" */
  label: string
  /** For a table sold whole: "Vendue entière : cochez ses 6 places". */
  hint?: string
  soldWhole: boolean
  seats: MapSeat[]
}

export interface SeatListSection {
  id: string
  label: string
  groups: SeatGroup[]
}

/** A category the buyer can ask the best available seats in: one with seats still free. */
export interface BestAvailableCategory {
  id: string
  label: string
  priceText?: string
}

export interface SeatMapModel {
  locale: SeatMapLocale
  viewBox: string
  width: number
  height: number
  /** What the picture shows, for the SVG's aria-label. */
  ariaLabel: string
  stage?: { x: number; y: number; width: number; height: number; label: string; cx: number; cy: number; fontSize: number }
  labels: { x: number; y: number; text: string }[]
  /** Text size of the plan's labels and standing zones, in plan units. */
  labelSize: number
  seats: MapSeat[]
  tables: MapTable[]
  standing: MapStandingZone[]
  legend: LegendEntry[]
  list: SeatListSection[]
  bestAvailableCategories: BestAvailableCategory[]
  counts: { total: number; free: number; mine: number }
  hasAccessibleSeats: boolean
  hasSoldWholeTables: boolean
}

// A seat's circle takes this share of the distance to its neighbour, leaving a visible gap.
const SEAT_SIZE = 0.4
// Round a table, seats stay small enough to leave room for the table top and its label.
const TABLE_SEAT_SIZE = 0.3
const UNKNOWN_CATEGORY_COLOR = '#8a8a8a'
// French typography: a non-breaking space before “:” so it never starts a line.
const NBSP = '\u00a0'

const INTL: Record<SeatMapLocale, string> = { fr: 'fr-FR', en: 'en-GB' }

/** Everything the buyer reads around the seat map, in French and English. */
export interface SeatMapWords {
  row: string
  seat: string
  table: string
  labelled: (label: string, value: string) => string
  from: (price: string) => string
  range: (lowest: string, highest: string) => string
  taken: string
  wheelchair: string
  soldWholeHint: (seats: number) => string
  standing: (capacity: number) => string
  mapLabel: (plan: string, free: number, total: number) => string
  standingMapLabel: (plan: string, zones: string) => string
  /** `{n}` stands for the count; the script fills it in too. */
  summary: { none: string; one: string; many: string }
  maxReached: (max: number) => string
  tableUnavailable: string
  zoomIn: string
  zoomOut: string
  zoomReset: string
  zoomHint: string
  legend: string
  legendFree: string
  legendTaken: string
  legendMine: string
  legendWheelchair: string
  legendSoldWhole: string
  list: string
  submit: string
  bestHeading: string
  bestCategory: string
  bestAnyCategory: string
  bestQuantity: string
  bestSubmit: string
  holdRunning: string
  holdUntil: (time: string) => string
  holdFiveMinutes: string
  holdOneMinute: string
  holdExpired: string
  holdReload: string
}

const FRENCH: SeatMapWords = {
  row: 'Rang',
  seat: 'place',
  table: 'Table',
  labelled: (label, value) => `${label}${NBSP}: ${value}`,
  from: (price) => `dès ${price}`,
  range: (lowest, highest) => `de ${lowest} à ${highest}`,
  taken: 'indisponible',
  wheelchair: 'place pour fauteuil roulant',
  soldWholeHint: (seats) => `Vendue entière${NBSP}: cochez ses ${seats} places`,
  standing: (capacity) => `Debout, ${capacity} places`,
  mapLabel: (plan, free, total) =>
    `Plan de la salle ${plan}${NBSP}: ${free} place${free > 1 ? 's' : ''} libre${free > 1 ? 's' : ''} sur ${total}. Pour choisir au clavier, utilisez la liste des places.`,
  standingMapLabel: (plan, zones) => `Plan de la salle ${plan}${NBSP}: ${zones}.`,
  summary: { none: 'Aucune place sélectionnée', one: '{n} place sélectionnée', many: '{n} places sélectionnées' },
  maxReached: (max) => `Vous pouvez choisir ${max} place${max > 1 ? 's' : ''} au plus.`,
  tableUnavailable: 'Cette table est vendue entière et l’une de ses places est déjà prise.',
  zoomIn: 'Zoomer',
  zoomOut: 'Dézoomer',
  zoomReset: 'Voir toute la salle',
  zoomHint: 'Molette ou pincement pour zoomer, glisser pour se déplacer.',
  legend: 'Légende',
  legendFree: 'Libre',
  legendTaken: 'Indisponible',
  legendMine: 'Votre sélection',
  legendWheelchair: 'Place pour fauteuil roulant',
  legendSoldWhole: 'Table vendue entière',
  list: 'Choisir dans une liste',
  submit: 'Réserver ces places',
  bestHeading: 'Meilleures places disponibles',
  bestCategory: 'Catégorie',
  bestAnyCategory: 'Toutes catégories',
  bestQuantity: 'Nombre de places',
  bestSubmit: 'Trouver mes places',
  holdRunning: 'Vos places sont retenues encore',
  holdUntil: (time) => `Vos places sont retenues jusqu’à ${time}.`,
  holdFiveMinutes: 'Plus que 5 minutes pour terminer votre commande.',
  holdOneMinute: 'Plus qu’une minute pour terminer votre commande.',
  holdExpired: 'Le délai est écoulé : vos places ne sont plus retenues.',
  holdReload: 'Recharger la page',
}

const ENGLISH: SeatMapWords = {
  row: 'Row',
  seat: 'seat',
  table: 'Table',
  labelled: (label, value) => `${label}: ${value}`,
  from: (price) => `from ${price}`,
  range: (lowest, highest) => `${lowest} to ${highest}`,
  taken: 'unavailable',
  wheelchair: 'wheelchair space',
  soldWholeHint: (seats) => `Sold whole: tick its ${seats} seats`,
  standing: (capacity) => `Standing, ${capacity} places`,
  mapLabel: (plan, free, total) =>
    `Seating plan of ${plan}: ${free} seat${free === 1 ? '' : 's'} free out of ${total}. To choose with the keyboard, use the list of seats.`,
  standingMapLabel: (plan, zones) => `Plan of ${plan}: ${zones}.`,
  summary: { none: 'No seats selected', one: '{n} seat selected', many: '{n} seats selected' },
  maxReached: (max) => `You can choose at most ${max} seat${max === 1 ? '' : 's'}.`,
  tableUnavailable: 'This table is sold whole and one of its seats is already taken.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole venue',
  zoomHint: 'Wheel or pinch to zoom, drag to move.',
  legend: 'Key',
  legendFree: 'Free',
  legendTaken: 'Unavailable',
  legendMine: 'Your selection',
  legendWheelchair: 'Wheelchair space',
  legendSoldWhole: 'Table sold whole',
  list: 'Choose from a list',
  submit: 'Book these seats',
  bestHeading: 'Best available seats',
  bestCategory: 'Category',
  bestAnyCategory: 'Any category',
  bestQuantity: 'Number of seats',
  bestSubmit: 'Find my seats',
  holdRunning: 'Your seats are held for another',
  holdUntil: (time) => `Your seats are held until ${time}.`,
  holdFiveMinutes: 'Five minutes left to complete your order.',
  holdOneMinute: 'One minute left to complete your order.',
  holdExpired: 'Time is up: your seats are no longer held.',
  holdReload: 'Reload the page',
}

const WORDS: Record<SeatMapLocale, SeatMapWords> = { fr: FRENCH, en: ENGLISH }

export function seatMapWords(locale: SeatMapLocale): SeatMapWords {
  return WORDS[locale]
}

/** "Aucune place sélectionnée", "1 place sélectionnée", "3 places sélectionnées". */
export function selectionSummary(count: number, locale: SeatMapLocale): string {
  const { summary } = WORDS[locale]
  // French counts 0 and 1 as singular; the "none" wording covers 0 in both languages.
  const template = count === 0 ? summary.none : count === 1 ? summary.one : summary.many
  return template.replace('{n}', String(count))
}

/** The clock time a hold ends, for pages without JavaScript: "20 h 45" in French, "20:45" in English. */
export function holdEndTime(expiresAt: Date | string, locale: SeatMapLocale, timeZone = 'Europe/Paris'): string {
  const parts = new Intl.DateTimeFormat(INTL[locale], { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).formatToParts(
    new Date(expiresAt),
  )
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return locale === 'fr' ? `${Number(part('hour'))}${NBSP}h${NBSP}${part('minute')}` : `${part('hour')}:${part('minute')}`
}

interface CategoryView {
  color: string
  /** "Catégorie 1 : dès 18,00 €" */
  seatText: string
  legend: LegendEntry
}

/** The seat map of one performance for one buyer. Linear in the number of seats. */
export function seatMapModel(input: SeatMapInput): SeatMapModel {
  const { plan, seats, taken, mine, prices, locale } = input
  const words = WORDS[locale]
  const categories = categoryViews(plan, prices, locale)
  const sectionLabels = new Map(plan.sections.map((section) => [section.id, section.label]))
  const seatRadius = seatRadii(plan)

  const mapSeats: MapSeat[] = []
  const sections = new Map<string, Map<string, SeatGroup>>(plan.sections.map((section) => [section.id, new Map()]))
  const usedCategories = new Set<string>()
  const categoriesWithFreeSeats = new Set<string>()
  const counts = { total: seats.length, free: 0, mine: 0 }
  let hasAccessibleSeats = false

  for (const seat of seats) {
    const category = categories.get(seat.category)
    const state: SeatState = mine.has(seat.id) ? 'mine' : taken.has(seat.id) ? 'taken' : 'free'
    if (state !== 'taken') counts[state] += 1
    if (state === 'free') categoriesWithFreeSeats.add(seat.category)
    usedCategories.add(seat.category)
    const accessible = seat.accessible === true
    hasAccessibleSeats ||= accessible

    const groupLabel = prefixed(seat.tableId ? words.table : words.row, seat.rowLabel)
    const name = `${groupLabel}, ${words.seat} ${seat.number}`
    const priced = category?.seatText ?? seat.category
    const sectionLabel = sectionLabels.get(seat.sectionId) ?? seat.sectionId
    const notes = [accessible ? words.wheelchair : '', state === 'taken' ? words.taken : ''].filter(Boolean)
    const mapSeat: MapSeat = {
      id: seat.id,
      // A tenth of a plan unit is finer than any screen shows, and keeps a 20 000-seat page smaller.
      cx: round(seat.x),
      cy: round(seat.y),
      r: round(seatRadius.get(seat.rowId) ?? DEFAULT_TABLE_RADIUS * SEAT_SIZE),
      categoryId: seat.category,
      color: category?.color ?? UNKNOWN_CATEGORY_COLOR,
      state,
      accessible,
      ...(seat.tableId ? { tableId: seat.tableId } : {}),
      ...(seat.soldWhole ? { soldWhole: true } : {}),
      name,
      title: `${sectionLabel}, ${lowerFirst(name)} — ${priced}`,
      label: `${name} — ${priced}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`,
    }
    mapSeats.push(mapSeat)

    let groups = sections.get(seat.sectionId)
    if (!groups) sections.set(seat.sectionId, (groups = new Map()))
    let seatGroup = groups.get(seat.rowId)
    if (!seatGroup) {
      seatGroup = { id: seat.rowId, label: groupLabel, soldWhole: seat.soldWhole === true, seats: [] }
      groups.set(seat.rowId, seatGroup)
    }
    seatGroup.seats.push(mapSeat)
  }

  const tables = planTables(plan, seatRadius)
  const labelSize = round(Math.min(plan.size.width, plan.size.height) / 36)
  for (const groups of sections.values()) {
    for (const group of groups.values()) if (group.soldWhole) group.hint = words.soldWholeHint(group.seats.length)
  }
  const standing = standingViews(plan, categories, words)
  for (const zone of standing) usedCategories.add(zone.categoryId)

  const list = [...sections.entries()]
    .filter(([, groups]) => groups.size > 0)
    .map(([id, groups]) => ({ id, label: sectionLabels.get(id) ?? id, groups: [...groups.values()] }))

  return {
    locale,
    viewBox: `0 0 ${plan.size.width} ${plan.size.height}`,
    width: plan.size.width,
    height: plan.size.height,
    ariaLabel:
      seats.length > 0 || standing.length === 0
        ? words.mapLabel(plan.name, counts.free, counts.total)
        : words.standingMapLabel(plan.name, standing.map((zone) => `${zone.label} (${lowerFirst(zone.capacityText)})`).join(', ')),
    ...(plan.stage
      ? {
          stage: {
            ...plan.stage,
            cx: plan.stage.x + plan.stage.width / 2,
            cy: plan.stage.y + plan.stage.height / 2,
            fontSize: round(Math.min(labelSize * 1.25, plan.stage.height * 0.4)),
          },
        }
      : {}),
    labels: plan.labels ?? [],
    labelSize,
    seats: mapSeats,
    tables,
    standing,
    legend: plan.categories.filter((category) => usedCategories.has(category.id)).map((category) => categories.get(category.id)!.legend),
    list,
    bestAvailableCategories: plan.categories
      .filter((category) => categoriesWithFreeSeats.has(category.id))
      .map((category) => {
        const { priceText } = categories.get(category.id)!.legend
        return { id: category.id, label: category.label, ...(priceText ? { priceText } : {}) }
      }),
    counts,
    hasAccessibleSeats,
    hasSoldWholeTables: tables.some((table) => table.soldWhole),
  }
}

// Prices are formatted once per category, not once per seat: a plan may hold 20 000 seats.
function categoryViews(plan: SeatingPlan, prices: ReadonlyMap<string, readonly CategoryPrice[]>, locale: SeatMapLocale): Map<string, CategoryView> {
  const words = WORDS[locale]
  const format = (amount: Money) => formatMoney(amount, INTL[locale])
  return new Map(
    plan.categories.map((category) => {
      const list = prices.get(category.id) ?? []
      const sorted = [...list].sort((a, b) => compare(a.amount, b.amount))
      const lowest = sorted[0]
      const highest = sorted[sorted.length - 1]
      const varies = lowest !== undefined && highest !== undefined && compare(lowest.amount, highest.amount) !== 0
      const seatPrice = lowest && (varies ? words.from(format(lowest.amount)) : format(lowest.amount))
      const priceText = lowest && highest && (varies ? words.range(format(lowest.amount), format(highest.amount)) : format(lowest.amount))
      const view: CategoryView = {
        color: category.color,
        seatText: seatPrice ? words.labelled(category.label, seatPrice) : category.label,
        legend: {
          categoryId: category.id,
          label: category.label,
          color: category.color,
          ...(priceText ? { priceText } : {}),
          prices: list.map((price) => ({ label: price.label, text: format(price.amount) })),
        },
      }
      return [category.id, view]
    }),
  )
}

/** Each row's or table's seat radius, by the `rowId` its seats carry. */
function seatRadii(plan: SeatingPlan): Map<string, number> {
  const radii = new Map<string, number>()
  for (const section of plan.sections) {
    if (section.kind === 'rows') for (const row of section.rows) radii.set(`${section.id}-${row.id}`, row.spacing * SEAT_SIZE)
    if (section.kind === 'tables') {
      for (const table of section.tables) {
        const radius = table.radius ?? DEFAULT_TABLE_RADIUS
        const neighbour = 2 * radius * Math.sin(Math.PI / table.seats)
        radii.set(`${section.id}-${table.id}`, Math.min(neighbour * SEAT_SIZE, radius * TABLE_SEAT_SIZE))
      }
    }
  }
  return radii
}

// The table top stops short of its seats, so a seat never overlaps it.
function planTables(plan: SeatingPlan, seatRadius: ReadonlyMap<string, number>): MapTable[] {
  return plan.sections.flatMap((section) =>
    section.kind === 'tables'
      ? section.tables.map((table) => {
          const id = `${section.id}-${table.id}`
          const radius = table.radius ?? DEFAULT_TABLE_RADIUS
          const top = radius - 1.4 * (seatRadius.get(id) ?? 0)
          return { id, cx: table.x, cy: table.y, r: round(top), label: table.label, fontSize: round(top * 0.6), soldWhole: table.soldWhole === true }
        })
      : [],
  )
}

function standingViews(plan: SeatingPlan, categories: ReadonlyMap<string, CategoryView>, words: SeatMapWords): MapStandingZone[] {
  return plan.sections.flatMap((section) =>
    section.kind === 'standing'
      ? [
          {
            id: section.id,
            ...section.area,
            label: section.label,
            capacityText: words.standing(section.capacity),
            capacity: section.capacity,
            categoryId: section.category,
            color: categories.get(section.category)?.color ?? UNKNOWN_CATEGORY_COLOR,
          },
        ]
      : [],
  )
}

// A plan may already label its rows "Rang C" or its tables "Table 4"; don't say it twice.
function prefixed(word: string, label: string): string {
  return label.toLocaleLowerCase().startsWith(`${word.toLocaleLowerCase()} `) ? label : `${word} ${label}`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1)
}
