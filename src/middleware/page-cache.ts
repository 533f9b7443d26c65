// Rendered pages of a tenant's site, kept per (tenant, contentVersion, host, path+query): a page is
// rendered once per content change, not once per visit. Only anonymous GETs of text responses
// that set no cookie are kept; preview links always render fresh. PAGE_CACHE=off turns it off.
import type { Site } from '../lib/site'
import { cachedPage, rememberPage } from '../lib/site-cache'

const CACHEABLE_TYPES = /^(text\/html|text\/css|text\/plain|application\/xml|application\/rss\+xml)/

const enabled = process.env.PAGE_CACHE !== 'off'

// Shop pages show live stock, a visitor's cart or an order, account pages a buyer's own data:
// always rendered fresh, never kept for the next visitor.
const LIVE_PATHS = /^\/(boutique|panier|commande|compte|billetterie)(\/|$)/

export function pageCacheKey(request: Request, url: URL, site: Pick<Site, 'tenant'>): string | null {
  if (!enabled || request.method !== 'GET' || url.searchParams.has('preview') || LIVE_PATHS.test(url.pathname)) return null
  return `${site.tenant.id}:${site.tenant.contentVersion ?? 0}:${url.host}${url.pathname}${url.search}`
}

export function fromCache(key: string): Response | null {
  const hit = cachedPage(key)
  if (!hit) return null
  const headers = new Headers(hit.headers)
  headers.set('x-vitrine-cache', 'hit')
  return new Response(hit.body, { status: hit.status, headers })
}

/** Keeps a cacheable response and hands back an equivalent one (the body can be read once). */
export async function keep(key: string, response: Response, tenantId: number | string): Promise<Response> {
  const type = response.headers.get('content-type') ?? ''
  if (![200, 404].includes(response.status) || !CACHEABLE_TYPES.test(type) || response.headers.has('set-cookie')) return response
  const body = await response.text()
  const headers = [...response.headers.entries()]
  rememberPage(key, { status: response.status, headers, body, tenant: String(tenantId) })
  const copy = new Response(body, { status: response.status, headers })
  copy.headers.set('x-vitrine-cache', 'miss')
  return copy
}
