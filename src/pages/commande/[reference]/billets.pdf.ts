// The order's tickets as one PDF, one ticket per A4 page, in the tenant's colours with its logo.
import type { APIRoute } from 'astro'

import { loadShop } from '../../../../cms/commerce/shop'
import { renderTicketsPdf } from '../../../../cms/ticketing/documents/tickets-pdf'
import { ticketBrand, ticketViews } from '../../../../cms/ticketing/ticket-views'
import { isPaidState } from '../../../domain/commerce/order-state'
import { visibleOrder } from '../../../lib/order-access'
import { payloadClient } from '../../../lib/payload'

export const GET: APIRoute = async ({ params, url, cookies, locals }) => {
  const site = locals.site!
  const order = await visibleOrder(site, cookies, params.reference ?? '', { ticketsKey: url.searchParams.get('cle') })
  if (!order || !isPaidState(order.state)) return new Response('Not found', { status: 404 })
  const payload = await payloadClient()
  const views = (await ticketViews(payload, order)).map(({ view }) => view)
  if (views.length === 0) return new Response('Vos billets sont en cours d’émission.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  const brand = await ticketBrand(payload, await loadShop(payload, site.tenant.id), { withLogo: true })
  const layout = url.searchParams.get('format') === 'ticket-80mm' ? 'thermal-80mm' : 'a4'
  const pdf = await renderTicketsPdf(views, brand, { locale: 'fr', layout })
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="billets-${order.reference}.pdf"`,
      'cache-control': 'private, no-store',
    },
  })
}
