import { describe, expect, it } from 'vitest'

import { parseSeatingPlan, type SeatingPlanInput } from './seating-plan'

// Le Petit Théâtre: two rows in the stalls (an aisle in row B), a balcony numbered the French way.
function smallTheatre(): SeatingPlanInput {
  return {
    version: 1,
    name: 'Le Petit Théâtre',
    size: { width: 400, height: 300 },
    categories: [
      { id: 'cat1', label: 'Catégorie 1', color: '#b22222' },
      { id: 'cat2', label: 'Catégorie 2', color: '#1f3a5f' },
    ],
    stage: { x: 100, y: 10, width: 200, height: 40, label: 'Scène' },
    labels: [{ x: 200, y: 290, text: 'Entrée' }],
    sections: [
      {
        id: 'orch',
        label: 'Orchestre',
        kind: 'rows',
        category: 'cat1',
        rows: [
          { id: 'A', label: 'A', seats: 8, start: { x: 100, y: 80 }, spacing: 25, numbering: { scheme: 'left-to-right' } },
          {
            id: 'B',
            label: 'B',
            seats: 8,
            start: { x: 100, y: 110 },
            spacing: 25,
            gaps: [4],
            numbering: { scheme: 'left-to-right' },
          },
        ],
      },
      {
        id: 'balc',
        label: 'Balcon',
        kind: 'rows',
        category: 'cat2',
        rows: [{ id: 'A', label: 'A', seats: 10, start: { x: 80, y: 200 }, spacing: 25, numbering: { scheme: 'odd-even' } }],
      },
      {
        id: 'fosse',
        label: 'Fosse',
        kind: 'standing',
        capacity: 50,
        area: { x: 20, y: 240, width: 100, height: 40 },
        category: 'cat2',
      },
    ],
  }
}

function problemsOf(plan: unknown) {
  const result = parseSeatingPlan(plan)
  if (result.ok) throw new Error('expected the plan to be refused')
  return result.problems
}

describe('parseSeatingPlan', () => {
  it('accepts a small theatre, as an object or as JSON text', () => {
    const result = parseSeatingPlan(JSON.stringify(smallTheatre()))
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.plan.sections.map((s) => s.id)).toEqual(['orch', 'balc', 'fosse'])
    expect(parseSeatingPlan(smallTheatre()).ok).toBe(true)
  })

  it('says when the text is not JSON', () => {
    expect(problemsOf('{ "version": 1,')[0].message).toMatch(/^the seating plan is not valid JSON/)
  })

  it('points at a wrong field with its path', () => {
    const plan = smallTheatre() as any
    plan.version = 2
    plan.categories[1].color = 'blue'
    plan.sections[0].rows[1].seats = 0
    plan.sections[0].rows[0].seets = 3
    plan.sections[2].kind = 'balcony'
    expect(problemsOf(plan)).toEqual([
      { path: 'version', message: 'must be 1 (the only version of the plan format so far)' },
      { path: 'categories[1].color', message: 'must be a hex colour like "#1f3a5f"' },
      { path: 'sections[0].rows[0].seets', message: 'is not a field here; check its spelling or remove it' },
      { path: 'sections[0].rows[1].seats', message: 'a row needs at least 1 seat' },
      { path: 'sections[2].kind', message: 'must be "rows", "tables" or "standing"' },
    ])
  })

  it('refuses a row of more than 200 seats', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[0].seats = 201
    expect(problemsOf(plan)).toEqual([
      { path: 'sections[0].rows[0].seats', message: 'a row holds at most 200 seats; split it into two rows' },
    ])
  })

  it('checks numbering starts', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[0].numbering = { scheme: 'custom-start' }
    plan.sections[1].rows[0].numbering = { scheme: 'odd-even', start: 3 }
    expect(problemsOf(plan).map((p) => p.path)).toEqual([
      'sections[0].rows[0].numbering.start',
      'sections[1].rows[0].numbering.start',
    ])
  })

  it('checks aisles and per-seat lists against the row', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[1].gaps = [4, 8, 4]
    plan.sections[0].rows[0].seatCategories = { '3': 'cat2', '12': 'cat2' }
    expect(problemsOf(plan)).toEqual([
      { path: 'sections[0].rows[0].seatCategories["12"]', message: 'the row has no seat "12"; its seats are numbered 1 to 8' },
      { path: 'sections[0].rows[1].gaps[1]', message: "must be between 1 and 7: an aisle after the n-th of the row's 8 seats" },
      { path: 'sections[0].rows[1].gaps[2]', message: 'repeats the aisle after seat 4' },
    ])
  })

  it('refuses repeated ids of sections, rows, tables and categories', () => {
    const plan = smallTheatre() as any
    plan.categories[1].id = 'cat1'
    plan.sections[0].rows[1].id = 'A'
    plan.sections[2].id = 'balc'
    plan.sections.push({
      id: 'club',
      label: 'Club',
      kind: 'tables',
      category: 'cat1',
      tables: [
        { id: 'T1', label: 'Table 1', x: 330, y: 150, seats: 4 },
        { id: 'T1', label: 'Table 2', x: 330, y: 250, seats: 4 },
      ],
    })
    expect(problemsOf(plan).map((p) => p.path)).toEqual([
      'categories[1].id',
      'sections[0].rows[1].id',
      'sections[3].tables[1].id',
      'sections[2].id',
    ])
    expect(problemsOf(plan)[3].message).toBe('another section already uses id "balc" (number 2 in the list); ids must be unique')
  })

  it('refuses references to unknown categories, and seats with none', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[0].category = 'vip'
    plan.sections[0].rows[1].seatCategories = { '2': 'cat3' }
    delete plan.sections[1].category
    expect(problemsOf(plan)).toEqual([
      { path: 'sections[0].rows[0].category', message: 'no category in "categories" has id "vip" (known: "cat1", "cat2")' },
      {
        path: 'sections[0].rows[1].seatCategories["2"]',
        message: 'no category in "categories" has id "cat3" (known: "cat1", "cat2")',
      },
      {
        path: 'sections[1].rows[0]',
        message:
          'seats 9, 7, 5, 3, 1 and 5 more have no category: give the row or its section a "category", or list the seat in "seatCategories"',
      },
    ])
  })

  it('keeps everything within the plan size', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[0].start = { x: 300, y: 80 }
    plan.stage.width = 400
    plan.sections[2].area.y = 280
    expect(problemsOf(plan).map((p) => p.path)).toEqual(['sections[2].area', 'stage'])
    plan.stage.width = 200
    plan.sections[2].area.y = 240
    expect(problemsOf(plan)).toEqual([
      {
        path: 'sections[0].rows[0].start',
        message:
          'seat 6 of row "A" in section "orch" would stand at (425, 80), outside the plan (400 × 300); move it or enlarge "size"',
      },
    ])
  })

  it('refuses two seats at the same place', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[1].start = { x: 150.5, y: 80.3 }
    expect(problemsOf(plan)).toEqual([
      {
        path: 'sections[0].rows[1].start',
        message:
          'seat 1 of row "B" in section "orch" stands on seat 3 of row "A" in section "orch" at (150.5, 80.3); seats must be at least 1 apart',
      },
    ])
  })

  it('refuses a curve too tight for its row', () => {
    const plan = smallTheatre() as any
    plan.sections[0].rows[0].curve = { radius: 20 }
    expect(problemsOf(plan)).toEqual([
      {
        path: 'sections[0].rows[0].curve.radius',
        message: 'is too small: 8 seats 25 apart would wrap around the circle; use at least 32',
      },
    ])
  })

  it('refuses more than 20,000 seats', () => {
    const rows = Array.from({ length: 101 }, (_, r) => ({
      id: `R${r}`,
      label: `${r + 1}`,
      seats: 200,
      start: { x: 10, y: 10 + r * 10 },
      spacing: 10,
      numbering: { scheme: 'left-to-right' as const },
    }))
    const plan = {
      ...smallTheatre(),
      size: { width: 3000, height: 2000 },
      sections: [{ id: 'hall', label: 'Hall', kind: 'rows' as const, category: 'cat1', rows }],
    }
    expect(problemsOf(plan)).toEqual([
      { path: 'sections', message: 'hold 20,200 seats; a plan holds at most 20,000: split the venue into several plans' },
    ])
  })
})
