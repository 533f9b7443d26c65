// What staff do to tickets and performances from the admin: reissue a lost ticket, cancel a
// performance (its buyers refunded by a background job). Each checks the user's role on the
// document's own tenant; a customer account is never staff.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { relationId } from '../../relation-id'
import { CommerceError } from '../../commerce/errors'
import { answer, jsonBody, problem, staffMay } from '../../commerce/endpoints/respond'
import { cancelPerformance } from '../cancel-performance'
import { reissueTicket } from '../ticket-changes'
import { willCallPdf } from '../will-call'

async function documentOf<C extends 'tickets' | 'performances'>(req: PayloadRequest, collection: C) {
  try {
    return await req.payload.findByID({ collection, id: String(req.routeParams?.id ?? ''), depth: 0, overrideAccess: true })
  } catch {
    return null
  }
}

/** POST /api/tickets/:id/reissue — a new code for a lost ticket; the old one is refused at the door from now on. */
export const reissueEndpoint: Endpoint = {
  path: '/:id/reissue',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const ticket = await documentOf(req, 'tickets')
      const tenantId = relationId(ticket?.tenant)
      if (!ticket || !staffMay(req, tenantId, 'read', 'sales')) return problem(404, 'not_found', 'No such ticket on your sites.')
      if (!staffMay(req, tenantId, 'update', 'sales')) return problem(403, 'forbidden', 'Your role cannot reissue tickets.')
      const reissued = await reissueTicket(req.payload, { tenantId: tenantId!, ticketId: ticket.id })
      return Response.json({ ticket: { id: reissued.id, reissue: reissued.reissue, number: reissued.number } })
    }),
}

const cancelRequestSchema = z.object({ refundTo: z.enum(['card', 'store_credit'], { message: 'Refund to “card” or “store_credit”.' }) })

/** POST /api/performances/:id/cancel { refundTo } — owners only: it gives money back to every buyer. */
export const cancelPerformanceEndpoint: Endpoint = {
  path: '/:id/cancel',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const performance = await documentOf(req, 'performances')
      const tenantId = relationId(performance?.tenant)
      if (!performance || !staffMay(req, tenantId, 'read', 'catalog')) return problem(404, 'not_found', 'No such performance on your sites.')
      if (!staffMay(req, tenantId, 'delete', 'sales')) return problem(403, 'forbidden', 'Only the owner of the site can cancel a performance and refund its buyers.')
      const retryable = Boolean(performance.cancellation?.finishedAt) && (performance.cancellation?.failed ?? 0) > 0
      if (performance.cancellation?.startedAt && !retryable) return problem(409, 'conflict', 'This performance is already cancelled; its refunds are under way or done.')
      const parsed = cancelRequestSchema.safeParse(await jsonBody(req))
      if (!parsed.success) throw new CommerceError('invalid', parsed.error.issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message })))
      await cancelPerformance(req.payload, { tenantId: tenantId!, performanceId: performance.id, refundTo: parsed.data.refundTo, by: `user:${req.user!.id}` })
      return Response.json({ queued: true }, { status: 202 })
    }),
}

/** GET /api/performances/:id/will-call — the alphabetical list of tickets to collect at the box office, as a PDF to print. */
export const willCallEndpoint: Endpoint = {
  path: '/:id/will-call',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const performance = await documentOf(req, 'performances')
      const tenantId = relationId(performance?.tenant)
      if (!performance || !staffMay(req, tenantId, 'read', 'sales')) return problem(404, 'not_found', 'No such performance on your sites.')
      const pdf = await willCallPdf(req.payload, performance, req.i18n?.language === 'en' ? 'en' : 'fr')
      return new Response(new Uint8Array(pdf), {
        headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="retraits-${performance.id}.pdf"`, 'cache-control': 'private, no-store' },
      })
    }),
}
