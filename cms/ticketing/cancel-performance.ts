// An organizer cancels a performance: it leaves the sale at once (once: a conditional update), then
// a background job ends every buyer's tickets and refunds them (to the card or as store credit, as
// the organizer chose, each mailed), counting its progress on the performance. Tickets end before
// the money moves, so none is admitted or returned meanwhile; each refund carries the
// performance's mark, so running the job again (a retry after failures) refunds nobody twice.
import type { Payload, TaskConfig, Where } from 'payload'

import { REFUNDABLE_STATES } from '../../src/domain/commerce/order-state'
import { relationId } from '../relation-id'
import { CommerceError } from '../commerce/errors'
import { releaseOrder } from '../commerce/orders/lifecycle'
import { refundOrder } from '../commerce/orders/refund-order'
import { endTickets, markPerformanceCancelled } from './ticket-rows'

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
  const retry = Boolean(performance.cancellation?.finishedAt) && (performance.cancellation?.failed ?? 0) > 0
  if (retry) return void (await payload.jobs.queue({ task: 'cancel-performance', input: { performanceId: String(performance.id), refundTo: performance.cancellation!.refundTo ?? refundTo, by } }))
  if (!(await markPerformanceCancelled(payload, performance.id))) {
    throw CommerceError.of('conflict', 'performance', 'This performance is already cancelled; its refunds are under way or done.', 'Cette représentation est déjà annulée ; ses remboursements sont en cours ou faits.')
  }
  // Orders still waiting for their payment end now: their seats and places go back, nothing is charged.
  await releasePendingOrders(payload, performance.id, by)
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
  const { cancellation } = await payload.findByID({ collection: 'performances', id: performanceId, ...o })
  const startedAt = cancellation?.startedAt ?? new Date().toISOString()
  const progress = { orders: orderIds.length, refunded: 0, failed: 0, lastError: '' }
  const report = async (finished = false) =>
    payload.update({
      collection: 'performances',
      id: performanceId,
      data: { cancellation: { refundTo, startedAt, ...progress, finishedAt: finished ? new Date().toISOString() : null } },
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
  const ticketsIn = (state: 'valid' | 'cancelled'): Where => ({ and: [{ order: { equals: orderId } }, { performance: { equals: performanceId } }, { state: { equals: state } }] })
  const { docs: valid } = await payload.find({ collection: 'tickets', where: ticketsIn('valid'), pagination: false, ...o })
  await endTickets(payload, valid.map((ticket) => ticket.id), 'cancelled')
  const order = await payload.findByID({ collection: 'orders', id: orderId, ...o })
  const mark = cancellationMark(performanceId)
  if ((order.refunds ?? []).some((refund) => refund.note?.includes(mark))) return
  if (!REFUNDABLE_STATES.includes(order.state as (typeof REFUNDABLE_STATES)[number])) return
  const { docs: cancelled } = await payload.find({ collection: 'tickets', where: ticketsIn('cancelled'), pagination: false, ...o })
  const onlyThisPerformance = (order.lines ?? []).every((line) => String(relationId(line.performance)) === String(performanceId))
  const left = order.total - (order.refunded ?? 0)
  // A cancelled show is refunded whole, its service fees with it when the order held nothing else.
  const amount = Math.min(left, onlyThisPerformance ? left : cancelled.reduce((total, ticket) => total + ticket.amount, 0))
  const to = refundTo === 'card' && !order.payment?.stripePaymentIntentId ? 'store_credit' : refundTo
  if (amount > 0) await refundOrder(payload, orderId, { amount, to, note: mark }, by)
}

/** Unpaid orders with places at the cancelled performance end, giving back what they held. */
async function releasePendingOrders(payload: Payload, performanceId: Id, by: string): Promise<void> {
  const { docs } = await payload.find({ collection: 'orders', where: { and: [{ state: { equals: 'pending' } }, { 'lines.performance': { equals: performanceId } }] }, pagination: false, ...o })
  for (const order of docs) await releaseOrder(payload, order.id, { to: 'cancelled', by, note: 'performance cancelled' })
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
