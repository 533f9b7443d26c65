// How a cart follows the seats its buyer holds: one ticket item per held seat, at the price the
// buyer chose or else the first price of the seat's category. Pure.
import type { CartItem } from '../commerce/cart-request'
import type { PlanSeat } from './seat'

export interface SeatPrice {
  productId: string
  variantId: string
  category: string
}

/**
 * The cart after the buyer's holds at one performance changed: the items of seats no longer held
 * go, a newly held seat comes in at its category's first price, a seat still held keeps its item
 * (and the price picked for it). Other items stay as they were, in place.
 */
export function seatItemsAfterHold(
  items: readonly CartItem[],
  { performanceId, held, seatById, prices }: { performanceId: string; held: ReadonlyMap<string, unknown>; seatById: ReadonlyMap<string, PlanSeat>; prices: readonly SeatPrice[] },
): CartItem[] {
  const isHere = (item: CartItem) => item.performanceId === performanceId && item.seatId !== undefined
  const kept = items.filter((item) => !isHere(item) || held.has(item.seatId!))
  const inCart = new Set(kept.filter(isHere).map((item) => item.seatId!))
  const added = [...held.keys()]
    .filter((seatId) => !inCart.has(seatId))
    .flatMap((seatId) => {
      const seat = seatById.get(seatId)
      const price = seat && prices.find((p) => p.category === seat.category)
      return price ? [{ productId: price.productId, variantId: price.variantId, performanceId, seatId, quantity: 1 }] : []
    })
  return [...kept, ...added]
}

/** Changes the price of the seat item at `index` to another price of the same category; anything else changes nothing. */
export function repriceSeatItem(items: readonly CartItem[], index: number, price: SeatPrice, categoryOf: (item: CartItem) => string | undefined): CartItem[] {
  const item = items[index]
  if (!item?.seatId || categoryOf(item) !== price.category) return [...items]
  return items.map((existing, i) => (i === index ? { ...existing, productId: price.productId, variantId: price.variantId } : existing))
}
