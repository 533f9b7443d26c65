import { describe, expect, it } from 'vitest'
import { priceLine, withDiscount, type CartLine } from './cart-line'
import { money } from './money'

const book: CartLine = { productId: 'book-1', label: 'Le Petit Prince', unitPrice: money(1055, 'EUR'), quantity: 2, vatRateBp: 550 }

describe('priceLine', () => {
  it('multiplies the unit price by the quantity', () => {
    expect(priceLine(book)).toMatchObject({ gross: money(2110, 'EUR'), discount: money(0, 'EUR'), amount: money(2110, 'EUR') })
  })

  it('names the line when something is wrong with it', () => {
    expect(() => priceLine({ ...book, quantity: 0 })).toThrow('“Le Petit Prince”: the quantity is a whole number of 1 or more, not 0.')
    expect(() => priceLine({ ...book, quantity: 1.5 })).toThrow(/not 1.5/)
    expect(() => priceLine({ ...book, unitPrice: money(-1, 'EUR') })).toThrow(/“Le Petit Prince”: a price cannot be negative/)
    expect(() => priceLine({ ...book, vatRateBp: 5.5 })).toThrow(/basis points/)
  })
})

describe('withDiscount', () => {
  it('takes the discount off the line and refuses to go below zero', () => {
    const line = priceLine(book)
    expect(withDiscount(line, money(110, 'EUR')).amount).toEqual(money(2000, 'EUR'))
    expect(withDiscount(line, money(2110, 'EUR')).amount).toEqual(money(0, 'EUR'))
    expect(() => withDiscount(line, money(2111, 'EUR'))).toThrow(/discount of 21,11\s€ cannot apply to a line of 21,10\s€/)
    expect(() => withDiscount(line, money(-1, 'EUR'))).toThrow(/cannot apply/)
  })
})
