import { isIP } from 'node:net'
import { domainToASCII } from 'node:url'

export type HostKind =
  | { kind: 'platform' }
  | { kind: 'subdomain'; slug: string }
  | { kind: 'custom'; host: string }
  | { kind: 'invalid' }

const SUBDOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/
const HOST_NAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** Lowercase host without port or trailing dot; `null` when the header cannot be a host. */
export function normaliseHostHeader(hostHeader: string | null | undefined): string | null {
  let host = (hostHeader ?? '').trim().toLowerCase()
  if (host === '') return null
  if (host.startsWith('[')) {
    const end = host.indexOf(']')
    return end === -1 ? null : host.slice(1, end)
  }
  if (isIP(host) === 6) return host
  host = host.replace(/:\d*$/, '').replace(/\.$/, '')
  if (host === '' || host.includes(':')) return null
  if (/[^\x21-\x7e]/.test(host)) host = domainToASCII(host)
  return host === '' ? null : host
}

/**
 * Says which site a request's Host header asks for. IP literals are the platform (never a tenant);
 * `www.<platform>` is the platform; `<slug>.<platform>` a tenant subdomain; other names custom domains.
 */
export function classifyHost(hostHeader: string | null | undefined, platformDomain = 'localhost'): HostKind {
  const host = normaliseHostHeader(hostHeader)
  if (host === null) return { kind: 'invalid' }
  if (isIP(host) !== 0) return { kind: 'platform' }
  const platform = platformDomain.toLowerCase().replace(/\.$/, '')
  if (host === platform || host === `www.${platform}`) return { kind: 'platform' }
  if (host.endsWith(`.${platform}`)) {
    const slug = host.slice(0, -platform.length - 1)
    return SUBDOMAIN_LABEL.test(slug) ? { kind: 'subdomain', slug } : { kind: 'invalid' }
  }
  if (host.length <= 253 && HOST_NAME.test(host) && !/^\d+$/.test(host.slice(host.lastIndexOf('.') + 1))) {
    return { kind: 'custom', host }
  }
  return { kind: 'invalid' }
}
