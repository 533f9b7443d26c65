import { describe, expect, it } from 'vitest'

import { seatNumbers } from './numbering'

describe('seatNumbers', () => {
  it('numbers from the left, from 1 unless told', () => {
    expect(seatNumbers(4, { scheme: 'left-to-right' })).toEqual(['1', '2', '3', '4'])
    expect(seatNumbers(3, { scheme: 'left-to-right', start: 5 })).toEqual(['5', '6', '7'])
  })

  it('numbers from the right', () => {
    expect(seatNumbers(4, { scheme: 'right-to-left' })).toEqual(['4', '3', '2', '1'])
  })

  it('starts where a custom start says', () => {
    expect(seatNumbers(3, { scheme: 'custom-start', start: 101 })).toEqual(['101', '102', '103'])
  })

  it('puts odd numbers left and even right, growing from the centre (French theatres)', () => {
    expect(seatNumbers(10, { scheme: 'odd-even' })).toEqual(['9', '7', '5', '3', '1', '2', '4', '6', '8', '10'])
  })

  it('gives the extra seat of an odd row to the odd side', () => {
    expect(seatNumbers(5, { scheme: 'odd-even' })).toEqual(['5', '3', '1', '2', '4'])
    expect(seatNumbers(1, { scheme: 'odd-even' })).toEqual(['1'])
  })
})
