import { describe, expect, it } from 'vitest'

import { flattenPlan, rowSeatSpots, standingZones, tableSeatSpots } from './plan-geometry'
import { parseSeatingPlan, type SeatingPlan, type SeatingPlanInput } from './seating-plan'

function parsed(input: SeatingPlanInput): SeatingPlan {
  const result = parseSeatingPlan(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  return result.plan
}

const categories = [
  { id: 'cat1', label: 'Catégorie 1', color: '#b22222' },
  { id: 'cat2', label: 'Catégorie 2', color: '#1f3a5f' },
  { id: 'cat3', label: 'Catégorie 3', color: '#2e7d32' },
]

// An amphitheatre of 10 rows of 30 seats on arcs round the stage's centre, each row 30 further back.
function amphitheatre(): SeatingPlanInput {
  const centre = { x: 500, y: 60 }
  const spacing = 24
  const rows = Array.from({ length: 10 }, (_, r) => {
    const radius = 300 + 30 * r
    const half = (29 * spacing) / radius / 2
    return {
      id: String.fromCharCode(65 + r),
      label: String.fromCharCode(65 + r),
      seats: 30,
      start: { x: centre.x - radius * Math.sin(half), y: centre.y + radius * Math.cos(half) },
      spacing,
      curve: { radius },
      numbering: { scheme: 'left-to-right' as const },
    }
  })
  return {
    version: 1,
    name: 'Théâtre antique',
    size: { width: 1000, height: 700 },
    categories,
    stage: { x: 400, y: 20, width: 200, height: 80, label: 'Scène' },
    sections: [{ id: 'cavea', label: 'Cavea', kind: 'rows', category: 'cat1', rows }],
  }
}

describe('rowSeatSpots', () => {
  it('runs a straight row right from its start, an aisle taking one seat', () => {
    const plan = parsed({
      version: 1,
      name: 'Salle',
      size: { width: 300, height: 100 },
      categories,
      sections: [
        {
          id: 'orch',
          label: 'Orchestre',
          kind: 'rows',
          category: 'cat1',
          rows: [
            {
              id: 'A',
              label: 'A',
              seats: 6,
              start: { x: 10, y: 50 },
              spacing: 20,
              gaps: [3],
              numbering: { scheme: 'right-to-left' },
            },
          ],
        },
      ],
    })
    const spots = rowSeatSpots((plan.sections[0] as any).rows[0])
    expect(spots.map((s) => s.number)).toEqual(['6', '5', '4', '3', '2', '1'])
    expect(spots.map((s) => s.position)).toEqual([0, 1, 2, 4, 5, 6])
    expect(spots.map((s) => s.x)).toEqual([10, 30, 50, 90, 110, 130])
    expect(spots.every((s) => s.y === 50)).toBe(true)
  })

  it('bends a curved row round a centre above it, ends level with the start', () => {
    const row = parsed(amphitheatre()).sections[0] as any
    const spots = rowSeatSpots(row.rows[0])
    expect(spots[0].x).toBeCloseTo(row.rows[0].start.x)
    expect(spots[0].y).toBeCloseTo(row.rows[0].start.y)
    expect(spots[29].y).toBeCloseTo(row.rows[0].start.y)
    expect(spots[15].y).toBeGreaterThan(spots[0].y)
    for (const spot of spots) expect(Math.hypot(spot.x - 500, spot.y - 60)).toBeCloseTo(300)
    const steps = spots.slice(1).map((s, i) => Math.hypot(s.x - spots[i].x, s.y - spots[i].y))
    for (const step of steps) expect(step).toBeCloseTo(steps[0])
  })

  it('bends the other way with the centre below', () => {
    const row = { ...(parsed(amphitheatre()).sections[0] as any).rows[0], curve: { radius: 300, centre: 'below' } }
    const spots = rowSeatSpots(row)
    expect(spots[15].y).toBeLessThan(spots[0].y)
    expect(spots[29].y).toBeCloseTo(spots[0].y)
  })
})

describe('tableSeatSpots', () => {
  it('seats a round table clockwise from the top', () => {
    const spots = tableSeatSpots({ id: 'T1', label: 'Table 1', x: 100, y: 100, seats: 4, shape: 'round', radius: 30 })
    expect(spots.map((s) => [s.number, Math.round(s.x), Math.round(s.y)])).toEqual([
      ['1', 100, 70],
      ['2', 130, 100],
      ['3', 100, 130],
      ['4', 70, 100],
    ])
  })
})

describe('flattenPlan', () => {
  it('flattens a 300-seat amphitheatre: unique ids, no two seats at one place', () => {
    const seats = flattenPlan(parsed(amphitheatre()))
    expect(seats).toHaveLength(300)
    expect(new Set(seats.map((s) => s.id)).size).toBe(300)
    expect(seats[0]).toMatchObject({
      id: 'cavea-A-1',
      sectionId: 'cavea',
      rowId: 'cavea-A',
      rowLabel: 'A',
      number: '1',
      position: 0,
      category: 'cat1',
    })
    let nearest = Infinity
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++)
        nearest = Math.min(nearest, Math.hypot(seats[i].x - seats[j].x, seats[i].y - seats[j].y))
    }
    expect(nearest).toBeGreaterThan(20)
  })

  it('rates seats by distance to the stage: the front centre best, the back corner worst', () => {
    const seats = flattenPlan(parsed(amphitheatre()))
    const byId = new Map(seats.map((s) => [s.id, s]))
    expect(byId.get('cavea-A-15')!.rating).toBeGreaterThan(byId.get('cavea-J-15')!.rating)
    expect(Math.min(...seats.map((s) => s.rating))).toBe(0)
    expect(Math.max(...seats.map((s) => s.rating))).toBeLessThanOrEqual(100)
  })

  it("rates a section's seats by its own best point when it has one", () => {
    const input = amphitheatre() as any
    input.sections[0].rating = { best: { x: 500, y: 600 } }
    const byId = new Map(flattenPlan(parsed(input)).map((s) => [s.id, s]))
    expect(byId.get('cavea-J-15')!.rating).toBeGreaterThan(byId.get('cavea-A-15')!.rating)
  })

  it('takes the most specific category: seat, then row or table, then section', () => {
    const plan = parsed({
      version: 1,
      name: 'Cabaret',
      size: { width: 400, height: 300 },
      categories,
      sections: [
        {
          id: 'salle',
          label: 'Salle',
          kind: 'rows',
          category: 'cat3',
          rows: [
            {
              id: 'A',
              label: 'A',
              seats: 3,
              start: { x: 20, y: 20 },
              spacing: 20,
              category: 'cat2',
              seatCategories: { '2': 'cat1' },
              numbering: { scheme: 'left-to-right' },
            },
            {
              id: 'B',
              label: 'B',
              seats: 2,
              start: { x: 20, y: 50 },
              spacing: 20,
              accessible: ['1'],
              numbering: { scheme: 'left-to-right' },
            },
          ],
        },
        {
          id: 'club',
          label: 'Club',
          kind: 'tables',
          category: 'cat3',
          tables: [
            { id: 'T1', label: 'Table 1', x: 100, y: 200, seats: 2, category: 'cat1', soldWhole: true },
            { id: 'T2', label: 'Table 2', x: 250, y: 200, seats: 2 },
          ],
        },
      ],
    })
    const category = Object.fromEntries(flattenPlan(plan).map((s) => [s.id, s.category]))
    expect(category).toEqual({
      'salle-A-1': 'cat2',
      'salle-A-2': 'cat1',
      'salle-A-3': 'cat2',
      'salle-B-1': 'cat3',
      'salle-B-2': 'cat3',
      'club-T1-1': 'cat1',
      'club-T1-2': 'cat1',
      'club-T2-1': 'cat3',
      'club-T2-2': 'cat3',
    })
    const seats = flattenPlan(plan)
    expect(seats.find((s) => s.id === 'club-T1-2')).toMatchObject({
      tableId: 'club-T1',
      rowId: 'club-T1',
      rowLabel: 'Table 1',
      position: 1,
      soldWhole: true,
    })
    expect(seats.find((s) => s.id === 'club-T2-1')!.soldWhole).toBeUndefined()
    expect(seats.filter((s) => s.accessible).map((s) => s.id)).toEqual(['salle-B-1'])
  })

  it('parses and flattens a generated plan of 5,000+ seats', () => {
    const rows = Array.from({ length: 40 }, (_, r) => ({
      id: `R${r + 1}`,
      label: `${r + 1}`,
      seats: 130,
      start: { x: 20, y: 100 + r * 30 },
      spacing: 22,
      gaps: [40, 90],
      numbering: { scheme: r % 2 === 0 ? ('odd-even' as const) : ('left-to-right' as const) },
      category: r < 10 ? 'cat1' : 'cat2',
    }))
    const tables = Array.from({ length: 20 }, (_, t) => ({
      id: `T${t + 1}`,
      label: `Table ${t + 1}`,
      x: 100 + t * 140,
      y: 1400,
      seats: 10,
    }))
    const plan = parsed({
      version: 1,
      name: 'Grande salle',
      size: { width: 3000, height: 1500 },
      categories,
      stage: { x: 1000, y: 10, width: 1000, height: 60, label: 'Scène' },
      sections: [
        { id: 'parterre', label: 'Parterre', kind: 'rows', rows },
        { id: 'club', label: 'Club', kind: 'tables', category: 'cat3', tables },
        {
          id: 'fosse',
          label: 'Fosse',
          kind: 'standing',
          capacity: 800,
          area: { x: 10, y: 20, width: 900, height: 60 },
          category: 'cat3',
        },
      ],
    })
    const seats = flattenPlan(plan)
    expect(seats).toHaveLength(40 * 130 + 20 * 10)
    expect(new Set(seats.map((s) => s.id)).size).toBe(seats.length)
    expect(standingZones(plan)).toEqual([{ id: 'fosse', label: 'Fosse', capacity: 800, category: 'cat3' }])
  })
})
