import { priceLine, type CartLine, type PricedLine } from './cart-line'
import { applyDiscount, type DiscountCode, type DiscountRefusalReason } from './discounts'
import { deliveryLine as priceDelivery, serviceFeeLines, type DeliveryMethod, type FeeLine, type ServiceFeeRule } from './fees'
import { DEFAULT_CURRENCY, subtract, sum, type Currency, type Money } from './money'
import { vatBreakdown, type VatBreakdown, type VatLine } from './vat'

export interface CartPricingOptions {
  /** Needed only for an empty cart; otherwise the lines' currency. */
  currency?: Currency
  fees?: readonly ServiceFeeRule[]
  delivery?: DeliveryMethod
  discount?: { code: DiscountCode; now: Date }
}

export interface PricedCart {
  currency: Currency
  /** After discount: `amount` is what the buyer pays for each line. */
  lines: PricedLine[]
  /** The lines before discount. */
  subtotal: Money
  discountTotal: Money
  /** Set when a code was given but does not apply; the cart is then priced without it. */
  discountRefusal?: { reason: DiscountRefusalReason; message: string; fr: string }
  /** Fees the buyer pays on top of the prices. */
  feeLines: FeeLine[]
  /** Fees the seller absorbs: shown on its statement, not part of the buyer's total. */
  sellerFeeLines: FeeLine[]
  deliveryLine?: FeeLine
  /** Exactly the sum of `lines`, `feeLines` and `deliveryLine` amounts. */
  total: Money
  vat: VatBreakdown
}

/**
 * Prices a cart in one fixed order: the discount first (on the prices), then the service fees on
 * what the buyer pays for the goods, then delivery (whose free threshold also counts after
 * discount). The total is the plain sum of the resulting lines and the VAT breakdown is computed
 * on those same lines, so the two can never disagree.
 */
export function priceCart(cart: readonly CartLine[], options: CartPricingOptions = {}): PricedCart {
  const currency = cart[0]?.unitPrice.currency ?? options.currency ?? DEFAULT_CURRENCY
  let lines = cart.map(priceLine)
  let discountRefusal: PricedCart['discountRefusal']
  if (options.discount && cart.length > 0) {
    const result = applyDiscount(cart, options.discount.code, options.discount.now)
    if (result.ok) lines = result.lines
    else discountRefusal = { reason: result.reason, message: result.message, fr: result.fr }
  }
  const fees = serviceFeeLines(lines, options.fees ?? [], currency)
  const feeLines = fees.filter((fee) => fee.passedToBuyer)
  const deliveryLine = options.delivery ? priceDelivery(options.delivery, lines) : undefined
  const charged: VatLine[] = [...lines, ...feeLines, ...(deliveryLine ? [deliveryLine] : [])].map((line) => ({
    amount: line.amount,
    vatRateBp: line.vatRateBp,
  }))
  const subtotal = sum(lines.map((line) => line.gross), currency)
  return {
    currency,
    lines,
    subtotal,
    discountTotal: subtract(subtotal, sum(lines.map((line) => line.amount), currency)),
    ...(discountRefusal ? { discountRefusal } : {}),
    feeLines,
    sellerFeeLines: fees.filter((fee) => !fee.passedToBuyer),
    ...(deliveryLine ? { deliveryLine } : {}),
    total: sum(charged.map((line) => line.amount), currency),
    vat: vatBreakdown(charged, currency),
  }
}
