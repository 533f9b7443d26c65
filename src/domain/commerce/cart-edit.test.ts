import { describe, expect, it } from 'vitest'

import { addToCart, itemCount, setQuantity } from './cart-edit'

const print = { productId: '1', variantId: 'a4', quantity: 1 }

describe('editing a cart', () => {
  it('adds to the quantity of the same product and option, and keeps other options apart', () => {
    const cart = addToCart(addToCart(addToCart([], print), { ...print, quantity: 2 }), { ...print, variantId: 'a3' })
    expect(cart).toEqual([{ ...print, quantity: 3 }, { ...print, variantId: 'a3' }])
    expect(itemCount(cart)).toBe(4)
  })

  it('keeps lines with different answers apart (two different dedications)', () => {
    const cart = addToCart([{ ...print, answers: { '0': 'Pour Léa' } }], { ...print, answers: { '0': 'Pour Tom' } })
    expect(cart).toHaveLength(2)
  })

  it('caps quantities at 99', () => {
    expect(addToCart([{ ...print, quantity: 98 }], { ...print, quantity: 5 })[0]!.quantity).toBe(99)
    expect(setQuantity([print], 0, 500)[0]!.quantity).toBe(99)
  })

  it('sets, removes at 0, and ignores bad indexes or quantities', () => {
    const cart = [print, { productId: '2', quantity: 1 }]
    expect(setQuantity(cart, 1, 4)[1]!.quantity).toBe(4)
    expect(setQuantity(cart, 0, 0)).toEqual([{ productId: '2', quantity: 1 }])
    expect(setQuantity(cart, 5, 2)).toEqual(cart)
    expect(setQuantity(cart, 0, -1)).toEqual(cart)
    expect(setQuantity(cart, 0, 1.5)).toEqual(cart)
  })
})
