import type { Endpoint } from 'payload'

import { verifyDomain } from '../domain-verification'

/** POST /api/domains/:id/verify — checks the DNS TXT record now and records the outcome. */
export const verifyEndpoint: Endpoint = {
  path: '/:id/verify',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: { code: 'unauthorized', message: 'Log in first.' } }, { status: 401 })
    const id = String(req.routeParams?.id ?? '')
    try {
      const result = await verifyDomain(req.payload, id, { user: req.user })
      return Response.json(result, { status: result.verified ? 200 : 422 })
    } catch {
      return Response.json({ error: { code: 'not_found', message: 'No such domain on your sites.' } }, { status: 404 })
    }
  },
}
