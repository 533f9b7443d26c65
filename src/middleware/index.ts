// Every site request: Host → tenant (or the platform, or a 404 that names no tenant), then
// security headers. Lives in src/middleware/index.ts: Next would take a src/middleware.ts as its own.
import { defineMiddleware } from 'astro:middleware'

import { platformUrl } from '../lib/platform'
import { resolveHost } from '../lib/site-resolver'
import { fromCache, keep, pageCacheKey } from './page-cache'
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
    return withSecurityHeaders(await next(), [])
  }

  const site = { ...resolution.site, origin: `${context.url.protocol}//${host}` }
  context.locals.site = site
  // The admin's live preview frames the site; the tenant may allow more origins.
  const frameAncestors = [platformUrl().origin, ...(site.settings?.frameAncestors ?? []).map((row) => row.origin)]
  const key = pageCacheKey(context.request, context.url, site)
  const cached = key ? fromCache(key) : null
  if (cached) return cached
  const response = withSecurityHeaders(await next(), frameAncestors)
  return key ? keep(key, response, site.tenant.id) : response
})

/** Endpoint responses may come with immutable headers: copy them when needed. */
function withSecurityHeaders(response: Response, frameAncestors: string[]): Response {
  try {
    applySecurityHeaders(response.headers, frameAncestors)
    return response
  } catch {
    const copy = new Response(response.body, response)
    applySecurityHeaders(copy.headers, frameAncestors)
    return copy
  }
}
