// Every site request: Host → tenant (or the platform, or a 404 that names no tenant), then
// security headers. Lives in src/middleware/index.ts: Next would take a src/middleware.ts as its own.
import { defineMiddleware } from 'astro:middleware'

import { resolveHost } from '../lib/site-resolver'
import { platformNotFound } from './platform-not-found'
import { applySecurityHeaders } from './security-headers'

const PLATFORM_ROUTES = new Set(['/', '/signup'])

export const onRequest = defineMiddleware(async (context, next) => {
  const host = context.request.headers.get('host')
  const resolution = await resolveHost(host)
  if (resolution.kind === 'unknown') return platformNotFound(host)
  if (resolution.kind === 'platform') {
    if (!PLATFORM_ROUTES.has(context.url.pathname)) return platformNotFound(host)
    context.locals.platform = true
  } else {
    context.locals.site = { ...resolution.site, origin: `${context.url.protocol}//${host}` }
  }
  const response = await next()
  const frameAncestors = (resolution.kind === 'site' ? resolution.site.settings?.frameAncestors ?? [] : []).map((row) => row.origin)
  // Responses of endpoints may have immutable headers (e.g. a fetched Response): copy when needed.
  try {
    applySecurityHeaders(response.headers, frameAncestors)
    return response
  } catch {
    const copy = new Response(response.body, response)
    applySecurityHeaders(copy.headers, frameAncestors)
    return copy
  }
})
