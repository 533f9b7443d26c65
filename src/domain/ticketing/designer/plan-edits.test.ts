import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { seatNumbers } from '../numbering'
import { flattenPlan, standingZones } from '../plan-geometry'
import { parseSeatingPlan, type RowsSection, type SeatingPlan, type TablesSection } from '../seating-plan'
import { blankPlan, categoryUser, editPlan, problemsOf, readDraft, type PlanEdit } from './plan-edits'
import { isPlanId } from './plan-ids'
import { rowMiddle, rowsShape } from './section-shapes'

const PLANS_DIR = new URL('../../../../sites/theatre-du-marche/plans/', import.meta.url)
const demoPlan = (name: string): SeatingPlan => readDraft(JSON.parse(readFileSync(new URL(`${name}.json`, PLANS_DIR), 'utf8')))!

/** The edited plan, failing the test with the refusal if the edit was refused. */
function edit(plan: unknown, change: PlanEdit): SeatingPlan {
  const result = editPlan(plan, change)
  if (!result.ok) throw new Error(`refused ${change.type}: ${JSON.stringify(result.refusal)}`)
  return result.plan
}

function refusal(plan: unknown, change: PlanEdit) {
  const result = editPlan(plan, change)
  if (result.ok) throw new Error(`expected ${change.type} to be refused`)
  return result.refusal
}

function expectValid(plan: SeatingPlan): void {
  const result = parseSeatingPlan(plan)
  expect(result.ok ? [] : result.problems).toEqual([])
}

function expectValidIds(plan: SeatingPlan): void {
  const ids = [
    ...plan.categories.map((category) => category.id),
    ...plan.sections.flatMap((section) => [
      section.id,
      ...(section.kind === 'rows' ? section.rows.map((row) => row.id) : []),
      ...(section.kind === 'tables' ? section.tables.map((table) => table.id) : []),
    ]),
  ]
  expect(ids.filter((id) => !isPlanId(id))).toEqual([])
}

const section = (plan: SeatingPlan, id: string) => plan.sections.find((candidate) => candidate.id === id)!
const rowsOf = (plan: SeatingPlan, id: string) => (section(plan, id) as RowsSection).rows
const tablesOf = (plan: SeatingPlan, id: string) => (section(plan, id) as TablesSection).tables
const seatsOf = (plan: SeatingPlan, sectionId: string) => flattenPlan(plan).filter((seat) => seat.sectionId === sectionId)

// A new plan with one section of 2 rows × 5 seats: what an organizer makes in a minute.
function twoRows(): SeatingPlan {
  return edit(blankPlan('Petite salle', 'Catégorie 1'), { type: 'add-rows', label: 'Parterre', rows: 2, seatsPerRow: 5 })
}

// 40 rows of 50 seats: the size of a large theatre.
function bigHouse(): SeatingPlan {
  return edit(blankPlan('Grande salle', 'Catégorie 1'), { type: 'add-rows', label: 'Salle', rows: 40, seatsPerRow: 50, spacing: 24 })
}

describe('starting a plan', () => {
  it('starts blank, which is not yet a plan: it needs a section', () => {
    expect(problemsOf(blankPlan('Salle', 'Catégorie 1'))).toEqual([{ path: 'sections', message: 'a plan needs at least one section' }])
  })

  it('adds a section of 2 rows × 5 seats, lettered A and B, numbered 1 to 5 from the left, in the first category', () => {
    const plan = twoRows()
    expectValid(plan)
    const seats = flattenPlan(plan)
    expect(seats.map((seat) => seat.id)).toEqual([
      ...['1', '2', '3', '4', '5'].map((n) => `parterre-A-${n}`),
      ...['1', '2', '3', '4', '5'].map((n) => `parterre-B-${n}`),
    ])
    expect(new Set(seats.map((seat) => seat.category))).toEqual(new Set(['cat1']))
    expect(section(plan, 'parterre')).toMatchObject({ label: 'Parterre', kind: 'rows', category: 'cat1' })
    // Seat to seat 30 apart, row B below row A.
    expect(seats[1].x - seats[0].x).toBe(30)
    expect(seats[5].y).toBeGreaterThan(seats[0].y)
  })

  it('numbers rows the French way (odd on the left, even on the right), or from a given number', () => {
    const french = edit(twoRows(), { type: 'add-rows', label: 'Balcon', rows: 1, seatsPerRow: 10, numbering: { scheme: 'odd-even' } })
    expect(seatsOf(french, 'balcon').map((seat) => seat.number)).toEqual(['9', '7', '5', '3', '1', '2', '4', '6', '8', '10'])
    const from101 = edit(twoRows(), {
      type: 'add-rows',
      label: 'Loges',
      rows: 1,
      seatsPerRow: 3,
      numbering: { scheme: 'custom-start', start: 101 },
    })
    expect(seatsOf(from101, 'loges').map((seat) => seat.number)).toEqual(['101', '102', '103'])
  })

  it('curves rows into concentric arcs, widening a radius too small to hold the row', () => {
    const plan = edit(twoRows(), { type: 'add-rows', label: 'Amphi', rows: 3, seatsPerRow: 20, spacing: 25, curveRadius: 10 })
    expectValid(plan)
    const rows = rowsOf(plan, 'amphi')
    // 20 seats 25 apart need a circle of 500 around: a radius of at least 80.
    expect(rows[0].curve!.radius).toBeGreaterThanOrEqual(80)
    expect(rows.map((row) => row.curve!.radius - rows[0].curve!.radius)).toEqual([0, 30, 60])
    // Row ends level with each other, the middle bowed away from the stage.
    const firstRow = seatsOf(plan, 'amphi').filter((seat) => seat.rowId === 'amphi-A')
    expect(firstRow[0].y).toBeCloseTo(firstRow[19].y, 5)
    expect(firstRow[10].y).toBeGreaterThan(firstRow[0].y)
  })

  it('places a new section clear of the others, enlarging the plan when it is full', () => {
    let plan = twoRows()
    for (let i = 0; i < 6; i++) plan = edit(plan, { type: 'add-rows', label: 'Rangées', rows: 10, seatsPerRow: 30 })
    expectValid(plan)
    expect(plan.size.height).toBeGreaterThan(700)
    expect(plan.sections.map((s) => s.id)).toEqual(['parterre', 'rangees', 'rangees-2', 'rangees-3', 'rangees-4', 'rangees-5', 'rangees-6'])
  })

  it('adds round tables numbered across the plan, sold whole if asked', () => {
    let plan = edit(twoRows(), { type: 'add-tables', label: 'Carré VIP', tables: 3, seatsPerTable: 6, soldWhole: true })
    plan = edit(plan, { type: 'add-tables', label: 'Salle', tables: 2, seatsPerTable: 4 })
    expectValid(plan)
    expect(tablesOf(plan, 'carre-vip').map((table) => [table.label, table.seats, table.soldWhole])).toEqual([
      ['1', 6, true],
      ['2', 6, true],
      ['3', 6, true],
    ])
    expect(tablesOf(plan, 'salle').map((table) => table.label)).toEqual(['4', '5'])
    expect(seatsOf(plan, 'carre-vip')).toHaveLength(18)
  })

  it('adds a standing zone with its capacity, a stage and labels', () => {
    let plan = edit(twoRows(), { type: 'add-standing', label: 'Fosse', capacity: 300 })
    plan = edit(plan, { type: 'add-stage', label: 'Scène' })
    plan = edit(plan, { type: 'add-label', text: 'Entrée' })
    expectValid(plan)
    expect(standingZones(plan)).toEqual([{ id: 'fosse', label: 'Fosse', capacity: 300, category: 'cat1' }])
    // The parterre fills the top left; the stage goes where it is free.
    expect(plan.stage).toMatchObject({ label: 'Scène', width: 400, height: 50 })
    const stage = plan.stage!
    expect(
      flattenPlan(plan).some(
        (seat) => seat.x >= stage.x && seat.x <= stage.x + stage.width && seat.y >= stage.y && seat.y <= stage.y + stage.height,
      ),
    ).toBe(false)
    expect(edit(blankPlan('Salle', 'C'), { type: 'add-stage', label: 'Scène' }).stage).toEqual({
      x: 300,
      y: 10,
      width: 400,
      height: 50,
      label: 'Scène',
    })
    expect(plan.labels).toEqual([expect.objectContaining({ text: 'Entrée' })])
  })
})

describe('editing sections', () => {
  it('renames a section without changing its id, which seat ids and reservations use', () => {
    const plan = edit(twoRows(), { type: 'rename', target: { kind: 'section', sectionId: 'parterre' }, text: 'Orchestre' })
    expect(section(plan, 'parterre').label).toBe('Orchestre')
    expect(refusal(plan, { type: 'rename', target: { kind: 'section', sectionId: 'parterre' }, text: '  ' })).toEqual({
      code: 'breaks-plan',
      problems: [{ path: 'sections[0].label', message: 'the section label cannot be empty' }],
    })
  })

  it('moves a section by (dx, dy), its seats with it', () => {
    const before = twoRows()
    const after = edit(before, { type: 'move', target: { kind: 'section', sectionId: 'parterre' }, dx: 100, dy: 40 })
    expect(flattenPlan(after).map((seat) => [seat.x, seat.y])).toEqual(flattenPlan(before).map((seat) => [seat.x + 100, seat.y + 40]))
  })

  it('stops a moved section at the plan’s edge', () => {
    const plan = edit(twoRows(), { type: 'move', target: { kind: 'section', sectionId: 'parterre' }, dx: -5000, dy: 5000 })
    expectValid(plan)
    const seats = flattenPlan(plan)
    expect(Math.min(...seats.map((seat) => seat.x))).toBe(12) // the seat's circle (0.4 × 30) touches the left edge
    expect(Math.max(...seats.map((seat) => seat.y))).toBe(700 - 12)
  })

  it('refuses to move a section onto another one’s seats', () => {
    const plan = edit(twoRows(), { type: 'add-rows', label: 'Balcon', rows: 2, seatsPerRow: 5 })
    const [parterre, balcon] = [flattenPlan(plan)[0], seatsOf(plan, 'balcon')[0]]
    const result = refusal(plan, {
      type: 'move',
      target: { kind: 'section', sectionId: 'balcon' },
      dx: parterre.x - balcon.x,
      dy: parterre.y - balcon.y,
    })
    expect(result.code === 'breaks-plan' && result.problems[0]).toEqual({
      path: 'sections[1].rows[0].start',
      message: expect.stringContaining('seat 1 of row "A" in section "balcon" stands on seat 1 of row "A" in section "parterre"'),
    })
  })

  it('duplicates a section with a new id just below it, doubling its seats', () => {
    const plan = edit(twoRows(), { type: 'duplicate-section', sectionId: 'parterre', label: 'Parterre (copie)' })
    expectValid(plan)
    expect(plan.sections.map((s) => [s.id, s.label])).toEqual([
      ['parterre', 'Parterre'],
      ['parterre-copie', 'Parterre (copie)'],
    ])
    const [original, copy] = [seatsOf(plan, 'parterre'), seatsOf(plan, 'parterre-copie')]
    expect(copy).toHaveLength(10)
    expect(copy.map((seat) => seat.x)).toEqual(original.map((seat) => seat.x))
    expect(Math.min(...copy.map((seat) => seat.y))).toBeGreaterThan(Math.max(...original.map((seat) => seat.y)))
  })

  it('duplicates tables with numbers that go on from the plan’s highest', () => {
    const plan = edit(demoPlan('cabaret'), { type: 'duplicate-section', sectionId: 'salle', label: 'Terrasse' })
    expectValid(plan)
    expect(tablesOf(plan, 'terrasse').map((table) => table.label)).toEqual([
      '15',
      '16',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
      '27',
      '28',
    ])
    expect(plan.size.height).toBeGreaterThan(700) // the cabaret had no room left
  })

  it('deletes a section, a row or a table; the last row takes its section with it; the last section stays', () => {
    let plan = edit(twoRows(), { type: 'add-tables', label: 'Tables', tables: 2, seatsPerTable: 4 })
    plan = edit(plan, { type: 'delete', target: { kind: 'table', sectionId: 'tables', tableId: 'T1' } })
    expect(tablesOf(plan, 'tables').map((table) => table.id)).toEqual(['T2'])
    plan = edit(plan, { type: 'delete', target: { kind: 'table', sectionId: 'tables', tableId: 'T2' } })
    expect(plan.sections.map((s) => s.id)).toEqual(['parterre'])
    plan = edit(plan, { type: 'delete', target: { kind: 'row', sectionId: 'parterre', rowId: 'A' } })
    expect(rowsOf(plan, 'parterre').map((row) => row.id)).toEqual(['B'])
    expect(refusal(plan, { type: 'delete', target: { kind: 'row', sectionId: 'parterre', rowId: 'B' } })).toEqual({
      code: 'breaks-plan',
      problems: [{ path: 'sections', message: 'a plan needs at least one section' }],
    })
  })

  it('says when what an edit names is gone', () => {
    expect(refusal(twoRows(), { type: 'delete', target: { kind: 'section', sectionId: 'balcon' } })).toEqual({ code: 'not-found' })
    expect(refusal(twoRows(), { type: 'set-seats', target: { kind: 'row', sectionId: 'parterre', rowId: 'Z' }, seats: 3 })).toEqual({
      code: 'not-found',
    })
    expect(refusal(twoRows(), { type: 'set-seats', target: { kind: 'section', sectionId: 'parterre' }, seats: Number.NaN })).toEqual({
      code: 'not-a-number',
    })
  })

  it('does not edit what has no plan shape', () => {
    expect(refusal({ version: 1, sections: 'lots' }, { type: 'resize-plan', width: 10, height: 10 })).toEqual({ code: 'not-editable' })
  })
})

describe('rows', () => {
  it('changes the seats of every row about each row’s middle, dropping marks of seats that are gone', () => {
    let plan = edit(twoRows(), {
      type: 'set-accessible',
      target: { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '5' },
      accessible: true,
    })
    plan = edit(plan, { type: 'add-category', label: 'Catégorie 2' })
    plan = edit(plan, {
      type: 'set-category',
      target: { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '2' },
      category: 'categorie-2',
    })
    const middle = rowMiddle(rowsOf(plan, 'parterre')[0])
    plan = edit(plan, { type: 'set-seats', target: { kind: 'section', sectionId: 'parterre' }, seats: 3 })
    expectValid(plan)
    const rowA = rowsOf(plan, 'parterre')[0]
    expect(rowA).toMatchObject({ seats: 3, seatCategories: { '2': 'categorie-2' } })
    expect(rowA.accessible).toBeUndefined()
    expect(rowMiddle(rowA)).toEqual(middle)
  })

  it('changes one row’s seats only', () => {
    const plan = edit(twoRows(), { type: 'set-seats', target: { kind: 'row', sectionId: 'parterre', rowId: 'B' }, seats: 7 })
    expect(rowsOf(plan, 'parterre').map((row) => row.seats)).toEqual([5, 7])
  })

  it('adds rows after the last one with the next letters, and removes rows from the end', () => {
    let plan = edit(twoRows(), { type: 'set-row-count', sectionId: 'parterre', rows: 5 })
    expectValid(plan)
    const rows = rowsOf(plan, 'parterre')
    expect(rows.map((row) => row.label)).toEqual(['A', 'B', 'C', 'D', 'E'])
    expect(rows.map((row) => row.start.y - rows[0].start.y)).toEqual([0, 36, 72, 108, 144])
    plan = edit(plan, { type: 'set-row-count', sectionId: 'parterre', rows: 1 })
    expect(rowsOf(plan, 'parterre').map((row) => row.id)).toEqual(['A'])
  })

  it('lays the rows out again for a new spacing or curve, and reads that shape back', () => {
    let plan = edit(twoRows(), { type: 'set-spacing', sectionId: 'parterre', spacing: 40, rowSpacing: 50 })
    expect(rowsShape(section(plan, 'parterre') as RowsSection)).toEqual({ spacing: 40, rowSpacing: 50 })
    plan = edit(plan, { type: 'set-curve', sectionId: 'parterre', radius: 300 })
    expectValid(plan)
    expect(rowsShape(section(plan, 'parterre') as RowsSection)).toEqual({
      spacing: 40,
      rowSpacing: 50,
      curve: { radius: 300, centre: 'above' },
    })
    plan = edit(plan, { type: 'set-curve', sectionId: 'parterre', radius: 0 })
    expect(rowsOf(plan, 'parterre').every((row) => row.curve === undefined)).toBe(true)
  })

  it('renumbers a row, a seat’s own category staying with the seat', () => {
    let plan = edit(twoRows(), { type: 'add-category', label: 'Catégorie 2' })
    plan = edit(plan, {
      type: 'set-category',
      target: { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '1' },
      category: 'categorie-2',
    })
    plan = edit(plan, {
      type: 'set-numbering',
      target: { kind: 'row', sectionId: 'parterre', rowId: 'A' },
      numbering: { scheme: 'right-to-left' },
    })
    expectValid(plan)
    const leftmost = seatsOf(plan, 'parterre')[0]
    expect([leftmost.number, leftmost.category]).toEqual(['5', 'categorie-2'])
  })

  it('opens aisles in every row of a section', () => {
    const plan = edit(twoRows(), { type: 'set-gaps', target: { kind: 'section', sectionId: 'parterre' }, gaps: [2, 2, 9] })
    expectValid(plan)
    expect(rowsOf(plan, 'parterre').map((row) => row.gaps)).toEqual([[2], [2]])
    expect(
      seatsOf(plan, 'parterre')
        .slice(0, 5)
        .map((seat) => seat.position),
    ).toEqual([0, 1, 3, 4, 5])
  })
})

describe('tables, standing zones, stage and labels', () => {
  it('sets the number of tables, their seats, their radius and whether they are sold whole', () => {
    let plan = edit(twoRows(), { type: 'add-tables', label: 'Tables', tables: 2, seatsPerTable: 4 })
    plan = edit(plan, { type: 'set-table-count', sectionId: 'tables', tables: 5 })
    plan = edit(plan, { type: 'set-seats', target: { kind: 'section', sectionId: 'tables' }, seats: 8 })
    plan = edit(plan, { type: 'set-sold-whole', target: { kind: 'table', sectionId: 'tables', tableId: 'T3' }, soldWhole: true })
    plan = edit(plan, { type: 'set-table-radius', target: { kind: 'table', sectionId: 'tables', tableId: 'T1' }, radius: 50 })
    expectValid(plan)
    expect(tablesOf(plan, 'tables').map((t) => [t.id, t.label, t.seats, t.soldWhole ?? false, t.radius ?? 40])).toEqual([
      ['T1', '1', 8, false, 50],
      ['T2', '2', 8, false, 40],
      ['T3', '3', 8, true, 40],
      ['T4', '4', 8, false, 40],
      ['T5', '5', 8, false, 40],
    ])
    expect(refusal(plan, { type: 'set-seats', target: { kind: 'table', sectionId: 'tables', tableId: 'T9' }, seats: 4 })).toEqual({
      code: 'not-found',
    })
  })

  it('keeps a table’s seats between 2 and 16', () => {
    const plan = edit(demoPlan('cabaret'), { type: 'set-seats', target: { kind: 'table', sectionId: 'salle', tableId: 'T1' }, seats: 40 })
    expect(tablesOf(plan, 'salle')[0].seats).toBe(16)
  })

  it('moves one table, resizes a standing zone and the stage, moves a label within the plan', () => {
    let plan = demoPlan('cabaret')
    plan = edit(plan, { type: 'move', target: { kind: 'table', sectionId: 'salle', tableId: 'T1' }, dx: -30, dy: 0 })
    expect(tablesOf(plan, 'salle')[0]).toMatchObject({ x: 110, y: 340 })
    plan = edit(plan, { type: 'resize-area', target: { kind: 'stage' }, width: 400, height: 60 })
    expect(plan.stage).toMatchObject({ width: 400, height: 60 })
    plan = edit(plan, { type: 'move', target: { kind: 'label', index: 0 }, dx: -500, dy: 0 })
    expect(plan.labels![0]).toMatchObject({ x: 0, y: 680 })
    let concert = edit(demoPlan('concert'), {
      type: 'resize-area',
      target: { kind: 'section', sectionId: 'fosse' },
      width: 300,
      height: 200,
    })
    concert = edit(concert, { type: 'set-capacity', sectionId: 'fosse', capacity: 1200 })
    expectValid(concert)
    expect(section(concert, 'fosse')).toMatchObject({ capacity: 1200, area: { width: 300, height: 200 } })
  })

  it('renames and deletes the stage and labels', () => {
    let plan = edit(demoPlan('cabaret'), { type: 'rename', target: { kind: 'stage' }, text: 'Piste' })
    plan = edit(plan, { type: 'rename', target: { kind: 'label', index: 1 }, text: 'Sortie' })
    expect([plan.stage?.label, plan.labels?.map((label) => label.text)]).toEqual(['Piste', ['Bar', 'Sortie']])
    plan = edit(plan, { type: 'delete', target: { kind: 'label', index: 0 } })
    plan = edit(plan, { type: 'delete', target: { kind: 'label', index: 0 } })
    plan = edit(plan, { type: 'delete', target: { kind: 'stage' } })
    expectValid(plan)
    expect(plan).not.toHaveProperty('stage')
    expect(plan).not.toHaveProperty('labels')
  })
})

describe('categories', () => {
  it('prices a whole section, which then covers its rows’ and seats’ own categories', () => {
    let plan = edit(twoRows(), { type: 'add-category', label: 'Catégorie 2', color: '#2f7fc1' })
    plan = edit(plan, { type: 'set-category', target: { kind: 'row', sectionId: 'parterre', rowId: 'B' }, category: 'categorie-2' })
    plan = edit(plan, {
      type: 'set-category',
      target: { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '3' },
      category: 'categorie-2',
    })
    expect(seatsOf(plan, 'parterre').map((seat) => seat.category)).toEqual([
      ...['cat1', 'cat1', 'categorie-2', 'cat1', 'cat1'],
      ...Array(5).fill('categorie-2'),
    ])
    plan = edit(plan, { type: 'set-category', target: { kind: 'section', sectionId: 'parterre' }, category: 'categorie-2' })
    expectValid(plan)
    expect(new Set(seatsOf(plan, 'parterre').map((seat) => seat.category))).toEqual(new Set(['categorie-2']))
    expect(rowsOf(plan, 'parterre').every((row) => row.category === undefined && row.seatCategories === undefined)).toBe(true)
  })

  it('gives a seat back to its row’s category', () => {
    let plan = edit(twoRows(), { type: 'add-category', label: 'Strapontin' })
    const seat = { kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: '1' } as const
    plan = edit(plan, { type: 'set-category', target: seat, category: 'strapontin' })
    plan = edit(plan, { type: 'set-category', target: seat, category: undefined })
    expect(rowsOf(plan, 'parterre')[0].seatCategories).toBeUndefined()
  })

  it('marks wheelchair places and unmarks them', () => {
    const seat = (n: string) => ({ kind: 'seat', sectionId: 'parterre', rowId: 'A', seat: n }) as const
    let plan = edit(twoRows(), { type: 'set-accessible', target: seat('4'), accessible: true })
    plan = edit(plan, { type: 'set-accessible', target: seat('1'), accessible: true })
    expect(rowsOf(plan, 'parterre')[0].accessible).toEqual(['1', '4'])
    plan = edit(plan, { type: 'set-accessible', target: seat('1'), accessible: false })
    expect(
      flattenPlan(plan)
        .filter((s) => s.accessible)
        .map((s) => s.id),
    ).toEqual(['parterre-A-4'])
    expect(refusal(plan, { type: 'set-accessible', target: seat('9'), accessible: true })).toEqual({ code: 'not-found' })
  })

  it('adds categories with unique ids and the next colour, edits their label and colour', () => {
    let plan = edit(twoRows(), { type: 'add-category', label: 'Carré or' })
    plan = edit(plan, { type: 'add-category', label: 'Carré or' })
    plan = edit(plan, { type: 'edit-category', id: 'carre-or', label: 'Carré Or', color: '#ffd700' })
    expectValid(plan)
    expect(plan.categories).toEqual([
      { id: 'cat1', label: 'Catégorie 1', color: '#d7263d' },
      { id: 'carre-or', label: 'Carré Or', color: '#ffd700' },
      { id: 'carre-or-2', label: 'Carré or', color: '#3a7d44' },
    ])
    expect(refusal(plan, { type: 'edit-category', id: 'cat1', color: 'red' }).code).toBe('breaks-plan')
  })

  it('deletes only a category no seat uses, and never the last one', () => {
    let plan = edit(twoRows(), { type: 'add-category', label: 'Balcon' })
    expect(categoryUser(plan, 'cat1')).toBe('Parterre')
    expect(refusal(plan, { type: 'delete-category', id: 'cat1' })).toEqual({
      code: 'category-in-use',
      category: 'cat1',
      usedBy: 'Parterre',
    })
    plan = edit(plan, { type: 'delete-category', id: 'balcon' })
    expect(plan.categories.map((category) => category.id)).toEqual(['cat1'])
  })

  it('refuses a category the plan does not have', () => {
    const result = refusal(twoRows(), { type: 'set-category', target: { kind: 'section', sectionId: 'parterre' }, category: 'vip' })
    expect(result).toEqual({
      code: 'breaks-plan',
      problems: [{ path: 'sections[0].category', message: 'no category in "categories" has id "vip" (known: "cat1")' }],
    })
  })
})

describe('the canvas', () => {
  it('grows to any size, and shrinks only as far as what stands on it', () => {
    const plan = edit(twoRows(), { type: 'resize-plan', width: 1600, height: 900 })
    expect(plan.size).toEqual({ width: 1600, height: 900 })
    const refused = refusal(plan, { type: 'resize-plan', width: 100, height: 100 })
    expect(refused.code === 'breaks-plan' && refused.problems[0].message).toContain('outside the plan (100 × 100)')
  })
})

// Every edit the designer offers, as it would be made on the plan's first section of each kind.
function everyEdit(plan: SeatingPlan): PlanEdit[] {
  const rows = plan.sections.find((s): s is RowsSection => s.kind === 'rows')
  const tables = plan.sections.find((s): s is TablesSection => s.kind === 'tables')
  const standing = plan.sections.find((s) => s.kind === 'standing')
  const edits: PlanEdit[] = [
    { type: 'add-rows', label: 'Nouvelles rangées', rows: 3, seatsPerRow: 12, numbering: { scheme: 'odd-even' } },
    { type: 'add-rows', label: 'Arc', rows: 2, seatsPerRow: 8, curveRadius: 200 },
    { type: 'add-tables', label: 'Nouvelles tables', tables: 4, seatsPerTable: 6, soldWhole: true },
    { type: 'add-standing', label: 'Debout', capacity: 80 },
    { type: 'add-stage', label: 'Scène' },
    { type: 'add-label', text: 'Vestiaire' },
    { type: 'add-category', label: 'Tarif réduit', color: '#123456' },
    { type: 'edit-category', id: plan.categories[0].id, label: 'Première', color: '#654321' },
    { type: 'rename', target: { kind: 'plan' }, text: 'Salle renommée' },
    { type: 'resize-plan', width: plan.size.width + 200, height: plan.size.height + 100 },
  ]
  if (plan.stage) edits.push({ type: 'move', target: { kind: 'stage' }, dx: 5, dy: 3 }, { type: 'delete', target: { kind: 'stage' } })
  if (plan.labels?.length)
    edits.push(
      { type: 'move', target: { kind: 'label', index: 0 }, dx: 4, dy: -2 },
      { type: 'delete', target: { kind: 'label', index: 0 } },
    )
  for (const s of plan.sections) {
    const ref = { kind: 'section', sectionId: s.id } as const
    edits.push(
      { type: 'rename', target: ref, text: `${s.label} bis` },
      { type: 'duplicate-section', sectionId: s.id, label: `${s.label} copie` },
      { type: 'move', target: ref, dx: 0, dy: 0 },
    )
  }
  if (plan.sections.length > 1)
    edits.push({ type: 'delete', target: { kind: 'section', sectionId: plan.sections[plan.sections.length - 1].id } })
  if (rows) {
    const ref = { kind: 'section', sectionId: rows.id } as const
    const row = rows.rows[rows.rows.length - 1]
    const seat = seatNumbers(row.seats, row.numbering)[0]
    const rowRef = { kind: 'row', sectionId: rows.id, rowId: row.id } as const
    const seatRef = { kind: 'seat', sectionId: rows.id, rowId: row.id, seat } as const
    edits.push(
      { type: 'set-row-count', sectionId: rows.id, rows: Math.max(1, rows.rows.length - 1) },
      { type: 'set-seats', target: ref, seats: Math.max(1, row.seats - 2) },
      { type: 'set-seats', target: rowRef, seats: Math.max(1, row.seats - 1) },
      { type: 'set-numbering', target: ref, numbering: { scheme: 'odd-even' } },
      { type: 'set-numbering', target: rowRef, numbering: { scheme: 'custom-start', start: 7 } },
      { type: 'set-gaps', target: rowRef, gaps: [] },
      { type: 'set-category', target: ref, category: plan.categories[0].id },
      { type: 'set-category', target: rowRef, category: plan.categories[plan.categories.length - 1].id },
      { type: 'set-category', target: seatRef, category: plan.categories[0].id },
      { type: 'set-accessible', target: seatRef, accessible: true },
      { type: 'rename', target: rowRef, text: 'Z' },
      { type: 'delete', target: rowRef },
    )
  }
  if (tables) {
    const ref = { kind: 'section', sectionId: tables.id } as const
    const tableRef = { kind: 'table', sectionId: tables.id, tableId: tables.tables[0].id } as const
    edits.push(
      { type: 'set-table-count', sectionId: tables.id, tables: tables.tables.length + 2 },
      { type: 'set-table-count', sectionId: tables.id, tables: 1 },
      { type: 'set-seats', target: ref, seats: 4 },
      { type: 'set-sold-whole', target: ref, soldWhole: true },
      { type: 'set-sold-whole', target: tableRef, soldWhole: false },
      { type: 'set-category', target: tableRef, category: plan.categories[0].id },
      { type: 'rename', target: tableRef, text: 'Table du fond' },
      { type: 'move', target: tableRef, dx: 0, dy: 0 },
      { type: 'delete', target: tableRef },
    )
  }
  if (standing) {
    edits.push(
      { type: 'set-capacity', sectionId: standing.id, capacity: 42 },
      { type: 'resize-area', target: { kind: 'section', sectionId: standing.id }, width: 120, height: 60 },
      { type: 'set-category', target: { kind: 'section', sectionId: standing.id }, category: plan.categories[0].id },
    )
  }
  return edits
}

describe('every edit keeps the plan valid', () => {
  const starts: [string, () => SeatingPlan][] = [
    ['a new plan', twoRows],
    ['the amphitheatre', () => demoPlan('amphitheatre')],
    ['the cabaret', () => demoPlan('cabaret')],
    ['the concert hall', () => demoPlan('concert')],
    ['a 2,000-seat house', bigHouse],
  ]

  it.each(starts)('on %s', (_, start) => {
    const plan = start()
    expectValid(plan)
    const edits = everyEdit(plan)
    for (const change of edits) {
      const result = editPlan(plan, change)
      if (!result.ok) throw new Error(`${change.type} was refused: ${JSON.stringify(result.refusal)}`)
      expectValid(result.plan)
      expectValidIds(result.plan)
    }
  })

  it('seats 2,000 in the big house, and edits it whole', () => {
    let plan = bigHouse()
    expect(flattenPlan(plan)).toHaveLength(2000)
    plan = edit(plan, { type: 'set-curve', sectionId: 'salle', radius: 900 })
    plan = edit(plan, { type: 'duplicate-section', sectionId: 'salle', label: 'Salle 2' })
    plan = edit(plan, { type: 'move', target: { kind: 'section', sectionId: 'salle-2' }, dx: 50, dy: 50 })
    expectValid(plan)
    expect(flattenPlan(plan)).toHaveLength(4000)
  })

  // Random edits, from a seeded sequence so a failure replays: each one applied is a valid plan,
  // each one refused leaves the plan as it was.
  it('after 200 random edits in a row', { timeout: 60_000 }, () => {
    let seed = 20260314
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let plan = twoRows()
    let applied = 0
    for (let i = 0; i < 200; i++) {
      const edits = everyEdit(plan)
      const change = edits[Math.floor(random() * edits.length)]
      if (change.type === 'move') Object.assign(change, { dx: Math.round(random() * 400 - 200), dy: Math.round(random() * 400 - 200) })
      const result = editPlan(plan, change)
      if (!result.ok) continue
      expectValid(result.plan)
      expectValidIds(result.plan)
      plan = result.plan
      applied++
    }
    expect(applied).toBeGreaterThan(100)
  })
})
