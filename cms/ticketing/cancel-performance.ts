// An organizer cancels a performance: it leaves the sale at once, then a background job refunds
// every buyer (to the card or as store credit, as the organizer chose), mails them, and ends their
// tickets, counting its progress on the performance. Running it again refunds nobody twice: each
// order's refund carries the performance's mark, and an order already marked is only tidied up.
import type { Payload, TaskConfig } from 'payload'

import { REFUNDABLE_STATES } from '../../src/domain/commerce/order-state'
import { relationId } from '../relation-id'
import { CommerceError } from '../commerce/errors'
import { refundOrder } from '../commerce/orders/refund-order'
import { endTickets } from './ticket-rows'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

export const cancellationMark = (performanceId: Id) => `performance ${performanceId} cancelled`

/** Takes the performance off sale and queues the refunds. Refused for another tenant's performance. */
export async function cancelPerformance(
  payload: Payload,
  { tenantId, performanceId, refundTo, by }: { tenantId: Id; performanceId: Id; refundTo: 'card' | 'store_credit'; by: string },
): Promise<void> {
  const { docs } = await payload.find({ collection: 'performances', where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: performanceId } }] }, limit: 1, ...o })
  const performance = docs[0]
  if (!performance) throw CommerceError.of('not_found', 'performance', 'No such performance on this site.', 'Cette représentation n’existe pas sur ce site.')
  await payload.update({
    collection: 'performances',
    id: performance.id,
    data: { status: 'cancelled', cancellation: { refundTo, startedAt: new Date().toISOString(), orders: 0, refunded: 0, failed: 0 } },
    ...o,
  })
  await payload.jobs.queue({ task: 'cancel-performance', input: { performanceId: String(performance.id), refundTo, by } })
}

/** Refunds the buyers of a cancelled performance, order by order; returns what it did. */
export async function refundCancelledPerformance(payload: Payload, { performanceId, refundTo, by }: { performanceId: Id; refundTo: 'card' | 'store_credit'; by: string }) {
  const { docs: tickets } = await payload.find({ collection: 'tickets', where: { performance: { equals: performanceId } }, pagination: false, ...o })
  const orderIds = [...new Set(tickets.map((ticket) => relationId(ticket.order)!))]
  const progress = { orders: orderIds.length, refunded: 0, failed: 0, lastError: '' }
  const report = async (finished = false) =>
    payload.update({
      collection: 'performances',
      id: performanceId,
      data: { cancellation: { refundTo, ...progress, ...(finished ? { finishedAt: new Date().toISOString() } : {}) } },
      ...o,
    })
  await report()
  for (const orderId of orderIds) {
    try {
      await refundOrderOfPerformance(payload, orderId, performanceId, refundTo, by)
      progress.refunded += 1
    } catch (error) {
      progress.failed += 1
      progress.lastError = `${orderId}: ${(error as Error).message}`.slice(0, 300)
    }
    await report()
  }
  await report(true)
  return progress
}

async function refundOrderOfPerformance(payload: Payload, orderId: Id, performanceId: Id, refundTo: 'card' | 'store_credit', by: string): Promise<void> {
  const order = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  const { docs: tickets } = await payload.find({ collection: 'tickets', where: { and: [{ order: { equals: orderId } }, { performance: { equals: performanceId } }] }, pagination: false, ...o })
  const mark = cancellationMark(performanceId)
  const alreadyRefunded = (order.refunds ?? []).some((refund) => refund.note?.includes(mark))
  if (!alreadyRefunded && REFUNDABLE_STATES.includes(order.state as (typeof REFUNDABLE_STATES)[number])) {
    const onlyThisPerformance = (order.lines ?? []).every((line) => String(relationId(line.performance)) === String(performanceId))
    // Tickets of a cancelled show are refunded whole, the service fees with them when the order held nothing else.
    const amount = onlyThisPerformance ? order.total - (order.refunded ?? 0) : tickets.filter((t) => t.state === 'valid').reduce((total, t) => total + t.amount, 0)
    const to = refundTo === 'card' && !order.payment?.stripePaymentIntentId ? 'store_credit' : refundTo
    if (amount > 0) await refundOrder(payload, orderId, { amount, to, note: mark }, by)
  }
  await endTickets(payload, tickets.map((ticket) => ticket.id), 'cancelled')
}

export const cancelPerformanceTask: TaskConfig<{ input: { performanceId: string; refundTo: 'card' | 'store_credit'; by: string }; output: { refunded: number; failed: number } }> = {
  slug: 'cancel-performance',
  label: 'Refund the buyers of a cancelled performance',
  inputSchema: [
    { name: 'performanceId', type: 'text', required: true },
    { name: 'refundTo', type: 'text', required: true },
    { name: 'by', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'refunded', type: 'number', required: true },
    { name: 'failed', type: 'number', required: true },
  ],
  retries: 2,
  handler: async ({ input, req }) => {
    const progress = await refundCancelledPerformance(req.payload, input)
    return { output: { refunded: progress.refunded, failed: progress.failed } }
  },
}
