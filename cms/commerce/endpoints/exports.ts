import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { centsCell, toCsv } from '../../../src/domain/reports/csv'
import { salesReport, startOfDay, type ReportOrder } from '../../../src/domain/reports/sales'
import { addDays } from '../../../src/domain/reports/periods'
import type { Order } from '../../payload-types'
import { relationId, relationValue } from '../../relation-id'
import { ordersOfPeriod } from '../reports/orders-of-period'
import { answer, problem, staffMay } from './respond'

const periodSchema = z.object({
  tenant: z.string().regex(/^\w{1,40}$/, 'Choose a site (tenant).'),
  from: z.iso.date({ message: 'from is a date like 2026-11-01.' }).optional(),
  to: z.iso.date({ message: 'to is a date like 2026-11-30.' }).optional(),
  bucket: z.enum(['day', 'week', 'month']).default('day'),
  product: z.string().max(40).optional(),
  channel: z.enum(['online', 'box_office', 'phone']).optional(),
  format: z.enum(['json', 'csv']).default('json'),
})

/** The query, with the period defaulting to the last 30 days; dates are Paris days, `to` included. */
function readPeriod(req: PayloadRequest) {
  const query = Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams)
  const parsed = periodSchema.safeParse(query)
  if (!parsed.success) return { error: problem(400, 'invalid', parsed.error.issues[0]!.message, parsed.error.issues[0]!.path.join('.')) }
  const to = parsed.data.to ? startOfDay(addDays(parsed.data.to, 1)) : new Date()
  const from = parsed.data.from ? startOfDay(parsed.data.from) : new Date(to.getTime() - 30 * 24 * 3600 * 1000)
  if (from >= to) return { error: problem(400, 'invalid', 'from must be before to.', 'from') }
  return { query: parsed.data, from, to }
}

const csvResponse = (name: string, body: string) =>
  new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' } })

/** GET /api/reports/sales?tenant=&from=&to=&bucket=&product=&channel=&format=json|csv */
export const salesReportEndpoint: Endpoint = {
  path: '/reports/sales',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const period = readPeriod(req)
      if ('error' in period) return period.error!
      const { query, from, to } = period
      if (!staffMay(req, query.tenant, 'read', 'reports') && !staffMay(req, query.tenant, 'read', 'sales')) return problem(403, 'forbidden', 'You cannot see the sales of this site.')
      const orders = await ordersOfPeriod(req.payload, relationValue(query.tenant), { from, to })
      const report = salesReport(orders.map(toReportOrder), { from, to, bucket: query.bucket, ...(query.product ? { productIds: [query.product] } : {}), ...(query.channel ? { channel: query.channel } : {}) })
      if (query.format === 'json') return Response.json(report, { headers: { 'cache-control': 'private, no-store' } })
      const rows = report.series.map((p) => [p.bucket, centsCell(p.revenue), centsCell(p.refunds), p.units, p.orders])
      return csvResponse(`ventes-${query.tenant}.csv`, toCsv(['period', 'revenue_eur', 'refunds_eur', 'units', 'orders'], rows))
    }),
}

/** GET /api/exports/orders.csv?tenant=&from=&to= — one row per order line. */
export const ordersCsvEndpoint: Endpoint = {
  path: '/exports/orders.csv',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const period = readPeriod(req)
      if ('error' in period) return period.error!
      const { query, from, to } = period
      if (!staffMay(req, query.tenant, 'read', 'sales')) return problem(403, 'forbidden', 'You cannot see the orders of this site.')
      const orders = await ordersOfPeriod(req.payload, relationValue(query.tenant), { from, to }, { paidOnly: true })
      const rows = orders.flatMap((order) =>
        (order.lines ?? []).map((line) => [
          order.reference,
          order.payment?.paidAt,
          order.state,
          order.channel,
          order.payment?.method,
          order.email,
          order.name,
          line.label,
          line.quantity,
          centsCell(line.unitPrice),
          centsCell(line.discount),
          centsCell(line.amount),
          line.vatRateBp / 100,
          centsCell(order.total),
          centsCell(order.refunded ?? 0),
        ]),
      )
      const header = ['reference', 'paid_at', 'state', 'channel', 'payment', 'email', 'name', 'item', 'quantity', 'unit_price_eur', 'discount_eur', 'line_total_eur', 'vat_rate_percent', 'order_total_eur', 'order_refunded_eur']
      return csvResponse(`commandes-${query.tenant}.csv`, toCsv(header, rows))
    }),
}

/** GET /api/exports/customers.csv?tenant= — contacts and consent. */
export const customersCsvEndpoint: Endpoint = {
  path: '/exports/customers.csv',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const tenant = new URL(req.url ?? '', 'http://x').searchParams.get('tenant') ?? ''
      if (!/^\w{1,40}$/.test(tenant) || !staffMay(req, tenant, 'read', 'sales')) return problem(403, 'forbidden', 'You cannot see the customers of this site.')
      const { docs } = await req.payload.find({ collection: 'customers', where: { tenant: { equals: relationValue(tenant) } }, pagination: false, depth: 0, overrideAccess: true, sort: 'email' })
      const rows = docs.map((c) => [c.email, c.name, c.phone, c.marketingOptIn ? 'yes' : 'no', c.orderCount ?? 0, c.createdAt])
      return csvResponse(`clients-${tenant}.csv`, toCsv(['email', 'name', 'phone', 'marketing_opt_in', 'orders', 'first_order_at'], rows))
    }),
}

function toReportOrder(order: Order): ReportOrder {
  return {
    id: String(order.id),
    paidAt: new Date(order.payment?.paidAt ?? order.createdAt),
    channel: order.channel,
    lines: (order.lines ?? []).map((line) => ({ productId: String(relationId(line.product) ?? line.label), label: line.label, quantity: line.quantity, amount: line.amount })),
    refunds: (order.refunds ?? []).map((refund) => ({ at: new Date(refund.at), amount: refund.amount })),
  }
}
