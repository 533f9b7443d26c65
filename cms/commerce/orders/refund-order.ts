import type { Payload } from 'payload'
import { z } from 'zod'

import { money, type Currency } from '../../../src/domain/commerce/money'
import { REFUNDABLE_STATES } from '../../../src/domain/commerce/order-state'
import { planRefund, type RefundDestination, type RefundPlan } from '../../../src/domain/commerce/refunds'
import { refundMail } from '../../../src/domain/mail'
import type { Order } from '../../payload-types'
import { relationId } from '../../relation-id'
import { appendToOrder, bookRefund, settleRefundState, unbookRefund } from '../atomic'
import { refundedAll } from '../availability'
import { CommerceError } from '../errors'
import { mailBrand, sendShopMail } from '../mail/send'
import { stripeClient } from '../payments/stripe'
import { loadShop } from '../shop'
import { issueGiftCard } from '../store-credit'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** A refund as staff ask for it: everything left, or an amount in cents, to the card or as store credit. */
export const refundRequestSchema = z.object({
  amount: z.number().int('The amount is a whole number of cents.').optional(),
  to: z.enum(['card', 'store_credit'], { message: 'Refund to “card” or “store_credit”.' }),
  note: z.string().max(300).optional(),
})
export type RefundInput = z.infer<typeof refundRequestSchema>

/**
 * Refunds all or part of a paid order. The amount is first booked on the order by a conditional
 * update (so concurrent refunds never exceed what was paid), then paid out: back to the card
 * through Stripe, or as a new store-credit card. If the payout fails the booking is undone.
 */
export async function refundOrder(payload: Payload, orderId: Id, input: RefundInput, by: string): Promise<{ order: Order; giftCardCode?: string }> {
  const order = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  const currency = (order.currency ?? 'EUR') as Currency
  const lines = paidLines(order, currency)
  const plan = planRefund(
    {
      state: order.state,
      total: money(order.total, currency),
      refunded: money(order.refunded ?? 0, currency),
      lines,
      refunds: earlierRefunds(order, currency, lines),
    },
    { to: input.to, ...(input.amount === undefined ? { kind: 'full' } : { kind: 'partial', amount: money(input.amount, currency) }) },
  )
  if (!plan.ok) throw CommerceError.of('invalid', 'amount', plan.message)
  const { amount } = plan.plan
  if (input.to === 'card' && !order.payment?.stripePaymentIntentId) {
    throw CommerceError.of('invalid', 'to', 'This order was not paid by card online; refund it as store credit.')
  }
  if (!(await bookRefund(payload, order.id, amount.amount, REFUNDABLE_STATES))) {
    throw CommerceError.of('conflict', 'amount', 'Another refund of this order was just made; reload it to see what is left.')
  }
  let stripeRefundId: string | undefined
  let giftCardCode: string | undefined
  let balance = amount
  try {
    if (input.to === 'card') {
      const refund = await stripeClient().refunds.create(
        { payment_intent: order.payment!.stripePaymentIntentId!, amount: amount.amount, metadata: { orderId: String(order.id) } },
        { ...(order.payment?.stripeAccountId ? { stripeAccount: order.payment.stripeAccountId } : {}) },
      )
      stripeRefundId = refund.id
    } else {
      const card = await issueGiftCard(payload, { tenantId: relationId(order.tenant)!, amount, email: order.email, origin: 'refund', orderId: order.id, by })
      giftCardCode = card.code
      balance = money(card.balance, currency)
    }
  } catch (error) {
    await unbookRefund(payload, order.id, amount.amount)
    // A refund recorded meanwhile may have counted this booking: its state is worked out again.
    await settleRefundState(payload, order.id, REFUNDABLE_STATES)
    if (error instanceof CommerceError) throw error
    throw CommerceError.of('payment_failed', 'to', `The refund could not be made: ${(error as Error).message}. Nothing was refunded.`)
  }
  // Appended and settled by single statements, so refunds recorded at the same moment keep every entry.
  const at = new Date().toISOString()
  await appendToOrder(payload, order.id, 'refunds', { amount: amount.amount, to: input.to, at, by, ...(stripeRefundId ? { stripeRefundId } : {}), ...(giftCardCode ? { giftCardCode } : {}), ...(input.note ? { note: input.note } : {}) })
  await settleRefundState(payload, order.id, REFUNDABLE_STATES)
  const settled = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  await appendToOrder(payload, order.id, 'history', { from: order.state, to: settled.state, event: 'refund', by, at, note: `${amount.amount} ${currency} to ${input.to}${input.note ? ` — ${input.note}` : ''}` })
  const updated = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  if (updated.state === 'refunded') await refundedAll(payload, updated)
  const shop = await loadShop(payload, relationId(order.tenant)!)
  const brand = mailBrand(shop, order.siteOrigin)
  const destination: RefundDestination = input.to
  const mail = refundMail(brand, {
    reference: order.reference,
    amount,
    ...(order.name ? { buyerName: order.name } : {}),
    orderUrl: `${brand.siteUrl}/commande/${order.reference}`,
    ...(destination === 'card' ? { to: 'card' as const } : { to: 'store_credit' as const, storeCredit: { code: giftCardCode!, balance } }),
  })
  await sendShopMail(payload, shop, { to: order.email, kind: 'refund', mail, orderId: order.id })
  return { order: updated, ...(giftCardCode ? { giftCardCode } : {}) }
}

/**
 * Earlier refunds as the refund rules read them. Their split over VAT rates is not stored, so what
 * is already refunded (including a concurrent refund booked but not yet recorded) counts as one
 * part, split as the rules split any refund; without it a second refund could never be planned.
 */
function earlierRefunds(order: Order, currency: Currency, lines: ReturnType<typeof paidLines>): { byRate: RefundPlan['byRate'] }[] {
  const refunded = order.refunded ?? 0
  if (refunded <= 0) return []
  const asOne = planRefund({ state: 'paid', total: money(order.total, currency), refunded: money(0, currency), lines, refunds: [] }, { kind: 'partial', amount: money(refunded, currency), to: 'card' })
  return asOne.ok ? [{ byRate: asOne.plan.byRate }] : []
}

/** What the buyer paid, line by line with its rate, as the refund rules split it. */
function paidLines(order: Order, currency: Currency) {
  const goods = (order.lines ?? []).map((line) => ({ amount: money(line.amount, currency), vatRateBp: line.vatRateBp }))
  const fees = (order.feeLines ?? []).filter((fee) => fee.passedToBuyer !== false).map((fee) => ({ amount: money(fee.amount, currency), vatRateBp: fee.vatRateBp }))
  return [...goods, ...fees]
}
