import type { Endpoint } from 'payload'
import { z } from 'zod'

import { statementCsv, statementDocument } from '../../../src/domain/reports/statement-document'
import { parseMonth, SITE } from '../../../src/domain/reports/statement-lines'
import { loadStatement } from '../reports/statement'
import { statementPdf } from '../reports/statement-pdf'
import { answer, problem, staffMay } from './respond'

const statementQuery = z.object({
  tenant: z.string().regex(/^\w{1,40}$/, 'Choose a site (tenant).'),
  seller: z.string().regex(/^(\d{1,20}|site|[a-f0-9]{24})$/, `seller is a seller’s id, or “${SITE}” for the site’s own sales.`),
  month: z.string().refine((month) => parseMonth(month).ok, 'month is a month like 2026-03.'),
  format: z.enum(['pdf', 'csv'], { message: 'format is pdf or csv.' }).default('pdf'),
  lang: z.enum(['fr', 'en']).default('fr'),
})

const download = (body: BodyInit, type: string, name: string) =>
  new Response(body, { headers: { 'content-type': type, 'content-disposition': `attachment; filename="${name}"`, 'cache-control': 'private, no-store' } })

/** GET /api/reports/statement?tenant=&seller=<id>|site&month=YYYY-MM&format=pdf|csv — for those who read the site's reports. */
export const statementEndpoint: Endpoint = {
  path: '/reports/statement',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const parsed = statementQuery.safeParse(Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams))
      if (!parsed.success) return problem(400, 'invalid', parsed.error.issues[0]!.message, parsed.error.issues[0]!.path.join('.'))
      const { tenant, seller, month, format, lang } = parsed.data
      if (!staffMay(req, tenant, 'read', 'reports')) return problem(403, 'forbidden', 'You cannot see the statements of this site.')
      const { year, month: monthNumber } = parseMonth(month) as { year: number; month: number }
      const loaded = await loadStatement(req.payload, tenant, seller, year, monthNumber)
      if (!loaded) return problem(404, 'not_found', 'This site has no such seller.', 'seller')
      if (format === 'csv') return download(statementCsv(loaded.result, lang), 'text/csv; charset=utf-8', `${loaded.fileName}.csv`)
      const pdf = await statementPdf(statementDocument(loaded.heading, loaded.result, lang))
      return download(new Uint8Array(pdf), 'application/pdf', `${loaded.fileName}.pdf`)
    }),
}
