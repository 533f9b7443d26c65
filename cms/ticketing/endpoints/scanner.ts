// The door scanner's API, for staff who check tickets on a site (door scanners, owners): scan one
// ticket, download what scanning offline needs, upload what was scanned offline, list the
// performances a door may admit to. The site is named in every call and checked against the user.
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { zodProblems } from '../../../src/domain/commerce/checkout-request'
import { CommerceError } from '../../commerce/errors'
import { answer, jsonBody, problem, staffMay } from '../../commerce/endpoints/respond'
import { relationValue } from '../../relation-id'
import { doorPerformances, scanTicket, scannerKit, syncOfflineScans } from '../door-scans'

const id = (message: string) => z.union([z.string().regex(/^\w{1,40}$/, message), z.number().int().positive(message)]).transform(String)
const tenant = id('Choose a site (tenant).')
const performance = id('Choose a performance by its id.')
const door = z
  .string({ message: 'Name this door, e.g. “Main entrance”.' })
  .trim()
  .min(1, 'Name this door, e.g. “Main entrance”.')
  .max(60, 'A door name is 60 characters at most.')
const input = z
  .string({ message: 'Scan a ticket or type its number.' })
  .trim()
  .min(1, 'Scan a ticket or type its number.')
  .max(400, 'This is not a ticket: a ticket code is 133 characters at most.')

const scanSchema = z.object({ tenant, input, door, performance: performance.optional() })
const kitSchema = z.object({ tenant, performance })
const syncSchema = z.object({
  tenant,
  door,
  performance: performance.optional(),
  scans: z
    .array(z.object({ input, at: z.iso.datetime({ offset: true, message: 'When the ticket was scanned, as an ISO date and time.' }) }))
    .max(5000, 'Upload at most 5000 scans at once.'),
})

/** The body or query, checked by the schema; every wrong field is named. */
function parse<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new CommerceError('invalid', zodProblems(parsed.error))
  return parsed.data
}

const queryOf = (req: PayloadRequest) => Object.fromEntries(new URL(req.url ?? '', 'http://x').searchParams)
const by = (req: PayloadRequest) => `user:${req.user!.id}`
const noStore = { headers: { 'cache-control': 'private, no-store' } }

/**
 * An endpoint of the door scanner: 401 to a caller who is not logged in, the body (or query) checked
 * field by field, then 403 to one who does not check tickets on the site it names (a buyer's
 * account never does).
 */
function checkinEndpoint<T extends z.ZodType<{ tenant: string }>>(
  path: string,
  method: 'get' | 'post',
  schema: T,
  work: (req: PayloadRequest, data: z.output<T>) => Promise<Response>,
): Endpoint {
  return {
    path,
    method,
    handler: (req) =>
      answer(req, async () => {
        if (!req.user) return problem(401, 'unauthorized', 'Log in to scan tickets.')
        const data = parse(schema, method === 'get' ? queryOf(req) : await jsonBody(req))
        if (!staffMay(req, data.tenant, 'create', 'checkin')) return problem(403, 'forbidden', 'You do not check tickets for this site.')
        return work(req, data)
      }),
  }
}

async function assertPerformanceOf(req: PayloadRequest, tenantId: string, performanceId: string | undefined): Promise<void> {
  if (performanceId === undefined) return
  const { totalDocs } = await req.payload.count({
    collection: 'performances',
    where: { and: [{ id: { equals: relationValue(performanceId) } }, { tenant: { equals: relationValue(tenantId) } }] },
    overrideAccess: true,
  })
  if (totalDocs === 0) throw CommerceError.of('not_found', 'performance', 'This performance is not one of this site’s.')
}

/** POST /api/ticketing/scan {tenant, input, door, performance?} → { verdict, reason?, ticket?, firstScan? } */
export const scanTicketEndpoint = checkinEndpoint('/ticketing/scan', 'post', scanSchema, async (req, body) => {
  await assertPerformanceOf(req, body.tenant, body.performance)
  const decision = await scanTicket(req.payload, {
    tenantId: relationValue(body.tenant),
    input: body.input,
    door: body.door,
    by: by(req),
    ...(body.performance ? { performanceId: relationValue(body.performance) } : {}),
  })
  return Response.json(decision, noStore)
})

/** GET /api/ticketing/scanner-kit?tenant=&performance= → the public key, valid and revoked tickets, admissions so far. */
export const scannerKitEndpoint = checkinEndpoint('/ticketing/scanner-kit', 'get', kitSchema, async (req, query) => {
  const kit = await scannerKit(req.payload, { tenantId: relationValue(query.tenant), performanceId: relationValue(query.performance) })
  if (!kit) throw CommerceError.of('not_found', 'performance', 'This performance is not one of this site’s.')
  return Response.json(kit, noStore)
})

/** POST /api/ticketing/scans/sync {tenant, door, performance?, scans: [{input, at}]} → { results, conflicts } */
export const syncScansEndpoint = checkinEndpoint('/ticketing/scans/sync', 'post', syncSchema, async (req, body) => {
  await assertPerformanceOf(req, body.tenant, body.performance)
  const synced = await syncOfflineScans(req.payload, {
    tenantId: relationValue(body.tenant),
    door: body.door,
    by: by(req),
    ...(body.performance ? { performanceId: relationValue(body.performance) } : {}),
    scans: body.scans.map((scan) => ({ input: scan.input, at: new Date(scan.at) })),
  })
  return Response.json(synced, noStore)
})

/** GET /api/ticketing/door-performances?tenant= → { performances: [{ id, eventTitle, startsAt }] }: door scanners do not read the catalogue. */
export const doorPerformancesEndpoint = checkinEndpoint('/ticketing/door-performances', 'get', z.object({ tenant }), async (req, query) =>
  Response.json({ performances: await doorPerformances(req.payload, { tenantId: relationValue(query.tenant) }) }, noStore),
)

export const scannerEndpoints = [scanTicketEndpoint, scannerKitEndpoint, syncScansEndpoint, doorPerformancesEndpoint]
