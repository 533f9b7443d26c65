import type { Endpoint } from 'payload'

import { shouldIssueCertificate } from '../../../src/domain/domains/ask'
import { platformDomain } from '../../../src/lib/platform'

/**
 * GET /api/domains/ask?domain=… — Caddy's on-demand TLS asks this before requesting a certificate:
 * 200 for the platform, an existing tenant's subdomain or a verified custom domain; 404 otherwise.
 */
export const askEndpoint: Endpoint = {
  path: '/ask',
  method: 'get',
  handler: async (req) => {
    const domain = (req.searchParams.get('domain') ?? '').trim().toLowerCase()
    const allowed =
      domain.length > 0 &&
      (await shouldIssueCertificate(domain, {
        platformDomain: platformDomain(),
        tenantSlugExists: async (slug) => (await req.payload.count({ collection: 'tenants', where: { slug: { equals: slug } } })).totalDocs > 0,
        isVerifiedCustomDomain: async (host) =>
          (await req.payload.count({ collection: 'domains', where: { host: { equals: host }, status: { equals: 'verified' } } })).totalDocs > 0,
      }))
    return new Response(allowed ? 'ok' : 'unknown domain', { status: allowed ? 200 : 404, headers: { 'content-type': 'text/plain' } })
  },
}
