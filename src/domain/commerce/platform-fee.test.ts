import { describe, expect, it } from 'vitest'

import { money } from './money'
import { platformFee } from './platform-fee'

describe('platformFee', () => {
  it('takes 3 % on the free plan and 1 % on pro, rounding half away from zero', () => {
    expect(platformFee('free', money(10_000)).amount).toBe(300)
    expect(platformFee('pro', money(10_000)).amount).toBe(100)
    // 1 % of 1,50 € is 1,5 cent: rounded up to 2.
    expect(platformFee('pro', money(150)).amount).toBe(2)
    expect(platformFee('free', money(0)).amount).toBe(0)
  })
})
