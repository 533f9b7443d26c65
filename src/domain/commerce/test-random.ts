/**
 * Test-only: a seeded generator so that the property loops in these tests draw the same values on
 * every run, and a failure can be replayed.
 */
let state = 0x5eed_c0de

export function randomInt(min: number, max: number): number {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0
  let t = state
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  const unit = ((t ^ (t >>> 14)) >>> 0) / 4294967296
  return min + Math.floor(unit * (max - min + 1))
}

export function pick<T>(items: readonly T[]): T {
  const item = items[randomInt(0, items.length - 1)]
  if (item === undefined) throw new Error('pick needs at least one item')
  return item
}
