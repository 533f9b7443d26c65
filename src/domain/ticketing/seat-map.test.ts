import { describe, expect, it } from 'vitest'

import { formatMoney, money } from '../commerce/money'
import { flattenPlan } from './plan-geometry'
import { holdEndTime, seatMapModel, selectionSummary, type CategoryPrice, type SeatMapInput } from './seat-map'
import { parseSeatingPlan, type SeatingPlan, type SeatingPlanInput } from './seating-plan'

function parsed(input: SeatingPlanInput): SeatingPlan {
  const result = parseSeatingPlan(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  return result.plan
}

const eur = (cents: number) => formatMoney(money(cents))
const NBSP = '\u00a0'

// La Guinguette: an orchestra row numbered the French way, two cabaret tables (one sold whole)
// and a standing bar; category 3 is on the plan but no seat uses it.
const guinguette = parsed({
  version: 1,
  name: 'La Guinguette',
  size: { width: 600, height: 400 },
  categories: [
    { id: 'cat1', label: 'Catégorie 1', color: '#d7263d' },
    { id: 'cat2', label: 'Catégorie 2', color: '#2f7fc1' },
    { id: 'cat3', label: 'Catégorie 3', color: '#3a7d44' },
  ],
  stage: { x: 200, y: 10, width: 200, height: 50, label: 'Scène' },
  labels: [{ x: 300, y: 390, text: 'Entrée' }],
  sections: [
    {
      id: 'orch',
      label: 'Orchestre',
      kind: 'rows',
      category: 'cat1',
      rows: [{ id: 'C', label: 'C', seats: 6, start: { x: 200, y: 100 }, spacing: 30, numbering: { scheme: 'odd-even' }, accessible: ['5'] }],
    },
    {
      id: 'cab',
      label: 'Cabaret',
      kind: 'tables',
      category: 'cat2',
      tables: [
        { id: 'T1', label: '1', x: 150, y: 250, seats: 4, soldWhole: true },
        { id: 'T2', label: 'Table 2', x: 350, y: 250, seats: 6, radius: 50 },
      ],
    },
    { id: 'bar', label: 'Bar', kind: 'standing', capacity: 30, area: { x: 480, y: 300, width: 100, height: 80 }, category: 'cat2' },
  ],
})
const seats = flattenPlan(guinguette)
const prices = new Map<string, CategoryPrice[]>([
  ['cat1', [{ label: 'Plein tarif', amount: money(3200) }, { label: 'Moins de 26 ans', amount: money(1800) }]],
  ['cat2', [{ label: 'Tarif unique', amount: money(2500) }]],
])

function model(overrides: Partial<SeatMapInput> = {}) {
  return seatMapModel({ plan: guinguette, seats, taken: new Set(), mine: new Set(), prices, locale: 'fr', ...overrides })
}

const seatOf = (m: ReturnType<typeof model>, id: string) => m.seats.find((seat) => seat.id === id)!

describe('seatMapModel', () => {
  it('draws each seat where the plan puts it, in its category colour, inside the plan’s view box', () => {
    const m = model()
    expect(m.viewBox).toBe('0 0 600 400')
    expect(m.seats).toHaveLength(16)
    expect(m.seats.map((seat) => seat.id)).toEqual(seats.map((seat) => seat.id))
    const c5 = seatOf(m, 'orch-C-5')
    expect(c5).toMatchObject({ cx: 200, cy: 100, r: 12, categoryId: 'cat1', color: '#d7263d', state: 'free', accessible: true })
    expect(seatOf(m, 'cab-T2-1')).toMatchObject({ cx: 350, cy: 200, color: '#2f7fc1', tableId: 'cab-T2' })
    expect(m.stage).toMatchObject({ label: 'Scène', cx: 300, cy: 35 })
    expect(m.labels).toEqual([{ x: 300, y: 390, text: 'Entrée' }])
  })

  it('shows seats held or sold as taken, and the buyer’s own holds as theirs even though they count as taken', () => {
    const m = model({ taken: new Set(['orch-C-1', 'orch-C-2']), mine: new Set(['orch-C-2', 'orch-C-4']) })
    expect(seatOf(m, 'orch-C-1').state).toBe('taken')
    expect(seatOf(m, 'orch-C-2').state).toBe('mine')
    expect(seatOf(m, 'orch-C-4').state).toBe('mine')
    expect(seatOf(m, 'orch-C-3').state).toBe('free')
    expect(m.counts).toEqual({ total: 16, free: 13, mine: 2 })
    expect(m.ariaLabel).toBe(`Plan de la salle La Guinguette${NBSP}: 13 places libres sur 16. Pour choisir au clavier, utilisez la liste des places.`)
  })

  it('names each seat as printed on the ticket and prices it from its cheapest rate', () => {
    const m = model({ taken: new Set(['orch-C-1']) })
    const c5 = seatOf(m, 'orch-C-5')
    expect(c5.name).toBe('Rang C, place 5')
    expect(c5.title).toBe(`Orchestre, rang C, place 5 — Catégorie 1${NBSP}: dès ${eur(1800)}`)
    expect(c5.label).toBe(`Rang C, place 5 — Catégorie 1${NBSP}: dès ${eur(1800)} (place pour fauteuil roulant)`)
    expect(seatOf(m, 'orch-C-1').label).toBe(`Rang C, place 1 — Catégorie 1${NBSP}: dès ${eur(1800)} (indisponible)`)
    // One price: no "dès"; a table labelled "1" reads "Table 1", one labelled "Table 2" is not doubled.
    expect(seatOf(m, 'cab-T1-3').title).toBe(`Cabaret, table 1, place 3 — Catégorie 2${NBSP}: ${eur(2500)}`)
    expect(seatOf(m, 'cab-T2-6').name).toBe('Table 2, place 6')
  })

  it('speaks English when asked', () => {
    const m = model({ locale: 'en' })
    expect(seatOf(m, 'orch-C-2').title).toBe('Orchestre, row C, seat 2 — Catégorie 1: from €18.00')
    expect(m.legend[0]!.priceText).toBe('€18.00 to €32.00')
  })

  it('leaves the price out for a category not priced yet', () => {
    const m = model({ prices: new Map() })
    expect(seatOf(m, 'orch-C-2').title).toBe('Orchestre, rang C, place 2 — Catégorie 1')
    expect(m.legend[0]).toEqual({ categoryId: 'cat1', label: 'Catégorie 1', color: '#d7263d', prices: [] })
  })

  it('lists in the legend only the categories the plan uses, with their price range and each rate', () => {
    const m = model()
    expect(m.legend).toEqual([
      {
        categoryId: 'cat1',
        label: 'Catégorie 1',
        color: '#d7263d',
        priceText: `de ${eur(1800)} à ${eur(3200)}`,
        prices: [
          { label: 'Plein tarif', text: eur(3200) },
          { label: 'Moins de 26 ans', text: eur(1800) },
        ],
      },
      { categoryId: 'cat2', label: 'Catégorie 2', color: '#2f7fc1', priceText: eur(2500), prices: [{ label: 'Tarif unique', text: eur(2500) }] },
    ])
  })

  it('offers the best available seats only in categories with seats still free', () => {
    expect(model().bestAvailableCategories).toEqual([
      { id: 'cat1', label: 'Catégorie 1', priceText: `de ${eur(1800)} à ${eur(3200)}` },
      { id: 'cat2', label: 'Catégorie 2', priceText: eur(2500) },
    ])
    const row = seats.filter((seat) => seat.category === 'cat1').map((seat) => seat.id)
    const m = model({ taken: new Set(row.slice(1)), mine: new Set(row.slice(0, 1)) })
    expect(m.bestAvailableCategories.map((category) => category.id)).toEqual(['cat2'])
  })

  it('draws tables inside their seats and marks the seats of a table sold whole', () => {
    const m = model()
    expect(m.hasSoldWholeTables).toBe(true)
    expect(m.tables.map(({ id, cx, cy, label, soldWhole }) => ({ id, cx, cy, label, soldWhole }))).toEqual([
      { id: 'cab-T1', cx: 150, cy: 250, label: '1', soldWhole: true },
      { id: 'cab-T2', cx: 350, cy: 250, label: 'Table 2', soldWhole: false },
    ])
    for (const table of m.tables) {
      const around = m.seats.filter((seat) => seat.tableId === table.id)
      for (const seat of around) expect(Math.hypot(seat.cx - table.cx, seat.cy - table.cy) - seat.r).toBeGreaterThan(table.r)
    }
    expect(m.seats.filter((seat) => seat.soldWhole).map((seat) => seat.id)).toEqual(['cab-T1-1', 'cab-T1-2', 'cab-T1-3', 'cab-T1-4'])
    expect(seatOf(m, 'cab-T2-1').soldWhole).toBeUndefined()
  })

  it('keeps neighbouring seats apart, in rows and round tables', () => {
    const m = model()
    for (const [a, b] of [['orch-C-5', 'orch-C-3'], ['cab-T1-1', 'cab-T1-2'], ['cab-T2-1', 'cab-T2-2']] as const) {
      const [one, two] = [seatOf(m, a), seatOf(m, b)]
      expect(Math.hypot(one.cx - two.cx, one.cy - two.cy)).toBeGreaterThan(one.r + two.r)
    }
  })

  it('draws standing zones with their capacity and colour', () => {
    expect(model().standing).toEqual([
      { id: 'bar', x: 480, y: 300, width: 100, height: 80, label: 'Bar', capacityText: 'Debout, 30 places', capacity: 30, categoryId: 'cat2', color: '#2f7fc1' },
    ])
  })

  it('lists seats section by section, row or table by row or table, left to right as on the map', () => {
    const m = model({ mine: new Set(['cab-T2-1']) })
    expect(m.list.map((section) => ({ id: section.id, label: section.label, groups: section.groups.map((group) => group.label) }))).toEqual([
      { id: 'orch', label: 'Orchestre', groups: ['Rang C'] },
      { id: 'cab', label: 'Cabaret', groups: ['Table 1', 'Table 2'] },
    ])
    expect(m.list[0]!.groups[0]!.seats.map((seat) => seat.name.split(' ').at(-1))).toEqual(['5', '3', '1', '2', '4', '6'])
    const [wholeTable, table] = m.list[1]!.groups
    expect(wholeTable).toMatchObject({ soldWhole: true, hint: `Vendue entière${NBSP}: cochez ses 4 places` })
    expect(table).toMatchObject({ soldWhole: false })
    expect(table!.hint).toBeUndefined()
    // The list holds the same seat objects as the picture, so both show one state.
    expect(table!.seats[0]).toBe(seatOf(m, 'cab-T2-1'))
    expect(table!.seats[0]!.state).toBe('mine')
  })

  it('describes a standing-only venue by its zones', () => {
    const concert = parsed({
      version: 1,
      name: 'Le Hangar',
      size: { width: 400, height: 300 },
      categories: [{ id: 'fosse', label: 'Fosse', color: '#d7263d' }],
      sections: [{ id: 'fosse', label: 'Fosse', kind: 'standing', capacity: 400, area: { x: 10, y: 10, width: 380, height: 280 }, category: 'fosse' }],
    })
    const m = seatMapModel({ plan: concert, seats: [], taken: new Set(), mine: new Set(), prices: new Map(), locale: 'fr' })
    expect(m.ariaLabel).toBe(`Plan de la salle Le Hangar${NBSP}: Fosse (debout, 400 places).`)
    expect(m.list).toEqual([])
    expect(m.legend.map((entry) => entry.categoryId)).toEqual(['fosse'])
  })

  it('stays linear on a plan of thousands of seats', () => {
    const arena = (rows: number) =>
      parsed({
        version: 1,
        name: 'Arena',
        size: { width: 4200, height: 30 * rows + 100 },
        categories: [{ id: 'cat1', label: 'Catégorie 1', color: '#d7263d' }],
        sections: [
          {
            id: 'floor',
            label: 'Parterre',
            kind: 'rows',
            category: 'cat1',
            rows: Array.from({ length: rows }, (_, r) => ({
              id: `R${r}`,
              label: String(r + 1),
              seats: 200,
              start: { x: 50, y: 50 + 30 * r },
              spacing: 20,
              numbering: { scheme: 'left-to-right' as const },
            })),
          },
        ],
      })
    // Counts reads instead of timing runs: a shared test machine makes timings too noisy to judge.
    const work = (rows: number) => {
      const plan = arena(rows)
      const all = flattenPlan(plan)
      let seatReads = 0
      const seatsRead = new Proxy(all, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) seatReads += 1
          return Reflect.get(target, key, receiver)
        },
      })
      const taken = new CountingSet(all.filter((_, i) => i % 3 === 0).map((seat) => seat.id))
      const mine = new CountingSet([all[1]!.id])
      const priceLookups = new CountingMap(prices)
      const result = seatMapModel({ plan, seats: seatsRead, taken, mine, prices: priceLookups, locale: 'fr' })
      return { result, seatReads, setLookups: taken.lookups + mine.lookups, priceLookups: priceLookups.lookups }
    }
    const small = work(10)
    const large = work(40)
    expect(large.result.seats).toHaveLength(8_000)
    expect(large.result.counts).toEqual({ total: 8_000, free: 5_332, mine: 1 })
    expect(large.result.list[0]!.groups).toHaveLength(40)
    // Each seat is read once and looked up in each set at most once; prices once per category.
    expect(small.seatReads).toBe(2_000)
    expect(large.seatReads).toBe(8_000)
    expect(large.setLookups).toBeLessThanOrEqual(2 * 8_000)
    expect(large.priceLookups).toBe(small.priceLookups)
  })
})

class CountingSet<T> extends Set<T> {
  lookups = 0
  override has(value: T): boolean {
    this.lookups += 1
    return super.has(value)
  }
}

class CountingMap<K, V> extends Map<K, V> {
  lookups = 0
  override get(key: K): V | undefined {
    this.lookups += 1
    return super.get(key)
  }
}

describe('selectionSummary', () => {
  it('counts the chosen seats in words', () => {
    expect([0, 1, 2].map((n) => selectionSummary(n, 'fr'))).toEqual(['Aucune place sélectionnée', '1 place sélectionnée', '2 places sélectionnées'])
    expect([0, 1, 2].map((n) => selectionSummary(n, 'en'))).toEqual(['No seats selected', '1 seat selected', '2 seats selected'])
  })
})

describe('holdEndTime', () => {
  it('reads the hold’s end as a French or English clock time, in the venue’s time zone', () => {
    expect(holdEndTime('2025-03-01T19:45:00.000Z', 'fr')).toBe(`20${NBSP}h${NBSP}45`)
    expect(holdEndTime('2025-07-01T07:05:00.000Z', 'fr')).toBe(`9${NBSP}h${NBSP}05`)
    expect(holdEndTime(new Date('2025-03-01T19:45:00.000Z'), 'en', 'Europe/London')).toBe('19:45')
  })
})
