import { describe, expect, it } from 'vitest'

import type { CartItem } from '../commerce/cart-request'
import type { PlanSeat } from './seat'
import { repriceSeatItem, seatItemsAfterHold } from './ticket-cart'

const seat = (id: string, category: string): PlanSeat => ({ id, sectionId: 's', rowId: 's-A', rowLabel: 'A', number: id.slice(-1), position: 0, x: 0, y: 0, category, rating: 50 })
const seatById = new Map([seat('s-A-1', 'cat1'), seat('s-A-2', 'cat1'), seat('s-A-3', 'cat2')].map((s) => [s.id, s]))
const prices = [
  { productId: '10', variantId: 'v-full-1', category: 'cat1' },
  { productId: '11', variantId: 'v-reduced-1', category: 'cat1' },
  { productId: '10', variantId: 'v-full-2', category: 'cat2' },
]
const book: CartItem = { productId: '3', quantity: 1 }
const item = (seatId: string, productId = '10', variantId = 'v-full-1', performanceId = '7'): CartItem => ({ productId, variantId, performanceId, seatId, quantity: 1 })

describe('the cart following held seats', () => {
  it('adds a newly held seat at its category’s first price, after what the cart holds', () => {
    const after = seatItemsAfterHold([book], { performanceId: '7', held: new Map([['s-A-3', 0]]), seatById, prices })
    expect(after).toEqual([book, item('s-A-3', '10', 'v-full-2')])
  })

  it('keeps the price chosen for a seat still held and drops a seat given back, leaving other performances alone', () => {
    const before = [item('s-A-1', '11', 'v-reduced-1'), item('s-A-2'), item('s-A-2', '10', 'v-full-1', '8'), book]
    const after = seatItemsAfterHold(before, { performanceId: '7', held: new Map([['s-A-1', 0]]), seatById, prices })
    expect(after).toEqual([item('s-A-1', '11', 'v-reduced-1'), item('s-A-2', '10', 'v-full-1', '8'), book])
  })

  it('adds no item for a seat whose category has no price', () => {
    expect(seatItemsAfterHold([], { performanceId: '7', held: new Map([['s-A-3', 0]]), seatById, prices: prices.slice(0, 2) })).toEqual([])
  })
})

describe('repricing a seat', () => {
  const categoryOf = (i: CartItem) => prices.find((p) => p.variantId === i.variantId)?.category
  it('moves a seat to another price of its category', () => {
    expect(repriceSeatItem([book, item('s-A-1')], 1, prices[1]!, categoryOf)).toEqual([book, item('s-A-1', '11', 'v-reduced-1')])
  })
  it('refuses a price of another category, or a line that is not a seat', () => {
    expect(repriceSeatItem([item('s-A-1')], 0, prices[2]!, categoryOf)).toEqual([item('s-A-1')])
    expect(repriceSeatItem([book], 0, prices[0]!, categoryOf)).toEqual([book])
  })
})
