import type { Endpoint } from 'payload'

import { isPaidState } from '../../../src/domain/commerce/order-state'
import { relationId } from '../../relation-id'
import { CommerceError } from '../errors'
import { releaseOrder, sendOrderMails } from '../orders/lifecycle'
import { refundOrder, refundRequestSchema } from '../orders/refund-order'
import { answer, jsonBody, problem, staffMay } from './respond'

async function orderFor(req: Parameters<Endpoint['handler']>[0]) {
  const id = String(req.routeParams?.id ?? '')
  try {
    return await req.payload.findByID({ collection: 'orders', id, depth: 0, overrideAccess: true })
  } catch {
    return null
  }
}

/** POST /api/orders/:id/refund { amount?, to, note? } — owners only (sales agents cannot give money back). */
export const refundEndpoint: Endpoint = {
  path: '/:id/refund',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const order = await orderFor(req)
      if (!order || !staffMay(req, relationId(order.tenant), 'read', 'sales')) return problem(404, 'not_found', 'No such order on your sites.')
      if (!staffMay(req, relationId(order.tenant), 'delete', 'sales')) return problem(403, 'forbidden', 'Only the owner of the site can refund.')
      const parsed = refundRequestSchema.safeParse(await jsonBody(req))
      if (!parsed.success) throw new CommerceError('invalid', parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })))
      const result = await refundOrder(req.payload, order.id, parsed.data, `user:${req.user!.id}`)
      return Response.json({ order: { id: result.order.id, state: result.order.state, refunded: result.order.refunded }, ...(result.giftCardCode ? { giftCardCode: result.giftCardCode } : {}) })
    }),
}

/** POST /api/orders/:id/resend — mails the receipt to the buyer again. */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const order = await orderFor(req)
      if (!order || !staffMay(req, relationId(order.tenant), 'update', 'sales')) return problem(404, 'not_found', 'No such order on your sites.')
      if (!isPaidState(order.state)) return problem(400, 'invalid', 'Only a paid order has a receipt to send.')
      await sendOrderMails(req.payload, order, { buyerOnly: true })
      return Response.json({ sent: true })
    }),
}

/** POST /api/orders/:id/cancel — ends an unpaid order and gives back what it held. */
export const cancelEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const order = await orderFor(req)
      if (!order || !staffMay(req, relationId(order.tenant), 'read', 'sales')) return problem(404, 'not_found', 'No such order on your sites.')
      if (!staffMay(req, relationId(order.tenant), 'delete', 'sales')) return problem(403, 'forbidden', 'Only the owner of the site can cancel an order.')
      const cancelled = await releaseOrder(req.payload, order.id, { to: 'cancelled', by: `user:${req.user!.id}` })
      if (!cancelled) return problem(409, 'conflict', `This order is ${order.state}: only a pending order can be cancelled; refund a paid one.`)
      return Response.json({ cancelled: true })
    }),
}
