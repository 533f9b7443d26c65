// A gallery's month in figures, through the report and statement endpoints' own handlers with
// requests as Payload builds them for a logged-in user: box-office sales paid in cash (one for a
// photographer with a SIRET, one for a seller without), a partial refund, a sale left unpaid; the
// owner sees it all, another site's owner nothing, and another site's seller is not found.

import { createLocalReq, type Endpoint, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { customersCsvEndpoint, ordersCsvEndpoint, salesReportEndpoint } from '../../cms/commerce/endpoints/exports'
import { statementEndpoint } from '../../cms/commerce/endpoints/statements'
import { confirmPayment } from '../../cms/commerce/orders/lifecycle'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { refundOrder } from '../../cms/commerce/orders/refund-order'
import type { Order } from '../../cms/payload-types'
import { checkoutRequestSchema } from '../../src/domain/commerce/checkout-request'
import { addDays, todayIn } from '../../src/domain/reports/periods'
import type { SalesReport } from '../../src/domain/reports/sales'
import { plain } from '../support/checkout-helpers'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'
import { pdfText } from '../support/pdf-text'

let payload: Payload
let world: PaymentWorld
let a: Awaited<ReturnType<typeof makeShop>>
let b: Awaited<ReturnType<typeof makeShop>>
let owner: Awaited<ReturnType<typeof makeUser>>
let otherOwner: Awaited<ReturnType<typeof makeUser>>
let agent: Awaited<ReturnType<typeof makeUser>>
const sellers: Record<'lea' | 'marc' | 'elsewhere', { id: number }> = {} as never
const paid: Order[] = []
const o = { overrideAccess: true, depth: 0 } as const
const today = todayIn()
const month = today.slice(0, 7)

/** A sale at the counter: placed, then paid in cash by the agent. */
async function sell(shop: typeof a, items: { productId: number; variantId?: string; quantity: number }[], email: string, pay = true): Promise<Order> {
  const request = checkoutRequestSchema.parse({ items: items.map((item) => ({ ...item, productId: String(item.productId) })), email, name: email.split('@')[0] })
  const { order } = await placeOrder(payload, { tenantId: shop.tenant.id, request, channel: 'box_office', by: 'user:agent' })
  if (!pay) return order
  return (await confirmPayment(payload, order.id, { method: 'cash', by: 'user:agent' })).order
}

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  a = await makeShop(payload, world, 'galerie-a')
  b = await makeShop(payload, world, 'galerie-b')
  owner = await makeUser(payload, 'owner@galerie-a.example', a.tenant.id, ['owner'])
  otherOwner = await makeUser(payload, 'owner@galerie-b.example', b.tenant.id, ['owner'])
  agent = await makeUser(payload, 'guichet@galerie-a.example', a.tenant.id, ['sales-agent'])
  sellers.lea = await payload.create({
    collection: 'sellers',
    data: { tenant: a.tenant.id, name: 'Léa Martin', receivesPayouts: true, commissionPercent: 10, legalName: 'Léa Martin Photographie EI', siret: '732 829 320 00074', address: '12 rue des Écoles\n75005 Paris' },
    ...o,
  })
  sellers.marc = await payload.create({ collection: 'sellers', data: { tenant: a.tenant.id, name: 'Marc Dupont', receivesPayouts: true, commissionPercent: 20 }, ...o })
  sellers.elsewhere = await payload.create({ collection: 'sellers', data: { tenant: b.tenant.id, name: 'Ailleurs', receivesPayouts: true }, ...o })
  await payload.update({ collection: 'products', id: a.print.id, data: { seller: sellers.lea.id }, ...o })
  const poster = await payload.create({ collection: 'products', data: { tenant: a.tenant.id, title: 'Affiche Marc', slug: 'affiche-marc', price: 1500, vatRate: '2000', seller: sellers.marc.id }, ...o })
  // A management fee the sellers absorb, on top of the 1 € service fee the buyer pays.
  const settings = (await payload.find({ collection: 'shop-settings', where: { tenant: { equals: a.tenant.id } }, ...o })).docs[0]!
  await payload.update({
    collection: 'shop-settings',
    id: settings.id,
    data: { fees: [...(settings.fees ?? []), { label: 'Frais de gestion', per: 'order', kind: 'fixed', amount: 50, vatRate: '2000', passedToBuyer: false }] },
    ...o,
  })

  // Léa's A3 print (65 €) and the site's book (22 €) + 1 € fee; Marc's two posters; a book, then 10 € refunded.
  paid.push(await sell(a, [{ productId: a.print.id, variantId: a.a3, quantity: 1 }, { productId: a.book.id, quantity: 1 }], 'claire@example.fr'))
  paid.push(await sell(a, [{ productId: poster.id, quantity: 2 }], 'paul@example.fr'))
  const refunded = await sell(a, [{ productId: a.book.id, quantity: 1 }], 'ines@example.fr')
  paid.push((await refundOrder(payload, refunded.id, { amount: 1000, to: 'store_credit' }, 'user:owner')).order)
  await sell(a, [{ productId: a.print.id, variantId: a.a3, quantity: 1 }], 'unpaid@example.fr', false)
  await sell(b, [{ productId: b.book.id, quantity: 1 }], 'other@example.fr')
})
afterAll(async () => world?.close())

/** GET an endpoint as `user` would from the admin. */
async function get(endpoint: Endpoint, user: typeof owner | null, query: Record<string, string | number>) {
  const url = `http://localhost/api${endpoint.path}?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]))}`
  const req = await createLocalReq({ ...(user ? { user } : {}), req: { method: 'GET', url } }, payload)
  const response = await endpoint.handler(req)
  return { status: response.status, type: response.headers.get('content-type') ?? '', disposition: response.headers.get('content-disposition') ?? '', body: Buffer.from(await response.arrayBuffer()) }
}
const csvRows = (body: Buffer) => body.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n')
const json = <T>(body: Buffer) => JSON.parse(body.toString('utf8')) as T

describe('the sales report', () => {
  it('adds up the paid orders of the site and nothing else: revenue, refunds, orders, units', async () => {
    const report = await get(salesReportEndpoint, owner, { tenant: a.tenant.id, from: today, to: today, bucket: 'day' })

    expect(report.status).toBe(200)
    const { totals, series, byProduct } = json<SalesReport>(report.body)
    const lines = paid.flatMap((order) => order.lines ?? [])
    expect(totals).toEqual({
      revenue: lines.reduce((sum, line) => sum + line.amount, 0),
      refunds: 1000,
      net: lines.reduce((sum, line) => sum + line.amount, 0) - 1000,
      units: lines.reduce((sum, line) => sum + line.quantity, 0),
      orders: 3,
      averageOrder: Math.round(lines.reduce((sum, line) => sum + line.amount, 0) / 3),
    })
    expect(totals.revenue).toBe(6500 + 2200 + 3000 + 2200)
    expect(series).toEqual([{ bucket: today, revenue: totals.revenue, refunds: 1000, units: 5, orders: 3 }])
    expect(byProduct.map((product) => [product.label, product.revenue, product.units])).toEqual([
      ['Tirage Brume — A3', 6500, 1],
      ['Le Livre', 4400, 2],
      ['Affiche Marc', 3000, 2],
    ])
  })

  it('exports the series, the order lines and the customers as CSV', async () => {
    const series = await get(salesReportEndpoint, owner, { tenant: a.tenant.id, from: today, to: today, format: 'csv' })
    expect(series.type).toBe('text/csv; charset=utf-8')
    expect(csvRows(series.body)).toEqual(['period,revenue_eur,refunds_eur,units,orders', `${today},139.00,10.00,5,3`])

    const orders = csvRows((await get(ordersCsvEndpoint, owner, { tenant: a.tenant.id, from: today, to: today })).body)
    expect(orders).toHaveLength(1 + 4)
    for (const order of paid) expect(orders.filter((row) => row.startsWith(`${order.reference},`))).toHaveLength(order.lines!.length)
    expect(orders.join('\n')).not.toContain('unpaid@example.fr')

    const customers = csvRows((await get(customersCsvEndpoint, owner, { tenant: a.tenant.id })).body)
    expect(customers.slice(1).map((row) => row.split(',')[0])).toEqual(['claire@example.fr', 'ines@example.fr', 'paul@example.fr'])
  })

  it('answers another site’s owner and an anonymous caller 403, and lets the box-office agent read sales', async () => {
    for (const user of [otherOwner, null]) {
      expect((await get(salesReportEndpoint, user, { tenant: a.tenant.id })).status).toBe(403)
      expect((await get(ordersCsvEndpoint, user, { tenant: a.tenant.id })).status).toBe(403)
      expect((await get(customersCsvEndpoint, user, { tenant: a.tenant.id })).status).toBe(403)
    }
    expect((await get(salesReportEndpoint, agent, { tenant: a.tenant.id })).status).toBe(200)
  })
})

describe('monthly statements', () => {
  it('gives Léa her print less 10 % and her share of the fee she bears, due to her SIRET, as CSV', async () => {
    const statement = await get(statementEndpoint, owner, { tenant: a.tenant.id, seller: sellers.lea.id, month, format: 'csv' })

    expect(statement.status).toBe(200)
    expect(statement.disposition).toBe(`attachment; filename="releve-galerie-a-lea-martin-${month}.csv"`)
    const rows = csvRows(statement.body)
    expect(rows[0]).toBe('date,kind,order,item,vat_rate_percent,amount_eur')
    // The 50-cent fee over the print (65 €) and the book (22 €): 37.36… → 37 for Léa.
    expect(rows.slice(1, 3).map((row) => row.split(',').slice(1))).toEqual([
      ['sale', paid[0]!.reference, 'Tirage Brume — A3', '20', '65'],
      ['fee', paid[0]!.reference, 'Frais de gestion', '', '-0.37'],
    ])
    expect(rows).toContain(',summary,,Commission du site (10\u00a0% du TTC),,6.5')
    expect(rows).toContain(',summary,,Net à reverser,,58.13')
    expect(rows.at(-1)).toBe(',payout,,due,,58.13')
  })

  it('prints the same statement as a PDF: who, the figures in euros with accents, the payout', async () => {
    const statement = await get(statementEndpoint, owner, { tenant: a.tenant.id, seller: sellers.lea.id, month })

    expect(statement.status).toBe(200)
    expect(statement.type).toBe('application/pdf')
    expect(statement.body.subarray(0, 5).toString()).toBe('%PDF-')
    const text = plain(pdfText(statement.body))
    for (const expected of ['Boutique galerie-a', 'Léa Martin', 'Léa Martin Photographie EI', 'SIRET 732 829 320 00074', '12 rue des Écoles', 'Ventes brutes (TTC)', '65,00 €', 'Net à reverser', '58,13 €', 'Reversement dû : 58,13 €', 'Généré le']) {
      expect(text).toContain(expected)
    }
  })

  it('holds Marc’s payout for want of a SIRET, and gives the site its books less the refund’s share', async () => {
    const marc = csvRows((await get(statementEndpoint, owner, { tenant: a.tenant.id, seller: sellers.marc.id, month, format: 'csv' })).body)
    expect(marc).toContain(',summary,,Net à reverser,,23.5') // 30 € − 20 % − the 50-cent fee, all his
    expect(marc.at(-1)).toBe(',payout,,held: siret-missing,,0')
    const marcPdf = plain(pdfText((await get(statementEndpoint, owner, { tenant: a.tenant.id, seller: sellers.marc.id, month, lang: 'en' })).body))
    expect(marcPdf).toContain('Payout held: SIRET missing')
    expect(marcPdf).toContain('SIRET: not given')

    const site = csvRows((await get(statementEndpoint, owner, { tenant: a.tenant.id, seller: 'site', month, format: 'csv' })).body)
    // 10 € refunded over the book (22 €) and the buyer's 1 € fee: 9.565… → 9.57 for the book.
    expect(site.filter((row) => row.includes(',refund,'))).toEqual([expect.stringMatching(new RegExp(`,refund,${paid[2]!.reference},Le Livre,5.5,-9.57$`))])
    expect(site).toContain(',summary,,Ventes brutes (TTC),,44')
  })

  it('puts a sale on the month it was paid and its refund on the month it was made', async () => {
    const lastMonth = addDays(`${month}-01`, -1).slice(0, 7)
    await payload.update({ collection: 'products', id: b.print.id, data: { seller: sellers.elsewhere.id }, ...o })
    const request = checkoutRequestSchema.parse({ items: [{ productId: String(b.print.id), variantId: b.a3, quantity: 1 }], email: 'avant@example.fr' })
    const { order } = await placeOrder(payload, { tenantId: b.tenant.id, request, channel: 'box_office', by: 'user:agent' })
    await confirmPayment(payload, order.id, { method: 'cash', by: 'user:agent', at: new Date(`${lastMonth}-15T12:00:00Z`) })
    await refundOrder(payload, order.id, { to: 'store_credit' }, 'user:owner')
    const statement = (monthText: string) => get(statementEndpoint, otherOwner, { tenant: b.tenant.id, seller: sellers.elsewhere.id, month: monthText, format: 'csv' }).then((r) => csvRows(r.body))

    const then = await statement(lastMonth)
    expect(then.filter((row) => /,(sale|refund),/.test(row)).map((row) => row.split(',').slice(1, 3))).toEqual([['sale', order.reference]])
    const now = await statement(month)
    expect(now.filter((row) => /,(sale|refund),/.test(row)).map((row) => row.split(',').slice(1, 3))).toEqual([['refund', order.reference]])
    // Refunds only: the month ends below zero, carried to the next statement; nothing is paid out.
    expect(now).toContain(',summary,,Net à reverser,,-65')
    expect(now.at(-1)).toMatch(/^,payout,,held: /)
  })

  it('refuses another site’s owner (403), a box-office agent (403), and a seller of another site (404)', async () => {
    const query = { tenant: a.tenant.id, seller: sellers.lea.id, month }
    expect((await get(statementEndpoint, otherOwner, query)).status).toBe(403)
    expect((await get(statementEndpoint, agent, query)).status).toBe(403)
    expect((await get(statementEndpoint, null, query)).status).toBe(403)
    const foreign = await get(statementEndpoint, owner, { ...query, seller: sellers.elsewhere.id })
    expect(foreign.status).toBe(404)
    expect(json<{ error: { code: string } }>(foreign.body).error.code).toBe('not_found')
    const wrongMonth = await get(statementEndpoint, owner, { ...query, month: '2026-13' })
    expect(wrongMonth.status).toBe(400)
    expect(json<{ error: { field: string; message: string } }>(wrongMonth.body).error).toEqual({ code: 'invalid', field: 'month', message: 'month is a month like 2026-03.' })
  })
})
