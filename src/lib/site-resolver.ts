// Host header → tenant site, cached briefly (see site-cache.ts for how changes reach it).
import { classifyHost } from '../domain/tenancy/resolve-host'
import { payloadClient } from './payload'
import { cachedResolution, rememberResolution } from './site-cache'
import { platformDomain } from './platform'
import type { Site } from './site'
import { themeByName } from './themes'

export type Resolution = { kind: 'platform' } | { kind: 'site'; site: Omit<Site, 'origin'> } | { kind: 'unknown' }

export async function resolveHost(hostHeader: string | null): Promise<Resolution> {
  const key = (hostHeader ?? '').toLowerCase()
  const hit = cachedResolution<Resolution>(key)
  if (hit) return hit
  const value = await lookup(hostHeader)
  rememberResolution(key, value)
  return value
}

async function lookup(hostHeader: string | null): Promise<Resolution> {
  const host = classifyHost(hostHeader, platformDomain())
  if (host.kind === 'platform') return { kind: 'platform' }
  if (host.kind === 'invalid') return { kind: 'unknown' }
  const payload = await payloadClient()
  let tenantId: number | undefined
  if (host.kind === 'subdomain') {
    const { docs } = await payload.find({ collection: 'tenants', where: { slug: { equals: host.slug } }, limit: 1, depth: 0 })
    tenantId = docs[0]?.id
  } else {
    const { docs } = await payload.find({
      collection: 'domains',
      where: { host: { equals: host.host }, status: { equals: 'verified' } },
      limit: 1,
      depth: 0,
    })
    const tenant = docs[0]?.tenant
    tenantId = (typeof tenant === 'object' && tenant ? tenant.id : tenant) ?? undefined
  }
  if (tenantId === undefined) return { kind: 'unknown' }
  const [tenant, settings] = await Promise.all([
    payload.findByID({ collection: 'tenants', id: tenantId, depth: 0 }),
    payload.find({ collection: 'site-settings', where: { tenant: { equals: tenantId } }, limit: 1, depth: 1 }),
  ])
  const setting = settings.docs[0] ?? null
  return { kind: 'site', site: { tenant, settings: setting, theme: themeByName(setting?.theme) } }
}
