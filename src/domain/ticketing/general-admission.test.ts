import { describe, expect, it } from 'vitest'
import { canTake, canTakeAtLevel, currentLevel, levelRemaining, remainingCapacity, type PriceLevel } from './general-admission'

describe('remainingCapacity', () => {
  it('subtracts sold and held places', () => expect(remainingCapacity(500, 420, 30)).toBe(50))

  it('never goes below zero after an over-sale', () => expect(remainingCapacity(100, 98, 5)).toBe(0))

  it('refuses counts that are not whole and positive', () => {
    expect(() => remainingCapacity(100, -1, 0)).toThrow(/sold is a whole number of places, 0 or more, not -1/)
    expect(() => remainingCapacity(10.5, 0, 0)).toThrow(/capacity/)
  })
})

describe('canTake', () => {
  const pit = { capacity: 200, sold: 190, held: 6 }

  it('accepts what fits and says what would be left', () => {
    expect(canTake(pit, 4)).toEqual({ ok: true, remaining: 0 })
  })

  it('says how many are left when the request is too big', () => {
    expect(canTake(pit, 5, 'Standing pit')).toEqual({
      ok: false,
      reason: 'not-enough',
      remaining: 4,
      message: 'Standing pit has 4 places left; you asked for 5.',
    })
  })

  it('says sold out once nothing is left, and refuses a non-count', () => {
    expect(canTake({ capacity: 10, sold: 10, held: 0 }, 1)).toMatchObject({ ok: false, reason: 'sold-out', message: 'This zone is sold out.' })
    expect(canTake(pit, 0)).toMatchObject({ ok: false, reason: 'bad-count' })
  })
})

describe('price levels within a zone', () => {
  const zone = { capacity: 300, sold: 150, held: 10 }
  const earlyBird: PriceLevel = { id: 'early', label: 'Early bird', quota: 100, sold: 100, held: 0 }
  const reduced: PriceLevel = { id: 'reduced', label: 'Reduced', quota: 60, sold: 45, held: 10 }
  const regular: PriceLevel = { id: 'regular', label: 'Regular', sold: 5, held: 0 }

  it('caps a level by its own quota and by the zone', () => {
    expect(levelRemaining(zone, reduced)).toBe(5)
    expect(levelRemaining(zone, regular)).toBe(140)
    expect(levelRemaining({ capacity: 300, sold: 298, held: 0 }, reduced)).toBe(2)
  })

  it('refuses more than a level has left, naming the level', () => {
    expect(canTakeAtLevel(zone, reduced, 6)).toMatchObject({ ok: false, reason: 'not-enough', message: 'Reduced has 5 places left; you asked for 6.' })
    expect(canTakeAtLevel(zone, earlyBird, 1)).toMatchObject({ ok: false, reason: 'sold-out', message: 'Early bird is sold out.' })
  })

  it('moves tiered pricing on to the next level once one is sold out', () => {
    expect(currentLevel(zone, [earlyBird, reduced, regular])).toBe(reduced)
    expect(currentLevel({ capacity: 300, sold: 300, held: 0 }, [earlyBird, regular])).toBeNull()
  })
})
