/**
 * General admission: standing zones and unnumbered areas sell a count, not seats.
 * A zone has a capacity; its price levels (early bird, regular…) may each have a quota within it.
 * `held` counts only active holds (see `isHoldActive`): expired holds give their places back.
 */

export interface ZoneCounts {
  capacity: number
  sold: number
  held: number
}

export interface PriceLevel {
  id: string
  label: string
  /** Places this level may sell at most; absent = up to the zone's capacity. */
  quota?: number
  sold: number
  held: number
}

export type TakeCheck =
  | { ok: true; remaining: number }
  | { ok: false; reason: 'bad-count' | 'sold-out' | 'not-enough'; remaining: number; message: string }

/** Places still on sale; never negative, even when an over-sale already happened. */
export function remainingCapacity(capacity: number, sold: number, held: number): number {
  assertCount('capacity', capacity)
  assertCount('sold', sold)
  assertCount('held', held)
  return Math.max(0, capacity - sold - held)
}

/** Whether `count` more places can be taken in a zone; `remaining` is what would be left after. */
export function canTake(zone: ZoneCounts, count: number, label = 'This zone'): TakeCheck {
  return checkTake(remainingCapacity(zone.capacity, zone.sold, zone.held), count, label)
}

/** Places a price level can still sell: its own quota left, capped by what the zone has left. */
export function levelRemaining(zone: ZoneCounts, level: PriceLevel): number {
  const zoneLeft = remainingCapacity(zone.capacity, zone.sold, zone.held)
  if (level.quota === undefined) return zoneLeft
  return Math.min(zoneLeft, remainingCapacity(level.quota, level.sold, level.held))
}

/** Whether `count` places can be taken at one price level of a zone. */
export function canTakeAtLevel(zone: ZoneCounts, level: PriceLevel, count: number): TakeCheck {
  return checkTake(levelRemaining(zone, level), count, level.label)
}

/** The level on sale now for tiered pricing: the first, in the given order, with places left. */
export function currentLevel<L extends PriceLevel>(zone: ZoneCounts, levels: readonly L[]): L | null {
  return levels.find((level) => levelRemaining(zone, level) > 0) ?? null
}

function checkTake(left: number, count: number, label: string): TakeCheck {
  if (!Number.isInteger(count) || count < 1) {
    return { ok: false, reason: 'bad-count', remaining: left, message: `Ask for a whole number of places, at least 1, not ${count}.` }
  }
  if (left === 0) return { ok: false, reason: 'sold-out', remaining: 0, message: `${label} is sold out.` }
  if (count > left) {
    return { ok: false, reason: 'not-enough', remaining: left, message: `${label} has ${left} place${left === 1 ? '' : 's'} left; you asked for ${count}.` }
  }
  return { ok: true, remaining: left - count }
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} is a whole number of places, 0 or more, not ${value}.`)
}
