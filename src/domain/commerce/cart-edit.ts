import { MAX_CART_LINES, MAX_QUANTITY, type CartItem } from './cart-request'

const sameItem = (a: CartItem, b: CartItem) =>
  a.productId === b.productId &&
  (a.variantId ?? '') === (b.variantId ?? '') &&
  (a.performanceId ?? '') === (b.performanceId ?? '') &&
  (a.zoneId ?? '') === (b.zoneId ?? '') &&
  JSON.stringify(a.answers ?? {}) === JSON.stringify(b.answers ?? {})

/** A held seat is in a cart once, whatever its price: choosing another price replaces it. */
const sameSeat = (a: CartItem, b: CartItem) => Boolean(a.seatId) && a.seatId === b.seatId && a.performanceId === b.performanceId

/** Adds an item; the same product, option and answers again adds to its quantity (up to the limit). */
export function addToCart(items: readonly CartItem[], item: CartItem): CartItem[] {
  if (item.seatId) return [...items.filter((existing) => !sameSeat(existing, item)), item]
  const index = items.findIndex((existing) => sameItem(existing, item))
  if (index === -1) return [...items, item]
  return items.map((existing, i) => (i === index ? { ...existing, quantity: Math.min(MAX_QUANTITY, existing.quantity + item.quantity) } : existing))
}

/**
 * The cart a buyer kept before logging in, added to their account's cart: the same items add up,
 * new ones come after, and the cart stays within its line limit.
 */
export function mergeCartItems(account: readonly CartItem[], anonymous: readonly CartItem[]): CartItem[] {
  return anonymous.reduce((items, item) => (items.length >= MAX_CART_LINES && !items.some((kept) => sameItem(kept, item)) ? items : addToCart(items, item)), [...account])
}

/** Sets the quantity of the line at `index`; 0 removes it. Out-of-range indexes change nothing. */
export function setQuantity(items: readonly CartItem[], index: number, quantity: number): CartItem[] {
  if (!Number.isInteger(index) || index < 0 || index >= items.length || !Number.isInteger(quantity) || quantity < 0) return [...items]
  if (quantity === 0) return items.filter((_, i) => i !== index)
  return items.map((item, i) => (i === index ? { ...item, quantity: Math.min(MAX_QUANTITY, quantity) } : item))
}

/** How many items the cart holds, for the header badge. */
export const itemCount = (items: readonly CartItem[]) => items.reduce((count, item) => count + item.quantity, 0)
