import { describe, expect, it } from 'vitest'

import { addToCart, itemCount, mergeCartItems, setQuantity } from './cart-edit'

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

describe('keeping the cart of a buyer who logs in', () => {
  const poster = { productId: '7', quantity: 1 }

  it('adds the anonymous cart to the account’s: the same item adds up, a new one comes after', () => {
    expect(mergeCartItems([print, poster], [{ ...print, quantity: 2 }, { productId: '9', quantity: 1 }])).toEqual([{ ...print, quantity: 3 }, poster, { productId: '9', quantity: 1 }])
  })

  it('keeps either cart alone when the other is empty', () => {
    expect(mergeCartItems([], [poster])).toEqual([poster])
    expect(mergeCartItems([poster], [])).toEqual([poster])
  })

  it('stays within 50 lines, still adding to lines already there', () => {
    const full = Array.from({ length: 50 }, (_, i) => ({ productId: String(100 + i), quantity: 1 }))
    const merged = mergeCartItems(full, [{ productId: '999', quantity: 1 }, { productId: '100', quantity: 1 }])
    expect(merged).toHaveLength(50)
    expect(merged[0]!.quantity).toBe(2)
  })
})
