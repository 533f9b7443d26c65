import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { bestAvailable } from './best-available'
import { flattenPlan, standingZones } from './plan-geometry'
import { parseSeatingPlan, type SeatingPlan } from './seating-plan'

// The Théâtre du Marché's venues, shipped with the demo site.
const PLANS_DIR = new URL('../../../sites/theatre-du-marche/plans/', import.meta.url)

function demoPlan(name: string): SeatingPlan {
  const result = parseSeatingPlan(readFileSync(new URL(`${name}.json`, PLANS_DIR), 'utf8'))
  expect(result.ok ? [] : result.problems).toEqual([])
  return (result as { ok: true; plan: SeatingPlan }).plan
}

describe('the Théâtre du Marché’s seating plans', () => {
  it.each(['amphitheatre', 'cabaret', 'concert'])('%s parses without a problem and gives each seat its own id', (name) => {
    const seats = flattenPlan(demoPlan(name))
    expect(new Set(seats.map((seat) => seat.id)).size).toBe(seats.length)
  })

  it('seats exactly 300 in the amphitheatre, 212 in the orchestre and 88 in the balcon, as the site says', () => {
    const seats = flattenPlan(demoPlan('amphitheatre'))
    expect(seats).toHaveLength(300)
    expect(seats.filter((seat) => seat.sectionId === 'orchestre')).toHaveLength(212)
    expect(seats.filter((seat) => seat.sectionId === 'balcon')).toHaveLength(88)
  })

  it('numbers the orchestre the French way, with aisles, wheelchair places and three price categories', () => {
    const plan = demoPlan('amphitheatre')
    const seats = flattenPlan(plan)
    const rowA = seats.filter((seat) => seat.rowId === 'orchestre-A').map((seat) => seat.number)
    expect(rowA).toEqual(['15', '13', '11', '9', '7', '5', '3', '1', '2', '4', '6', '8', '10', '12', '14', '16'])
    const positions = seats.filter((seat) => seat.rowId === 'orchestre-A').map((seat) => seat.position)
    expect(positions.filter((position, i) => i > 0 && position - positions[i - 1]! > 1)).toHaveLength(2)
    expect(seats.filter((seat) => seat.accessible).length).toBeGreaterThanOrEqual(2)
    expect(new Set(seats.map((seat) => seat.category))).toEqual(new Set(plan.categories.map((category) => category.id)))
  })

  it('rates the centre of the orchestre, near the stage, best', () => {
    const seats = flattenPlan(demoPlan('amphitheatre'))
    const best = bestAvailable(seats, new Set(), { count: 2 })
    // Row C's seat 1 stands at the middle of the row, so the pair is 1 and a neighbour.
    expect(best.ok && best.seats.map((seat) => seat.id)).toEqual(['orchestre-C-3', 'orchestre-C-1'])
    const byRating = [...seats].sort((a, b) => b.rating - a.rating)
    expect(byRating.slice(0, 20).every((seat) => seat.sectionId === 'orchestre')).toBe(true)
  })

  it('sells the cabaret’s tables by the stage whole, the others seat by seat, in tables of 4 and 6', () => {
    const plan = demoPlan('cabaret')
    const seats = flattenPlan(plan)
    const tableSizes = new Map<string, number>()
    for (const seat of seats) tableSizes.set(seat.tableId!, (tableSizes.get(seat.tableId!) ?? 0) + 1)
    expect(new Set(tableSizes.values())).toEqual(new Set([4, 6]))
    const wholeTables = new Set(seats.filter((seat) => seat.soldWhole).map((seat) => seat.tableId))
    expect([...wholeTables].every((table) => table?.startsWith('carre-'))).toBe(true)
    expect(wholeTables.size).toBeGreaterThanOrEqual(2)
    expect(seats.some((seat) => !seat.soldWhole)).toBe(true)
    expect(plan.categories).toHaveLength(2)
  })

  it('stands 400 in the concert’s pit and 40 on its VIP balcony, with no numbered seat', () => {
    const plan = demoPlan('concert')
    expect(flattenPlan(plan)).toEqual([])
    expect(standingZones(plan)).toEqual([
      { id: 'fosse', label: 'Fosse', capacity: 400, category: 'fosse' },
      { id: 'balcon-vip', label: 'Balcon VIP', capacity: 40, category: 'vip' },
    ])
  })
})
