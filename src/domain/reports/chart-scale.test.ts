import { describe, expect, it } from 'vitest'

import { labelEvery, valueScale } from './chart-scale'

describe('valueScale', () => {
  it('rounds the axis up to whole steps of 1, 2 or 5 × a power of ten', () => {
    expect(valueScale(14_800)).toEqual({ max: 15_000, ticks: [0, 5000, 10_000, 15_000] })
    expect(valueScale(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] })
    expect(valueScale(100)).toEqual({ max: 100, ticks: [0, 50, 100] })
    expect(valueScale(1)).toEqual({ max: 1, ticks: [0, 1] })
    expect(valueScale(3)).toEqual({ max: 3, ticks: [0, 1, 2, 3] })
  })

  it('still draws an axis when nothing was sold', () => {
    expect(valueScale(0)).toEqual({ max: 1, ticks: [0, 1] })
  })
})

describe('labelEvery', () => {
  it('prints every label when there is room, one in n otherwise', () => {
    expect(labelEvery(7, 12)).toBe(1)
    expect(labelEvery(31, 12)).toBe(3)
    expect(labelEvery(365, 12)).toBe(31)
  })
})
