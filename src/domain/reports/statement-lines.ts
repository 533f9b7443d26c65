import { allocate, money, sum, type Currency, type Money } from '../commerce/money'
import { isPaidState } from '../commerce/order-state'
import { validateSiret } from '../commerce/siret'
import { sellerStatement, type CommissionTerms, type SellerStatement, type StatementFee, type StatementPeriod, type StatementRefund, type StatementSale } from '../commerce/statements'
import { vatBreakdown } from '../commerce/vat'


/** The party of the lines that have no seller: the site itself. */
export const SITE = 'site'

/** A paid order as statements read it; amounts in cents of `currency`, VAT included. */
export interface StatementOrder {
  id: string
  reference: string
  state: string
  currency: Currency
  paidAt: Date
  /** `sellerId` null: the site's own line. `amount` is what the buyer paid for it, after discount. */
  lines: { sellerId: string | null; label: string; amount: number; vatRateBp: number }[]
  /** Fees the buyer paid on top (`passedToBuyer`) and fees the sellers absorb. */
  feeLines: { label: string; amount: number; vatRateBp: number; passedToBuyer: boolean }[]
  refunds: { at: Date; amount: number }[]
  /** What the payment platform took on this order (Stripe application fee), in cents. */
  platformFee: number
}

/** One row of a statement's detail, every amount positive; `kind` says which way it goes. */
export interface StatementEntry {
  kind: 'sale' | 'refund' | 'fee' | 'platform-fee'
  at: Date
  orderId: string
  reference: string
  /** The item for sales and refunds, the fee's name for fees ('' for the platform fee). */
  label: string
  vatRateBp?: number
  amount: Money
}

/** An order's amounts split between its lines (by index) and its buyer-paid fees (by index among them). */
export interface OrderShares {
  lines: Money[]
  fees: Money[]
}

const buyerFees = (order: StatementOrder) => order.feeLines.filter((fee) => fee.passedToBuyer)

/**
 * Each refund of the order split over what the buyer paid: its lines and the fees it paid on top.
 * A refund is allocated in proportion to what is left to refund of each part (all of it for the
 * first refund, so in proportion to the amounts), with `allocate`'s largest remainders: every
 * refund splits to the cent, a part never gets back more than was paid for it, and two half
 * refunds give each line exactly what one full refund would. Refunds are taken in date order.
 */
export function refundShares(order: StatementOrder): ({ at: Date; amount: number } & OrderShares)[] {
  const fees = buyerFees(order)
  let left = [...order.lines.map((line) => line.amount), ...fees.map((fee) => fee.amount)]
  return [...order.refunds]
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((refund) => {
      const remaining = left.reduce((total, amount) => total + amount, 0)
      if (refund.amount > remaining) {
        throw new RangeError(`Order ${order.reference}: a refund of ${refund.amount} cents on ${refund.at.toISOString()} is more than the ${remaining} cents left to refund.`)
      }
      const parts = allocate(money(refund.amount, order.currency), left)
      left = left.map((amount, index) => amount - parts[index]!.amount)
      return { at: refund.at, amount: refund.amount, lines: parts.slice(0, order.lines.length), fees: parts.slice(order.lines.length) }
    })
}

/**
 * The fees the sellers bear on an order, each split over the lines: a fee the buyer did not pay
 * in proportion to the lines' amounts (equally when every line is free), and the platform fee in
 * proportion to everything the buyer paid, so the share of the buyer-paid fees stays with the site.
 */
export function borneFeeShares(order: StatementOrder): { kind: 'fee' | 'platform-fee'; label: string; shares: OrderShares }[] {
  const amounts = order.lines.map((line) => line.amount)
  const byAmount = amounts.some((amount) => amount > 0) ? amounts : amounts.map(() => 1)
  const fees = buyerFees(order)
  const sellerFees = order.feeLines
    .filter((fee) => !fee.passedToBuyer && fee.amount !== 0 && order.lines.length > 0)
    .map((fee) => ({ kind: 'fee' as const, label: fee.label, shares: { lines: allocate(money(fee.amount, order.currency), byAmount), fees: [] } }))
  if (order.platformFee === 0 || order.lines.length + fees.length === 0) return sellerFees
  const paid = [...amounts, ...fees.map((fee) => fee.amount)]
  const platform = allocate(money(order.platformFee, order.currency), paid.some((amount) => amount > 0) ? paid : paid.map(() => 1))
  return [...sellerFees, { kind: 'platform-fee', label: '', shares: { lines: platform.slice(0, amounts.length), fees: platform.slice(amounts.length) } }]
}

const partyOf = (line: StatementOrder['lines'][number]) => line.sellerId ?? SITE
const inPeriod = (period: StatementPeriod, at: Date) => at >= period.from && at < period.to
const isPaid = (order: StatementOrder) => isPaidState(order.state)

/**
 * What goes on one party's statement for a period: its lines of orders paid in the period, its
 * shares of the refunds made in the period (of orders paid then or before) and of the fees on the
 * orders paid in the period. `party` is a seller's id or `SITE`.
 */
export function statementEntries(orders: readonly StatementOrder[], party: string, period: StatementPeriod): StatementEntry[] {
  const entries: StatementEntry[] = []
  for (const order of orders.filter(isPaid)) {
    const mine = order.lines.map((line) => partyOf(line) === party)
    if (!mine.includes(true)) continue
    const about = { orderId: order.id, reference: order.reference }
    if (inPeriod(period, order.paidAt)) {
      order.lines.forEach((line, index) => {
        if (mine[index]) entries.push({ kind: 'sale', at: order.paidAt, ...about, label: line.label, vatRateBp: line.vatRateBp, amount: money(line.amount, order.currency) })
      })
      for (const fee of borneFeeShares(order)) {
        const share = sum(fee.shares.lines.filter((_, index) => mine[index]), order.currency)
        if (share.amount !== 0) entries.push({ kind: fee.kind, at: order.paidAt, ...about, label: fee.label, amount: share })
      }
    }
    for (const refund of refundShares(order)) {
      if (!inPeriod(period, refund.at)) continue
      refund.lines.forEach((share, index) => {
        const line = order.lines[index]!
        if (mine[index] && share.amount !== 0) entries.push({ kind: 'refund', at: refund.at, ...about, label: line.label, vatRateBp: line.vatRateBp, amount: share })
      })
    }
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || a.reference.localeCompare(b.reference))
}

/** Who a statement is for, as far as paying them out goes. */
export interface StatementParty {
  /** The site itself never receives a payout: it is paid by the payment platform directly. */
  receivesPayouts: boolean
  siret?: string | null
  /** The share of net sales the site keeps, in basis points (7 % = 700). */
  commissionBp: number
}

export type PayoutHeldReason = 'no-payouts' | 'siret-missing' | 'siret-invalid' | 'nothing-due'
export type PayoutDecision = { due: true; amount: Money } | { due: false; reason: PayoutHeldReason; message: string }

/** A payout is due only to a seller that receives payouts, has a valid SIRET and is owed more than 0. */
export function payoutDecision(party: StatementParty, netDue: Money): PayoutDecision {
  if (!party.receivesPayouts) return { due: false, reason: 'no-payouts', message: 'Does not receive payouts.' }
  if (!party.siret?.trim()) return { due: false, reason: 'siret-missing', message: 'SIRET missing: add it to the seller’s company details.' }
  const siret = validateSiret(party.siret)
  if (!siret.ok) return { due: false, reason: 'siret-invalid', message: `SIRET invalid: ${siret.message}` }
  if (netDue.amount <= 0) return { due: false, reason: 'nothing-due', message: 'Nothing due this month.' }
  return { due: true, amount: netDue }
}

export interface VatRateLine {
  rateBp: number
  /** Sales minus refunds at this rate, VAT included. */
  gross: Money
  vat: Money
  net: Money
}

export interface MonthlyStatement {
  statement: SellerStatement
  terms: CommissionTerms
  entries: StatementEntry[]
  /** The net sales per VAT rate, highest rate first; their `net` adds up to `statement.netOfVat`. */
  vatRates: VatRateLine[]
  payout: PayoutDecision
}

/** One party's statement for a period: its entries, the statement's figures, VAT per rate and whether a payout is due. */
export function monthlyStatement(
  orders: readonly StatementOrder[],
  party: string,
  terms: StatementParty & { base: CommissionTerms['base'] },
  period: StatementPeriod,
  currency: Currency,
): MonthlyStatement {
  const entries = statementEntries(orders, party, period)
  const of = <K extends StatementEntry['kind']>(kind: K) => entries.filter((entry) => entry.kind === kind)
  const sales: StatementSale[] = of('sale').map((e) => ({ orderId: e.reference, at: e.at, amount: e.amount, vatRateBp: e.vatRateBp! }))
  const refunds: StatementRefund[] = of('refund').map((e) => ({ orderId: e.reference, at: e.at, amount: e.amount, vatRateBp: e.vatRateBp! }))
  const fees: StatementFee[] = entries.filter((e) => e.kind === 'fee' || e.kind === 'platform-fee').map((e) => ({ label: e.label, at: e.at, amount: e.amount }))
  const commission: CommissionTerms = { commissionBp: terms.commissionBp, base: terms.base }
  const statement = sellerStatement(sales, refunds, commission, period, { fees, currency })
  return { statement, terms: commission, entries, vatRates: vatRatesOf(sales, refunds, currency), payout: payoutDecision(terms, statement.netDue) }
}

/** VAT per rate as `sellerStatement` computes it: once per rate on the sales, once on the refunds. */
function vatRatesOf(sales: readonly StatementSale[], refunds: readonly StatementRefund[], currency: Currency): VatRateLine[] {
  const sold = vatBreakdown(sales, currency).rates
  const refunded = vatBreakdown(refunds, currency).rates
  const rates = [...new Set([...sold, ...refunded].map((rate) => rate.rateBp))].sort((a, b) => b - a)
  const zero = money(0, currency)
  return rates.map((rateBp) => {
    const s = sold.find((rate) => rate.rateBp === rateBp)
    const r = refunded.find((rate) => rate.rateBp === rateBp)
    const minus = (key: 'gross' | 'vat' | 'net') => money((s?.[key] ?? zero).amount - (r?.[key] ?? zero).amount, currency)
    return { rateBp, gross: minus('gross'), vat: minus('vat'), net: minus('net') }
  })
}

/** `2026-03` → March 2026 as numbers, or a message a person can act on. */
export function parseMonth(text: string): { ok: true; year: number; month: number } | { ok: false; message: string } {
  const match = /^(\d{4})-(\d{2})$/.exec(text)
  const month = Number(match?.[2])
  if (!match || month < 1 || month > 12) return { ok: false, message: `“${text}” is not a month; write it like 2026-03.` }
  return { ok: true, year: Number(match[1]), month }
}
