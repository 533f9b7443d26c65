import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { z } from 'zod'

import { checkoutRequestSchema } from '../../../src/domain/commerce/checkout-request'
import { formatMoney } from '../../../src/domain/commerce/money'
import { holdExpiry } from '../../../src/domain/ticketing/holds'
import type { Order } from '../../payload-types'
import { relationId, relationValue } from '../../relation-id'
import { orderHolder } from '../../ticketing/ticket-sales'
import { passSeatHolds } from '../atomic'
import { CommerceError } from '../errors'
import { confirmPayment, releaseOrder } from '../orders/lifecycle'
import { placeOrder } from '../orders/place-order'
import { answer, jsonBody, problem, staffMay } from './respond'

const boxOfficeSaleSchema = checkoutRequestSchema.extend({
  tenant: z.union([z.string(), z.number()]).transform(String),
  channel: z.enum(['box_office', 'phone']).default('box_office'),
  method: z.enum(['cash', 'cheque', 'card_in_person', 'store_credit'], { message: 'Pay by cash, cheque, card_in_person or store_credit.' }),
  email: z.string().trim().toLowerCase().email('Enter the buyer’s email address for the receipt.'),
})

/** The till of one agent on one site: it holds seats while a sale is rung up, as a cart does online. */
export const tillHolder = (userId: number | string, tenantId: number | string) => `till:${userId}:${tenantId}`

/** Why this user may not use the till of this site (not a seller there, or the box office turned off); null when they may. */
export async function tillRefusal(req: PayloadRequest, tenant: string): Promise<Response | null> {
  if (!staffMay(req, tenant, 'create', 'sales')) return problem(403, 'forbidden', 'You do not sell for this site.')
  const { docs: settings } = await req.payload.find({ collection: 'shop-settings', where: { tenant: { equals: relationValue(tenant) } }, limit: 1, depth: 0, overrideAccess: true })
  if (settings[0]?.acceptsBoxOffice === false) return problem(403, 'box_office_closed', 'The box office is turned off for this site (Shop settings → Payments).')
  return null
}

/** The seats of an order that will not be paid go back to the till, so the agent can take another payment without choosing them again. */
async function seatsBackToTill(payload: Payload, order: Order, holder: string, now = new Date()): Promise<void> {
  const byPerformance = new Map<number, string[]>()
  for (const line of order.lines ?? []) {
    const performanceId = relationId(line.performance)
    if (performanceId !== undefined && line.seatId) byPerformance.set(performanceId, [...(byPerformance.get(performanceId) ?? []), line.seatId])
  }
  for (const [performanceId, seatIds] of byPerformance) {
    await passSeatHolds(payload, { performanceId, seatIds, from: orderHolder(order.reference), to: holder, until: holdExpiry(now), now })
  }
}

/**
 * POST /api/box-office/sales — a sale at the counter or by phone, recorded by a sales agent.
 * Same catalogue, stock and order flow as online; the payment is taken in person, so the order is
 * paid at once. Store credit (a gift card code) may cover all or part of it. Tickets sell the seats
 * the agent's till holds (POST /api/box-office/seats).
 */
export const boxOfficeSaleEndpoint: Endpoint = {
  path: '/box-office/sales',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const parsed = boxOfficeSaleSchema.safeParse(await jsonBody(req))
      if (!parsed.success) throw new CommerceError('invalid', parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })))
      const { tenant, channel, method, ...request } = parsed.data
      const refused = await tillRefusal(req, tenant)
      if (refused) return refused
      if (method === 'store_credit' && !request.giftCardCode) throw CommerceError.of('invalid', 'giftCardCode', 'Enter the gift card code to pay with store credit.')
      const by = `user:${req.user!.id}`
      const holder = tillHolder(req.user!.id, tenant)
      const { order, due } = await placeOrder(req.payload, { tenantId: relationValue(tenant), request, channel, by, holder })
      if (method === 'store_credit' && due.amount > 0) {
        await seatsBackToTill(req.payload, order, holder)
        await releaseOrder(req.payload, order.id, { to: 'cancelled', by, note: 'store credit did not cover the order' })
        throw CommerceError.of('invalid', 'giftCardCode', `The card does not cover the order: ${formatMoney(due)} would remain; take it in another payment method.`)
      }
      const paidWith = due.amount === 0 && order.payment?.storeCredit ? 'store_credit' : method
      const { order: paid } = await confirmPayment(req.payload, order.id, { method: paidWith, by, note: channel === 'phone' ? 'phone sale' : 'box office sale' })
      return Response.json({ order: { id: paid.id, reference: paid.reference, state: paid.state, total: paid.total, due: due.amount, storeCredit: paid.payment?.storeCredit ?? 0 } }, { status: 201 })
    }),
}
