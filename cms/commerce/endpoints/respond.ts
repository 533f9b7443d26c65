import type { PayloadRequest } from 'payload'

import { tenantIdsAllowing, isPlatformAdmin } from '../../platform/access'
import type { Action, Area } from '../../../src/domain/tenancy/roles'
import { CommerceError } from '../errors'

type Id = number | string

/** The one error shape of our APIs. */
export const problem = (status: number, code: string, message: string, field?: string) =>
  Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status })

/** Runs an endpoint body; a CommerceError becomes its field-by-field answer, anything else a 500 that leaks nothing. */
export async function answer(req: PayloadRequest, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof CommerceError) return Response.json(error.toBody(), { status: error.status })
    req.payload.logger.error({ err: error, msg: `${req.method} ${req.url} failed` })
    return problem(500, 'internal', 'Something went wrong on our side; nothing was changed twice. Please try again.')
  }
}

/** True when the logged-in user may do `action` on `area` of this tenant. */
export function staffMay(req: PayloadRequest, tenantId: Id | undefined, action: Action, area: Area): boolean {
  if (!req.user || tenantId === undefined) return false
  if (isPlatformAdmin(req.user)) return true
  return tenantIdsAllowing(req.user, action, area).map(String).includes(String(tenantId))
}

export async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return req.json ? await req.json() : {}
  } catch {
    throw CommerceError.of('invalid', '(body)', 'The body is not valid JSON.')
  }
}
