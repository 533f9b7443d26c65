import { describe, expect, it } from 'vitest'

import { rowSeatSpots } from '../plan-geometry'
import type { SeatingPlan, SeatRow } from '../seating-plan'
import { clampMove, freeSpot, layRows, minimumRadius, resizeRow, rowMiddle, rowsShape } from './section-shapes'

const row = (id: string, seats: number, extra: Partial<SeatRow> = {}): SeatRow => ({
  id,
  label: id,
  seats,
  start: { x: 0, y: 0 },
  spacing: 20,
  numbering: { scheme: 'left-to-right' },
  ...extra,
})

describe('laying rows out', () => {
  it('centres straight rows of any length under the first one’s middle', () => {
    const [a, b] = layRows([row('A', 5), row('B', 7)], { spacing: 20, rowSpacing: 25 }, { x: 100, y: 50 })
    expect([a.start, b.start]).toEqual([
      { x: 60, y: 50 },
      { x: 40, y: 75 },
    ])
    expect(rowMiddle(b)).toEqual({ x: 100, y: 75 })
  })

  it('makes curved rows concentric arcs whose middles stand one row spacing apart', () => {
    const rows = layRows(
      [row('A', 10), row('B', 10), row('C', 10)],
      { spacing: 20, rowSpacing: 25, curve: { radius: 200, centre: 'above' } },
      { x: 300, y: 100 },
    )
    expect(rows.map((r) => r.curve!.radius)).toEqual([200, 225, 250])
    rows.forEach((r, i) => {
      expect(rowMiddle(r).x).toBeCloseTo(300, 0)
      expect(rowMiddle(r).y).toBeCloseTo(100 + 25 * i, 0)
    })
    expect(rowsShape({ id: 's', label: 'S', kind: 'rows', rows })).toEqual({
      spacing: 20,
      rowSpacing: 25,
      curve: { radius: 200, centre: 'above' },
    })
  })

  it('puts the tightest arc last when the centre is below', () => {
    const rows = layRows(
      [row('A', 6), row('B', 6)],
      { spacing: 20, rowSpacing: 30, curve: { radius: 100, centre: 'below' } },
      { x: 0, y: 0 },
    )
    expect(rows.map((r) => r.curve!.radius)).toEqual([130, 100])
    expect(rowsShape({ id: 's', label: 'S', kind: 'rows', rows }).curve).toEqual({ radius: 100, centre: 'below' })
  })

  it('widens an arc that would wrap round on itself', () => {
    const [a] = layRows([row('A', 40)], { spacing: 20, rowSpacing: 25, curve: { radius: 10, centre: 'above' } }, { x: 0, y: 0 })
    expect(a.curve!.radius).toBe(minimumRadius(40, 20))
  })
})

describe('resizing a row', () => {
  it('keeps its middle, straight or curved', () => {
    const straight = row('A', 10, { start: { x: 100, y: 40 } })
    expect(rowMiddle(resizeRow(straight, 4))).toEqual(rowMiddle(straight))
    const curved = row('A', 10, { start: { x: 100, y: 40 }, curve: { radius: 150, centre: 'above' } })
    const shorter = resizeRow(curved, 6)
    expect(rowMiddle(shorter).x).toBeCloseTo(rowMiddle(curved).x, 0)
    expect(rowMiddle(shorter).y).toBeCloseTo(rowMiddle(curved).y, 0)
  })

  it('drops aisles past the row’s end and keeps seats one slot further apart across one', () => {
    const resized = resizeRow(row('A', 10, { gaps: [3, 8] }), 6)
    expect(resized.gaps).toEqual([3])
    expect(rowSeatSpots(resized).map((spot) => spot.position)).toEqual([0, 1, 2, 4, 5, 6])
  })
})

describe('room on the plan', () => {
  const plan: SeatingPlan = {
    version: 1,
    name: 'Salle',
    size: { width: 400, height: 300 },
    categories: [{ id: 'c', label: 'C', color: '#000000' }],
    sections: [
      { id: 'fosse', label: 'Fosse', kind: 'standing', capacity: 10, area: { x: 20, y: 20, width: 200, height: 100 }, category: 'c' },
    ],
  }

  it('finds the first free place from the top left, clear of what stands there', () => {
    expect(freeSpot(plan, 100, 50)).toEqual({ x: 240, y: 20 }) // 20 clear of the zone
    expect(freeSpot(plan, 300, 50)).toEqual({ x: 20, y: 140 })
    // Nothing that large fits: below everything.
    expect(freeSpot(plan, 500, 50)).toEqual({ x: 20, y: 140 })
  })

  it('cuts a move short at the edges', () => {
    const extent = { outer: { minX: 20, minY: 20, maxX: 220, maxY: 120 }, centres: { minX: 20, minY: 20, maxX: 220, maxY: 120 } }
    expect(clampMove(plan, extent, -100, 500)).toEqual({ x: -20, y: 180 })
    expect(clampMove(plan, extent, 10, 10)).toEqual({ x: 10, y: 10 })
  })
})
