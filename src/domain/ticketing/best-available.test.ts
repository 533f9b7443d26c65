import { describe, expect, it } from 'vitest'
import { bestAvailable, MAX_PARTY_SIZE, prepareSeats } from './best-available'
import type { PlanSeat } from './seat'

interface RowSpec {
  section?: string
  label: string
  y?: number
  /** Seat positions; a jump between two numbers is an aisle. Default: 0..9. */
  positions?: number[]
  category?: (position: number) => string
  rating?: (position: number) => number
}

/** A row of seats "<section>-<label>-<position>", all rated 10 and in cat1 unless told otherwise. */
function row({ section = 'orch', label, y = 0, positions = range(0, 10), category = () => 'cat1', rating = () => 10 }: RowSpec): PlanSeat[] {
  return positions.map((position) => ({
    id: `${section}-${label}-${position}`,
    sectionId: section,
    rowId: `${section}-${label}`,
    rowLabel: label,
    number: String(position + 1),
    position,
    x: position,
    y,
    category: category(position),
    rating: rating(position),
  }))
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i)
}

function ids(result: ReturnType<typeof bestAvailable>): string[] {
  if (!result.ok) throw new Error(`expected seats, got ${result.reason}: ${result.message}`)
  return result.seats.map((seat) => seat.id)
}

const taken = (...seatIds: string[]) => new Set(seatIds)
// Centre seats of a 10-seat row are the best: 5,6,7,8,9,9,8,7,6,5.
const centred = (position: number) => 10 - Math.abs(4.5 - position) - 0.5

describe('bestAvailable: requests it refuses', () => {
  const plan = row({ label: 'A' })

  it.each([0, -1, 2.5, Number.NaN])('refuses a count of %s', (count) => {
    const result = bestAvailable(plan, taken(), { count })
    expect(result).toMatchObject({ ok: false, reason: 'bad-count' })
  })

  it(`refuses more than ${MAX_PARTY_SIZE} seats`, () => {
    expect(bestAvailable(plan, taken(), { count: MAX_PARTY_SIZE + 1 })).toMatchObject({ ok: false, reason: 'too-many' })
  })

  it('says how many are left when the house is nearly full', () => {
    const result = bestAvailable(plan, taken(...range(0, 8).map((p) => `orch-A-${p}`)), { count: 3 })
    expect(result).toEqual({ ok: false, reason: 'not-enough', message: 'Only 2 seats left; you asked for 3.' })
  })

  it('names the category when none of it is left', () => {
    const result = bestAvailable(plan, taken(), { count: 1, category: 'cat2' })
    expect(result).toEqual({ ok: false, reason: 'not-enough', message: 'No seats left in category cat2.' })
  })
})

describe('bestAvailable: one row', () => {
  it('seats a couple in the two centre seats of the best row', () => {
    const plan = [...row({ label: 'A', rating: (p) => centred(p) + 5 }), ...row({ label: 'B', y: 1, rating: centred })]
    expect(ids(bestAvailable(plan, taken(), { count: 2 }))).toEqual(['orch-A-4', 'orch-A-5'])
  })

  it('never crosses an aisle to keep a party together', () => {
    // Positions 0-3 | aisle | 10-13: four together fit on either side but not across.
    const plan = row({ label: 'A', positions: [0, 1, 2, 3, 10, 11, 12, 13], rating: (p) => (p === 3 || p === 10 ? 20 : 10) })
    const seats = ids(bestAvailable(plan, taken('orch-A-0'), { count: 4 }))
    expect(seats).toEqual(['orch-A-10', 'orch-A-11', 'orch-A-12', 'orch-A-13'])
  })

  it('skips taken seats and breaks equal scores by row then position', () => {
    const plan = [...row({ label: 'B', y: 1 }), ...row({ label: 'A' })]
    const seats = ids(bestAvailable(plan, taken('orch-A-0', 'orch-A-1'), { count: 3 }))
    // Every block of three free seats scores 30; A before B, and A-2 is its first free seat.
    expect(seats).toEqual(['orch-A-2', 'orch-A-3', 'orch-A-4'])
  })

  it('keeps to the asked category, even when a better seat of another sits next door', () => {
    const plan = row({ label: 'A', category: (p) => (p < 5 ? 'cat1' : 'cat2'), rating: (p) => p })
    expect(ids(bestAvailable(plan, taken(), { count: 2, category: 'cat1' }))).toEqual(['orch-A-3', 'orch-A-4'])
  })

  it('gives the same answer from a prepared index as from the seat list', () => {
    const plan = [...row({ label: 'A', rating: centred }), ...row({ label: 'B', y: 1, rating: centred })]
    const index = prepareSeats(plan)
    for (const count of [1, 3, 7]) {
      expect(bestAvailable(index, taken('orch-A-4'), { count })).toEqual(bestAvailable(plan, taken('orch-A-4'), { count }))
    }
  })
})

describe('bestAvailable: orphan seats', () => {
  it('moves a pair off the centre rather than strand a single seat on each side', () => {
    // Free 0-3, then an aisle. Centre pair 1-2 rates 20 but leaves 0 and 3 alone: 20 − 8 − 7 = 5.
    // Pair 0-1 rates 18 and leaves 2-3 sellable together: 18 wins.
    const plan = row({ label: 'A', positions: range(0, 4), rating: (p) => [8, 10, 10, 7][p]! })
    expect(ids(bestAvailable(plan, taken(), { count: 2 }))).toEqual(['orch-A-0', 'orch-A-1'])
  })

  it('fills a gap of three with three rather than leave one of a gap of four', () => {
    // Row: free 0-2, taken 3, free 4-7. The gap of three fits exactly.
    const plan = row({ label: 'A', positions: range(0, 8) })
    expect(ids(bestAvailable(plan, taken('orch-A-3'), { count: 3 }))).toEqual(['orch-A-0', 'orch-A-1', 'orch-A-2'])
  })

  it('still strands a seat when that is much better than anything else', () => {
    const plan = [
      ...row({ label: 'A', positions: range(0, 3), rating: () => 100 }),
      ...row({ label: 'Z', y: 9, positions: range(0, 2), rating: () => 1 }),
    ]
    // A-1 + A-2 = 200 − 100 (A-0 stranded) = 100 beats Z-0 + Z-1 = 2.
    expect(ids(bestAvailable(plan, taken(), { count: 2 }))).toEqual(['orch-A-0', 'orch-A-1'])
    expect(ids(bestAvailable(plan, taken('orch-A-0'), { count: 2 }))).toEqual(['orch-A-1', 'orch-A-2'])
  })

  it('does not count a seat of another category as stranding the seat beside it', () => {
    // cat2 seat 0 is free, so leaving cat1 seat 1 beside it is no orphan.
    const plan = row({ label: 'A', positions: range(0, 4), category: (p) => (p === 0 ? 'cat2' : 'cat1'), rating: (p) => [1, 1, 5, 5][p]! })
    expect(ids(bestAvailable(plan, taken(), { count: 2, category: 'cat1' }))).toEqual(['orch-A-2', 'orch-A-3'])
  })
})

describe('bestAvailable: tables sold whole', () => {
  const table = (tableId: string, size: number, rating: number): PlanSeat[] =>
    row({ section: 'club', label: tableId, positions: range(0, size), rating: () => rating }).map((seat) => ({ ...seat, tableId, soldWhole: true }))

  it('sells a whole table to a party of exactly its size', () => {
    const plan = [...table('T1', 4, 50), ...row({ label: 'A' })]
    expect(ids(bestAvailable(plan, taken(), { count: 4 }))).toEqual(['club-T1-0', 'club-T1-1', 'club-T1-2', 'club-T1-3'])
  })

  it('never sells part of a table, nor a table with a seat already gone', () => {
    const plan = [...table('T1', 4, 50), ...row({ label: 'A', positions: range(0, 3) })]
    expect(ids(bestAvailable(plan, taken(), { count: 3 }))).toEqual(['orch-A-0', 'orch-A-1', 'orch-A-2'])
    expect(bestAvailable(plan, taken('club-T1-0'), { count: 4 })).toMatchObject({ ok: false, reason: 'not-enough' })
    expect(bestAvailable(table('T1', 4, 50), taken(), { count: 5 })).toMatchObject({ ok: false, reason: 'not-enough' })
  })
})

describe('bestAvailable: when no row fits the party', () => {
  it('splits over the two closest rows of one section', () => {
    const plan = [
      ...row({ label: 'A', y: 0, positions: range(0, 4) }),
      ...row({ label: 'B', y: 1, positions: range(0, 4) }),
      ...row({ label: 'C', y: 2, positions: range(0, 4) }),
      ...row({ section: 'balc', label: 'A', y: 0, positions: range(0, 8), rating: () => 1 }),
    ]
    // Balcony row A holds six together, so that wins over splitting.
    expect(ids(bestAvailable(plan, taken(), { count: 6 })).every((id) => id.startsWith('balc-A'))).toBe(true)
    // With the balcony gone, six split over rows A and B of the orchestra, not A and C.
    const balconyGone = taken(...range(0, 8).map((p) => `balc-A-${p}`), 'orch-B-0')
    const seats = ids(bestAvailable(plan, balconyGone, { count: 6 }))
    expect(seats).toHaveLength(6)
    expect(new Set(seats.map((id) => id.slice(0, 6)))).toEqual(new Set(['orch-A', 'orch-B']))
  })

  it('takes the best seats anywhere as a last resort', () => {
    const plan = [
      ...row({ label: 'A', positions: [0, 2, 4], rating: () => 5 }),
      ...row({ section: 'balc', label: 'A', positions: [0, 2], rating: () => 1 }),
    ]
    expect(ids(bestAvailable(plan, taken(), { count: 4 }))).toEqual(['balc-A-0', 'orch-A-0', 'orch-A-2', 'orch-A-4'])
  })
})

describe('bestAvailable: a 5,000-seat hall', () => {
  // 4 sections × 25 rows × 50 seats, an aisle after seat 24, cat1 in the front ten rows.
  const plan = ['s1', 's2', 's3', 's4'].flatMap((section, s) =>
    range(0, 25).flatMap((r) =>
      row({
        section,
        label: String.fromCharCode(65 + r),
        y: s * 100 + r,
        positions: [...range(0, 25), ...range(27, 52)],
        category: () => (r < 10 ? 'cat1' : 'cat2'),
        rating: (p) => 100 - r * 2 - s * 10 - Math.abs(25.5 - p) / 2,
      }),
    ),
  )
  const index = prepareSeats(plan)
  // Every seat of a cat1 row taken but a pseudo-random sprinkle left free.
  const sold = new Set(plan.filter((seat) => seat.category === 'cat1' && (seat.position * 7 + seat.y * 13) % 5 !== 0).map((seat) => seat.id))

  it('has 5,000 seats', () => expect(plan).toHaveLength(5000))

  it('seats ten together in the best row, centre, on either side of the aisle', () => {
    const seats = bestAvailable(index, new Set(), { count: 10 })
    if (!seats.ok) throw new Error(seats.message)
    expect(seats.seats.every((seat) => seat.rowId === 's1-A')).toBe(true)
    const positions = seats.seats.map((seat) => seat.position)
    expect(positions.at(-1)! - positions[0]!).toBe(9)
  })

  it('never hands out a taken seat or another category, whatever the party size', () => {
    for (let count = 1; count <= MAX_PARTY_SIZE; count++) {
      const result = bestAvailable(index, sold, { count, category: 'cat1' })
      if (!result.ok) throw new Error(result.message)
      expect(result.seats).toHaveLength(count)
      expect(new Set(result.seats.map((seat) => seat.id)).size).toBe(count)
      expect(result.seats.every((seat) => !sold.has(seat.id) && seat.category === 'cat1')).toBe(true)
    }
  })
})
