import { add, allocate, compare, equals, formatMoney, money, subtract, sum, zero, type Money } from './money'
import { canTransition, type OrderFacts, type OrderState } from './order-state'
import { vatBreakdown, vatOfInclusive, type VatLine, type VatRateTotal } from './vat'

export type RefundDestination = 'card' | 'store_credit'

export type RefundRequest = ({ kind: 'full' } | { kind: 'partial'; amount: Money }) & { to: RefundDestination }

export interface RefundPlan {
  amount: Money
  to: RefundDestination
  /** The refund split per VAT rate, highest rate first; rates with nothing refunded are left out. */
  byRate: VatRateTotal[]
  vat: Money
  stateAfter: Extract<OrderState, 'partially_refunded' | 'refunded'>
}

export interface RefundableOrder extends Pick<OrderFacts, 'state' | 'total' | 'refunded'> {
  /** What the buyer paid, line by line with its rate: goods after discount, fees, delivery. */
  lines: readonly VatLine[]
  /** Earlier refunds of this order, as planned here. */
  refunds: readonly Pick<RefundPlan, 'byRate'>[]
}

export type RefundPlanResult = { ok: true; plan: RefundPlan } | { ok: false; message: string }

function refuse(message: string): RefundPlanResult {
  return { ok: false, message }
}

/**
 * Works out a refund before any money moves, or says why it cannot be made. The amount is split
 * over VAT rates in proportion to what is still unrefunded at each rate (with `allocate`, so no
 * rate is ever refunded more than was paid at it). The VAT of each part is computed on the
 * running total refunded at that rate — VAT(already + this) − VAT(already) — so that refunding an
 * order in any number of parts gives back exactly the VAT it collected, never a cent more.
 */
export function planRefund(order: RefundableOrder, request: RefundRequest): RefundPlanResult {
  const currency = order.total.currency
  if (!canTransition(order.state, 'refund')) {
    return refuse(`An order that is ${order.state.replace('_', ' ')} cannot be refunded${order.state === 'pending' ? ': nothing has been paid yet' : ''}.`)
  }
  const remaining = subtract(order.total, order.refunded)
  if (remaining.amount <= 0) return refuse('Everything paid for this order has already been refunded.')
  const amount = request.kind === 'full' ? remaining : request.amount
  if (amount.currency !== currency) throw new TypeError(`This order is in ${currency}; a refund in ${amount.currency} cannot apply to it.`)
  if (amount.amount < 0) return refuse(`A refund cannot be negative (${formatMoney(amount)}); enter the amount to give back.`)
  if (amount.amount === 0) return refuse(`A refund of ${formatMoney(amount)} gives nothing back; enter the amount to refund.`)
  if (compare(amount, remaining) > 0) {
    const already = order.refunded.amount > 0 ? ` (${formatMoney(order.total)} paid, ${formatMoney(order.refunded)} already refunded)` : ''
    return refuse(`${formatMoney(amount)} is more than the ${formatMoney(remaining)} left to refund${already}.`)
  }

  const paid = vatBreakdown(order.lines, currency)
  if (!equals(paid.gross, order.total)) {
    throw new RangeError(`The order's lines add up to ${formatMoney(paid.gross)} but its total is ${formatMoney(order.total)}.`)
  }
  const earlier = new Map<number, Money>()
  for (const part of order.refunds.flatMap((refund) => refund.byRate)) {
    earlier.set(part.rateBp, add(earlier.get(part.rateBp) ?? zero(currency), part.gross))
  }
  if (!equals(sum([...earlier.values()], currency), order.refunded)) {
    throw new RangeError(`The order's earlier refunds add up to ${formatMoney(sum([...earlier.values()], currency))} but it records ${formatMoney(order.refunded)} refunded.`)
  }
  const left = paid.rates.map((rate) => subtract(rate.gross, earlier.get(rate.rateBp) ?? zero(currency)))
  if (left.some((m) => m.amount < 0)) throw new RangeError('Earlier refunds gave back more at one VAT rate than was paid at it.')

  const parts = allocate(amount, left.map((m) => m.amount))
  const byRate = paid.rates.flatMap((rate, index): VatRateTotal[] => {
    const gross = parts[index] ?? zero(currency)
    if (gross.amount === 0) return []
    const before = (earlier.get(rate.rateBp) ?? zero(currency)).amount
    const vat = vatOfInclusive(before + gross.amount, rate.rateBp).vat - vatOfInclusive(before, rate.rateBp).vat
    return [{ rateBp: rate.rateBp, gross, vat: money(vat, currency), net: money(gross.amount - vat, currency) }]
  })
  return {
    ok: true,
    plan: {
      amount,
      to: request.to,
      byRate,
      vat: sum(byRate.map((r) => r.vat), currency),
      stateAfter: equals(amount, remaining) ? 'refunded' : 'partially_refunded',
    },
  }
}
