import { priceLine, withDiscount, type CartLine, type PricedLine } from './cart-line'
import { allocate, assertBasisPoints, compare, formatMoney, minMoney, percentOf, sum, zero, type Money } from './money'

export type DiscountCode = {
  code: string
  /** Inclusive: the code works from this instant. */
  validFrom?: Date
  /** Exclusive: the code stops working at this instant. */
  validUntil?: Date
  maxUses?: number
  usedCount: number
  /** Only these products are discounted; all products when absent. */
  productIds?: readonly string[]
  /** The cart (all lines, before discount) must reach this amount. */
  minimumOrder?: Money
} & ({ kind: 'percent'; rateBp: number } | { kind: 'fixed'; amount: Money })

export type DiscountRefusalReason = 'not-yet-valid' | 'expired' | 'used-up' | 'not-for-these-products' | 'below-minimum'

export type DiscountResult =
  | { ok: true; lines: PricedLine[]; discountTotal: Money }
  | { ok: false; reason: DiscountRefusalReason; message: string; fr: string }

/** A period during which a product sells at another price (a sale, an early-bird rate). */
export interface PriceEvent {
  productId: string
  label: string
  price: Money
  /** Inclusive. */
  startsAt: Date
  /** Exclusive. */
  endsAt: Date
}

/** How a code typed by a buyer is compared with stored codes: trimmed, upper case, inner spaces removed. */
export function normaliseDiscountCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

function formatDay(date: Date): string {
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })
}

function refuse(reason: DiscountRefusalReason, message: string, fr: string): DiscountResult {
  return { ok: false, reason, message, fr }
}

function formatJour(date: Date): string {
  return date.toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' })
}

/**
 * Applies a code to a cart or says why it does not apply. The discount (a percentage of the
 * eligible lines rounded once half away from zero, or a fixed amount capped at those lines) is
 * spread over the eligible lines in proportion to their price with `allocate`, so no cent is lost
 * and no line goes below zero.
 */
export function applyDiscount(cart: readonly CartLine[], code: DiscountCode, now: Date): DiscountResult {
  const name = `The code ${code.code}`
  const nom = `Le code ${code.code}`
  if (code.validFrom && now < code.validFrom) return refuse('not-yet-valid', `${name} can be used from ${formatDay(code.validFrom)}.`, `${nom} est valable à partir du ${formatJour(code.validFrom)}.`)
  if (code.validUntil && now >= code.validUntil) return refuse('expired', `${name} expired on ${formatDay(code.validUntil)}.`, `${nom} a expiré le ${formatJour(code.validUntil)}.`)
  if (code.maxUses !== undefined && code.usedCount >= code.maxUses) {
    return refuse(
      'used-up',
      `${name} has already been used ${code.maxUses === 1 ? 'once, its only use' : `${code.maxUses} times, its limit`}.`,
      `${nom} a déjà été utilisé ${code.maxUses === 1 ? 'une fois, sa seule utilisation' : `${code.maxUses} fois, sa limite`}.`,
    )
  }
  const lines = cart.map(priceLine)
  const eligible = lines.map((line) => !code.productIds || code.productIds.includes(line.productId))
  if (!eligible.includes(true)) return refuse('not-for-these-products', `${name} does not apply to anything in your cart.`, `${nom} ne s’applique à aucun article de votre panier.`)
  const currency = lines[0]?.gross.currency
  const cartTotal = sum(lines.map((line) => line.gross), currency)
  if (code.minimumOrder && compare(cartTotal, code.minimumOrder) < 0) {
    return refuse(
      'below-minimum',
      `${name} applies from ${formatMoney(code.minimumOrder)} of purchases; your cart comes to ${formatMoney(cartTotal)}.`,
      `${nom} s’applique à partir de ${formatMoney(code.minimumOrder)} d’achats ; votre panier fait ${formatMoney(cartTotal)}.`,
    )
  }
  const weights = lines.map((line, index) => (eligible[index] ? line.gross.amount : 0))
  const eligibleTotal = sum(lines.filter((_, index) => eligible[index]).map((line) => line.gross), currency)
  let discountTotal: Money
  if (code.kind === 'percent') {
    assertBasisPoints(code.rateBp, `The rate of ${name}`)
    if (code.rateBp > 10_000) throw new RangeError(`${name} cannot take off more than 100 %.`)
    discountTotal = percentOf(eligibleTotal, code.rateBp)
  } else {
    if (code.amount.amount < 0) throw new RangeError(`${name} has a negative amount.`)
    discountTotal = minMoney(code.amount, eligibleTotal)
  }
  const shares = eligibleTotal.amount === 0 ? weights.map(() => zero(discountTotal.currency)) : allocate(discountTotal, weights)
  return { ok: true, lines: lines.map((line, index) => withDiscount(line, shares[index] ?? zero(line.gross.currency))), discountTotal }
}

/**
 * The unit price of a product at `now`: the lowest of its usual price and the prices of its events
 * running then. Lowest wins so that overlapping events never surprise a buyer upward.
 */
export function priceAt(product: { id: string; price: Money }, events: readonly PriceEvent[], now: Date): { price: Money; event?: PriceEvent } {
  let best: { price: Money; event?: PriceEvent } = { price: product.price }
  for (const event of events) {
    if (event.productId !== product.id || now < event.startsAt || now >= event.endsAt) continue
    if (event.price.amount < 0) throw new RangeError(`The price event “${event.label}” has a negative price.`)
    if (compare(event.price, best.price) < 0) best = { price: event.price, event }
  }
  return best
}
