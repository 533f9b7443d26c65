import { MAX_QUANTITY, type CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import { priceAt } from '../../../src/domain/commerce/discounts'
import { multiply, sum, type Money } from '../../../src/domain/commerce/money'
import { placeLabel } from '../../../src/domain/ticketing/places'
import type { HeldSeat, TillPerformance, TillPrice } from '../../ticketing/endpoints/box-office-seats'

/** A line of the sale being rung up. The quantity is kept as typed; `key` keeps rows stable as lines come and go. */
export interface SaleLine {
  key: number
  productId: string
  variantId?: string
  quantity: string
  /** Answers to the product's questions, by question index. */
  answers: Record<string, string>
  /** A ticket: its price is a ticket product's variant of the seat's (or zone's) category. */
  ticket?: TicketLine
}

export interface TicketLine {
  performanceId: string
  eventId: string
  eventTitle: string
  startsAt: string
  category: string
  /** "Salle, rang A, place 5" or "Fosse (placement libre)", as the ticket prints it. */
  place: string
  /** A numbered seat the till holds (one ticket), or else a general-admission zone. */
  seatId?: string
  zoneId?: string
  /** When the till's hold on the seat ends (ISO). */
  expiresAt?: string
}

const ticketOf = (performance: TillPerformance, category: string, place: string): TicketLine => ({
  performanceId: String(performance.id),
  eventId: String(performance.eventId),
  eventTitle: performance.eventTitle,
  startsAt: performance.startsAt,
  category,
  place,
})

/**
 * The sale after the till's holds at a performance were read: a seat already in the sale keeps its
 * price and gets its new hold time; unless `addNew` is false, a seat held but not yet in the sale
 * comes in at its category's first price. Lines of seats no longer held stay: recording the sale
 * names them, and the agent decides.
 */
export function withHeldSeats(lines: readonly SaleLine[], performance: TillPerformance, held: readonly HeldSeat[], nextKey: () => number, { addNew = true } = {}): SaleLine[] {
  const here = (line: SaleLine) => line.ticket?.performanceId === String(performance.id) && line.ticket.seatId !== undefined
  const holdOf = new Map(held.map((seat) => [seat.seatId, seat]))
  const kept = lines.map((line) => {
    const hold = here(line) ? holdOf.get(line.ticket!.seatId!) : undefined
    return hold ? { ...line, ticket: { ...line.ticket!, expiresAt: hold.expiresAt } } : line
  })
  const inSale = new Set(kept.filter(here).map((line) => line.ticket!.seatId!))
  const added = held.flatMap((seat) => {
    const price = performance.prices[seat.category]?.[0]
    if (!addNew || inSale.has(seat.seatId) || !price) return []
    return [{ key: nextKey(), productId: price.productId, variantId: price.variantId, quantity: '1', answers: {}, ticket: { ...ticketOf(performance, seat.category, seat.place), seatId: seat.seatId, expiresAt: seat.expiresAt } }]
  })
  return [...kept, ...added]
}

/** The sale without the seats given back at a performance (all of them when no ids are given). */
export function withoutSeats(lines: readonly SaleLine[], performanceId: string, seatIds?: readonly string[]): SaleLine[] {
  return lines.filter((line) => !(line.ticket?.performanceId === performanceId && line.ticket.seatId !== undefined && (!seatIds || seatIds.includes(line.ticket.seatId))))
}

/** Places in a general-admission zone at one price: more of them when the sale already has that zone at that price. */
export function addZonePlaces(
  lines: readonly SaleLine[],
  { performance, zone, price, quantity }: { performance: TillPerformance; zone: TillPerformance['zones'][number]; price: TillPrice; quantity: number },
  key: number,
): SaleLine[] {
  const same = lines.find((line) => line.ticket?.performanceId === String(performance.id) && line.ticket.zoneId === zone.zoneId && line.productId === price.productId && line.variantId === price.variantId)
  if (same) return lines.map((line) => (line === same ? { ...line, quantity: String(Math.min(MAX_QUANTITY, (Number(line.quantity) || 0) + quantity)) } : line))
  const place = placeLabel({ kind: 'zone', zone: zone.label })
  return [...lines, { key, productId: price.productId, variantId: price.variantId, quantity: String(quantity), answers: {}, ticket: { ...ticketOf(performance, zone.category, place), zoneId: zone.zoneId } }]
}

/** The prices a ticket line may take: the event's ticket products, in their variant of the line's category. */
export function ticketPriceOptions(catalogue: ReadonlyMap<string, CatalogueProduct>, ticket: Pick<TicketLine, 'eventId' | 'category'>): { productId: string; variantId: string; label: string }[] {
  return [...catalogue.values()].flatMap((product) =>
    product.ticketOf?.eventId === ticket.eventId
      ? product.variants.filter((variant) => variant.category === ticket.category).map((variant) => ({ productId: product.id, variantId: variant.id, label: product.title }))
      : [],
  )
}

export const soldOut = (product: CatalogueProduct) =>
  product.variants.length > 0 ? product.variants.every((variant) => variant.stock === 0) : product.stock === 0

/**
 * Adds one of a product: a simple product already in the sale gets one more, a product with
 * options or questions gets a line of its own (each may differ).
 */
export function addProduct(lines: readonly SaleLine[], product: CatalogueProduct, key: number): SaleLine[] {
  const simple = product.variants.length === 0 && product.questions.length === 0
  const existing = simple ? lines.find((line) => line.productId === product.id) : undefined
  if (existing) {
    const quantity = Math.min(MAX_QUANTITY, (Number(existing.quantity) || 0) + 1)
    return lines.map((line) => (line === existing ? { ...line, quantity: String(quantity) } : line))
  }
  return [...lines, { key, productId: product.id, quantity: '1', answers: {} }]
}

/** The unit price as the server will compute it (price events included, before discounts); unknown until an option is chosen. */
export function unitPrice(product: CatalogueProduct, variantId: string | undefined, now: Date): Money | undefined {
  const variant = product.variants.find((v) => v.id === variantId)
  if (product.variants.length > 0 && !variant) return undefined
  const events = product.priceEvents.map((event) => ({ ...event, productId: product.id }))
  return priceAt({ id: product.id, price: variant?.price ?? product.price }, events, now).price
}

export function lineAmount(line: SaleLine, product: CatalogueProduct | undefined, now: Date): Money | undefined {
  const quantity = Number(line.quantity)
  const price = product && unitPrice(product, line.variantId, now)
  return price && Number.isSafeInteger(quantity) && quantity > 0 ? multiply(price, quantity) : undefined
}

/** What the counter shows before recording: the lines it can price. The server prices the sale itself. */
export function displayTotal(lines: readonly SaleLine[], catalogue: ReadonlyMap<string, CatalogueProduct>, now: Date): Money {
  return sum(lines.flatMap((line) => lineAmount(line, catalogue.get(line.productId), now) ?? []))
}

/** The `items` of the box-office API: ids and quantities only, never prices; a ticket names its performance and seat or zone. */
export function saleItems(lines: readonly SaleLine[]) {
  return lines.map((line) => {
    const answers = Object.fromEntries(Object.entries(line.answers).filter(([, answer]) => answer.trim() !== ''))
    const { ticket } = line
    return {
      productId: line.productId,
      ...(line.variantId ? { variantId: line.variantId } : {}),
      quantity: ticket?.seatId ? 1 : Number(line.quantity),
      ...(Object.keys(answers).length > 0 ? { answers } : {}),
      ...(ticket ? { performanceId: ticket.performanceId, ...(ticket.seatId ? { seatId: ticket.seatId } : { zoneId: ticket.zoneId }) } : {}),
    }
  })
}
