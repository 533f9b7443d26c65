// The two caches of the sites: Host → resolved site, and rendered pages. The admin (Next bundle)
// and the sites (Astro bundle) load separate copies of this module in the one process, so the
// state lives on globalThis where the content hooks of either can invalidate it.
//
// Across processes, a page is keyed by its tenant's contentVersion (bumped in the database by
// every content change) and a host resolution lives RESOLUTION_TTL_MS: another process serves the
// change within that time; this process at once.

export const RESOLUTION_TTL_MS = 2_000
/** Even unchanged content is re-rendered this often: scheduled posts appear on time. */
export const PAGE_TTL_MS = 60_000
const MAX_PAGES = 2_000
const MAX_PAGE_BYTES = 512 * 1024

export type CachedPage = { status: number; headers: [string, string][]; body: string; expires: number; tenant: string }
type Store = { resolutions: Map<string, { value: unknown; expires: number }>; pages: Map<string, CachedPage> }

const store: Store = ((globalThis as { __vitrineSiteCache?: Store }).__vitrineSiteCache ??= { resolutions: new Map(), pages: new Map() })

export function cachedResolution<T>(host: string): T | undefined {
  const hit = store.resolutions.get(host)
  return hit && hit.expires > Date.now() ? (hit.value as T) : undefined
}

export function rememberResolution(host: string, value: unknown): void {
  store.resolutions.set(host, { value, expires: Date.now() + RESOLUTION_TTL_MS })
}

export function cachedPage(key: string): CachedPage | undefined {
  const hit = store.pages.get(key)
  if (!hit) return undefined
  if (hit.expires <= Date.now()) {
    store.pages.delete(key)
    return undefined
  }
  // Map order is insertion order: re-inserting keeps the most recently used last.
  store.pages.delete(key)
  store.pages.set(key, hit)
  return hit
}

export function rememberPage(key: string, page: Omit<CachedPage, 'expires'>): void {
  if (page.body.length > MAX_PAGE_BYTES) return
  store.pages.set(key, { ...page, expires: Date.now() + PAGE_TTL_MS })
  while (store.pages.size > MAX_PAGES) store.pages.delete(store.pages.keys().next().value!)
}

/** After a change to a tenant's content, settings or domains: nothing of it is served from cache. */
export function invalidateTenant(tenantId: number | string): void {
  store.resolutions.clear()
  for (const [key, page] of store.pages) if (page.tenant === String(tenantId)) store.pages.delete(key)
}
