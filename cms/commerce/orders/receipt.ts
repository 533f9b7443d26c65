import { money, type Currency } from '../../../src/domain/commerce/money'
import type { VatBreakdown } from '../../../src/domain/commerce/vat'
import type { PaymentMethod, Receipt } from '../../../src/domain/mail'
import type { Order } from '../../payload-types'

/** The mail and printed receipt of an order, from what the order stores (never re-priced). */
export function receiptOf(order: Order, urls: { orderUrl?: string; ticketsUrl?: string; adminUrl?: string } = {}): Receipt {
  const currency = (order.currency ?? 'EUR') as Currency
  const m = (amount: number | null | undefined) => money(amount ?? 0, currency)
  const fees = (order.feeLines ?? []).filter((fee) => fee.passedToBuyer !== false)
  const toFee = (fee: NonNullable<Order['feeLines']>[number]) => ({ kind: fee.kind, label: fee.label, amount: m(fee.amount), vatRateBp: fee.vatRateBp, passedToBuyer: true })
  const delivery = fees.find((fee) => fee.kind === 'delivery')
  return {
    reference: order.reference,
    createdAt: new Date(order.createdAt),
    buyer: { email: order.email, ...(order.name ? { name: order.name } : {}) },
    currency,
    lines: (order.lines ?? []).map((line) => ({
      label: line.place ? `${line.label} · ${line.place}` : line.label,
      quantity: line.quantity,
      unitPrice: m(line.unitPrice),
      gross: m(line.gross),
      discount: m(line.discount),
      amount: m(line.amount),
      vatRateBp: line.vatRateBp,
    })),
    feeLines: fees.filter((fee) => fee.kind === 'service').map(toFee),
    ...(delivery ? { deliveryLine: toFee(delivery) } : {}),
    ...(order.discountCode ? { discountCode: order.discountCode } : {}),
    discountTotal: m(order.discountTotal),
    total: m(order.total),
    ...(order.payment?.storeCredit ? { paidWithStoreCredit: m(order.payment.storeCredit) } : {}),
    paymentMethod: (order.payment?.method ?? 'card') as PaymentMethod,
    vat: order.vat as unknown as VatBreakdown,
    ...(Array.isArray(order.answers) && order.answers.length > 0 ? { answers: order.answers as { question: string; answer: string }[] } : {}),
    ...urls,
  }
}
