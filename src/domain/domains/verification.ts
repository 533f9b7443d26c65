import { randomBytes } from 'node:crypto'
import { resolveCname as dnsResolveCname, resolveTxt as dnsResolveTxt } from 'node:dns/promises'

export type ResolveTxt = (name: string) => Promise<string[][]>
export type ResolveCname = (name: string) => Promise<string[]>
export interface VerificationResult {
  verified: boolean
  reason: string
}

const TOKEN_PREFIX = 'vitrine-verify='
const RECORD_PREFIX = '_vitrine-challenge.'
const DEFAULT_TIMEOUT_MS = 5000

/** A token the tenant publishes in a TXT record: `vitrine-verify=<32 hex>`. */
export function createVerificationToken(random: (size: number) => Uint8Array = randomBytes): string {
  return TOKEN_PREFIX + Buffer.from(random(16)).toString('hex')
}

export function verificationRecordName(host: string): string {
  return RECORD_PREFIX + host
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })), timeoutMs)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })
}

/** Turns a DNS error into a sentence a tenant can act on. */
export function describeDnsError(error: unknown, recordType: 'TXT' | 'CNAME', name: string): string {
  const code = (error as { code?: string } | null)?.code
  switch (code) {
    case 'ENOTFOUND':
    case 'ENODATA':
      return `no ${recordType} record found at ${name}; DNS changes can take up to an hour to appear`
    case 'ETIMEOUT':
    case 'ETIMEDOUT':
      return `the DNS lookup of ${name} timed out; try again in a few minutes`
    case 'ESERVFAIL':
      return `the DNS servers of ${name} answered with an error (SERVFAIL); check the domain's DNS settings at its registrar`
    case 'ECONNREFUSED':
    case 'ECONNRESET':
      return `no DNS server could be reached to look up ${name}; try again later`
    case 'EREFUSED':
      return `the DNS server refused to look up ${name}; try again later`
    default:
      return `the DNS lookup of ${name} failed${code ? ` (${code})` : ''}`
  }
}

export interface DnsCheckOptions {
  timeoutMs?: number
}

/** Proves ownership by a TXT record `_vitrine-challenge.<host>` holding the token. */
export async function verifyDomainOwnership(
  host: string,
  token: string,
  resolveTxt: ResolveTxt = dnsResolveTxt,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: DnsCheckOptions = {},
): Promise<VerificationResult> {
  const name = verificationRecordName(host)
  let records: string[][]
  try {
    records = await withTimeout(resolveTxt(name), timeoutMs)
  } catch (error) {
    return { verified: false, reason: describeDnsError(error, 'TXT', name) }
  }
  // A long TXT record arrives split in 255-byte chunks: join them back.
  const values = records.map((chunks) => chunks.join('').trim().replace(/^"|"$/g, ''))
  if (values.includes(token)) return { verified: true, reason: `TXT record found at ${name}` }
  if (values.length === 0) return { verified: false, reason: `no TXT record found at ${name}` }
  return {
    verified: false,
    reason: `the TXT record at ${name} is “${values.join('”, “')}” but should be “${token}”`,
  }
}

const normaliseName = (name: string) => name.trim().toLowerCase().replace(/\.$/, '')

/** Proves the host points at the platform by a CNAME record to `target`. */
export async function verifyCname(
  host: string,
  target: string,
  resolveCname: ResolveCname = dnsResolveCname,
  { timeoutMs = DEFAULT_TIMEOUT_MS }: DnsCheckOptions = {},
): Promise<VerificationResult> {
  let records: string[]
  try {
    records = await withTimeout(resolveCname(host), timeoutMs)
  } catch (error) {
    return { verified: false, reason: describeDnsError(error, 'CNAME', host) }
  }
  const wanted = normaliseName(target)
  const values = records.map(normaliseName)
  if (values.includes(wanted)) return { verified: true, reason: `${host} is a CNAME of ${wanted}` }
  if (values.length === 0) return { verified: false, reason: `no CNAME record found at ${host}` }
  return { verified: false, reason: `${host} is a CNAME of ${values.join(', ')} but should point to ${wanted}` }
}
