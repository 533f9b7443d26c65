import { add, assertBasisPoints, DEFAULT_CURRENCY, percentOf, subtract, sum, type Currency, type Money } from './money'
import { vatBreakdown } from './vat'

/** One of the seller's lines in a paid order: what the buyer paid for it, VAT included, after discount. */
export interface StatementSale {
  orderId: string
  at: Date
  amount: Money
  vatRateBp: number
  /** What making it cost and is kept back from the seller, e.g. the lab's production price of a print. */
  productionCost?: Money
}

/** A refund of one of the seller's lines, VAT included. */
export interface StatementRefund {
  orderId: string
  at: Date
  amount: Money
  vatRateBp: number
  /** Production cost no longer charged (a print cancelled before it was made); 0 when it was made anyway. */
  productionCost?: Money
}

/** A fee the seller bears: a service fee it absorbs, a payment fee. */
export interface StatementFee {
  label: string
  at: Date
  amount: Money
}

export interface CommissionTerms {
  commissionBp: number
  /** `gross`: commission on prices VAT included. `net-of-vat`: on prices excluding VAT (a bookshop's 7 %). */
  base: 'gross' | 'net-of-vat'
}

/** From inclusive, to exclusive. */
export interface StatementPeriod {
  from: Date
  to: Date
}

export interface SellerStatement {
  period: StatementPeriod
  currency: Currency
  /** Sales VAT included. */
  gross: Money
  refunds: Money
  /** gross − refunds. */
  netSales: Money
  /** netSales without VAT (VAT per rate on the period's totals). */
  netOfVat: Money
  commissionBase: Money
  commission: Money
  fees: Money
  /** What the platform keeps: commission + fees. */
  platformShare: Money
  productionCosts: Money
  /** netSales − platformShare − productionCosts; negative when refunds outweigh sales (carried to the next statement). */
  netDue: Money
}

function inPeriod(period: StatementPeriod) {
  return (item: { at: Date }) => item.at >= period.from && item.at < period.to
}

/**
 * The monthly statement of one seller. Rounding is explicit and happens twice at most: VAT per
 * rate on the period's totals (half away from zero, as in `vatOfInclusive`), then the commission
 * once on the period's base (half away from zero). Everything else is exact addition, so
 * gross − refunds = net due + platform share + production costs, to the cent.
 */
export function sellerStatement(
  sales: readonly StatementSale[],
  refunds: readonly StatementRefund[],
  terms: CommissionTerms,
  period: StatementPeriod,
  { fees = [], currency = sales[0]?.amount.currency ?? DEFAULT_CURRENCY }: { fees?: readonly StatementFee[]; currency?: Currency } = {},
): SellerStatement {
  if (!(period.from < period.to)) throw new RangeError('A statement period must end after it starts.')
  assertBasisPoints(terms.commissionBp, 'The commission')
  const sold = sales.filter(inPeriod(period))
  const refunded = refunds.filter(inPeriod(period))
  for (const item of [...sold, ...refunded]) {
    if (item.amount.amount < 0) throw new RangeError(`Order ${item.orderId}: amounts on a statement are positive; a refund is listed as a refund.`)
  }
  const gross = sum(sold.map((s) => s.amount), currency)
  const refundTotal = sum(refunded.map((r) => r.amount), currency)
  const netSales = subtract(gross, refundTotal)
  const netOfVat = subtract(vatBreakdown(sold, currency).net, vatBreakdown(refunded, currency).net)
  const commissionBase = terms.base === 'gross' ? netSales : netOfVat
  const commission = percentOf(commissionBase, terms.commissionBp)
  const feeTotal = sum(fees.filter(inPeriod(period)).map((f) => f.amount), currency)
  const platformShare = add(commission, feeTotal)
  const costs = (items: readonly { productionCost?: Money }[]) => sum(items.flatMap((i) => (i.productionCost ? [i.productionCost] : [])), currency)
  const productionCosts = subtract(costs(sold), costs(refunded))
  return {
    period,
    currency,
    gross,
    refunds: refundTotal,
    netSales,
    netOfVat,
    commissionBase,
    commission,
    fees: feeTotal,
    platformShare,
    productionCosts,
    netDue: subtract(subtract(netSales, platformShare), productionCosts),
  }
}

/** Minutes to add to UTC to get local time in `timeZone` at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    .formatToParts(instant)
    .reduce<Record<string, number>>((acc, part) => (part.type === 'literal' ? acc : { ...acc, [part.type]: Number(part.value) }), {})
  const local = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  return Math.round((local - Math.floor(instant / 1000) * 1000) / 60_000)
}

function localMidnight(year: number, monthIndex: number, timeZone: string): Date {
  const utc = Date.UTC(year, monthIndex, 1)
  const guess = utc - offsetMinutes(utc, timeZone) * 60_000
  // Second pass: the offset at local midnight can differ from the one at UTC midnight (DST change).
  return new Date(utc - offsetMinutes(guess, timeZone) * 60_000)
}

/** A calendar month in the seller's time zone (Paris by default): `monthPeriod(2025, 3)` is March 2025. */
export function monthPeriod(year: number, month: number, timeZone = 'Europe/Paris'): StatementPeriod {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`A month is a year and a month number from 1 to 12, not ${year}-${month}.`)
  }
  return { from: localMidnight(year, month - 1, timeZone), to: localMidnight(year, month, timeZone) }
}
