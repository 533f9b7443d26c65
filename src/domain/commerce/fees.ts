import type { PricedLine } from './cart-line'
import { add, assertBasisPoints, compare, DEFAULT_CURRENCY, multiply, percentOf, sum, zero, type Currency, type Money } from './money'
import { assertVatRate } from './vat'

/** A fee or delivery charge as it appears on an order, with its own VAT rate. */
export interface FeeLine {
  kind: 'service' | 'delivery'
  label: string
  amount: Money
  vatRateBp: number
  /** True: the buyer pays it on top of the prices. False: the seller absorbs it (taken from its payout). */
  passedToBuyer: boolean
}

export type ServiceFeeRule = {
  label: string
  /** `item`: charged for every item (a fixed fee × quantity, or a percentage of each line). `order`: once per order. */
  per: 'item' | 'order'
  passedToBuyer: boolean
  vatRateBp: number
  /** Only these products carry the fee; all products when absent. */
  productIds?: readonly string[]
} & ({ kind: 'percent'; rateBp: number } | { kind: 'fixed'; amount: Money })

export interface DeliveryMethod {
  id: string
  label: string
  price: Money
  /** Delivery follows the rate of what is delivered; the tenant sets it (20 % for prints, 5.5 % for books). */
  vatRateBp: number
  /** Free when the lines (after discounts) reach this amount. */
  freeFrom?: Money
}

function currencyOf(lines: readonly PricedLine[], fallback: Currency): Currency {
  return lines[0]?.amount.currency ?? fallback
}

/**
 * The fee a rule charges on these lines (after discounts). A percentage per item is rounded on
 * each line so every line's fee stands alone; a percentage per order is rounded once on the
 * total. Both round half away from zero.
 */
export function serviceFeeAmount(rule: ServiceFeeRule, lines: readonly PricedLine[], currency: Currency = currencyOf(lines, DEFAULT_CURRENCY)): Money {
  assertVatRate(rule.vatRateBp)
  const concerned = rule.productIds ? lines.filter((line) => rule.productIds?.includes(line.productId)) : lines
  if (concerned.length === 0) return zero(currency)
  if (rule.kind === 'percent') {
    assertBasisPoints(rule.rateBp, `The rate of the fee “${rule.label}”`)
    if (rule.per === 'order') return percentOf(sum(concerned.map((line) => line.amount), currency), rule.rateBp)
    return sum(concerned.map((line) => percentOf(line.amount, rule.rateBp)), currency)
  }
  if (rule.amount.amount < 0) throw new RangeError(`The fee “${rule.label}” cannot be negative.`)
  const fixed = add(zero(currency), rule.amount) // refuses a fee in another currency than the cart
  if (rule.per === 'order') return fixed
  return multiply(fixed, concerned.reduce((items, line) => items + line.quantity, 0))
}

/** One fee line per rule that charges something, whether the buyer or the seller pays it. */
export function serviceFeeLines(lines: readonly PricedLine[], rules: readonly ServiceFeeRule[], currency?: Currency): FeeLine[] {
  return rules.flatMap((rule): FeeLine[] => {
    const amount = serviceFeeAmount(rule, lines, currency ?? currencyOf(lines, DEFAULT_CURRENCY))
    if (amount.amount === 0) return []
    return [{ kind: 'service', label: rule.label, amount, vatRateBp: rule.vatRateBp, passedToBuyer: rule.passedToBuyer }]
  })
}

/** The delivery charge for these lines: the method's price, or nothing past its free threshold. */
export function deliveryLine(method: DeliveryMethod, lines: readonly PricedLine[]): FeeLine {
  assertVatRate(method.vatRateBp)
  if (method.price.amount < 0) throw new RangeError(`The delivery price of “${method.label}” cannot be negative.`)
  const goods = sum(lines.map((line) => line.amount), method.price.currency)
  const free = method.freeFrom !== undefined && compare(goods, method.freeFrom) >= 0
  return {
    kind: 'delivery',
    label: method.label,
    amount: free ? zero(method.price.currency) : method.price,
    vatRateBp: method.vatRateBp,
    passedToBuyer: true,
  }
}
