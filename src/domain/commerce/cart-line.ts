import { formatMoney, multiply, subtract, zero, type Money } from './money'
import { assertVatRate } from './vat'

/** What the buyer put in the cart: a VAT-inclusive unit price, a quantity and the VAT rate. */
export interface CartLine {
  productId: string
  label: string
  unitPrice: Money
  quantity: number
  vatRateBp: number
}

/** A cart line with its price worked out: `amount` = `gross` − `discount`, what the buyer pays for it. */
export interface PricedLine extends CartLine {
  gross: Money
  discount: Money
  amount: Money
}

export function assertCartLine(line: CartLine): void {
  const name = `“${line.label}”`
  if (!Number.isSafeInteger(line.quantity) || line.quantity < 1) {
    throw new RangeError(`${name}: the quantity is a whole number of 1 or more, not ${line.quantity}.`)
  }
  if (line.unitPrice.amount < 0) throw new RangeError(`${name}: a price cannot be negative.`)
  assertVatRate(line.vatRateBp)
}

/** Prices a line before any discount. */
export function priceLine(line: CartLine): PricedLine {
  assertCartLine(line)
  const gross = multiply(line.unitPrice, line.quantity)
  return { ...line, gross, discount: zero(gross.currency), amount: gross }
}

/** The same line with `discount` taken off; refuses a discount larger than the line. */
export function withDiscount(line: PricedLine, discount: Money): PricedLine {
  const amount = subtract(line.gross, discount)
  if (discount.amount < 0 || amount.amount < 0) {
    throw new RangeError(`“${line.label}”: a discount of ${formatMoney(discount)} cannot apply to a line of ${formatMoney(line.gross)}.`)
  }
  return { ...line, discount, amount }
}
