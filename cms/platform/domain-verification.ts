import { Resolver } from 'node:dns/promises'
import type { Payload, TypedUser } from 'payload'

import { verifyDomainOwnership, type ResolveTxt, type VerificationResult } from '../../src/domain/domains/verification'

/** DNS lookups go to the system resolver, or to DNS_SERVERS (comma-separated) when set. */
function defaultResolveTxt(): ResolveTxt {
  const resolver = new Resolver({ timeout: 3000, tries: 2 })
  if (process.env.DNS_SERVERS) resolver.setServers(process.env.DNS_SERVERS.split(','))
  return (name) => resolver.resolveTxt(name)
}

/**
 * Checks a domain's TXT record and stores the outcome. With a user, the domain must be one the
 * user may update (tenant access applies); the resolver is injectable for tests.
 */
export async function verifyDomain(
  payload: Payload,
  id: string | number,
  { user, resolveTxt = defaultResolveTxt() }: { user?: TypedUser; resolveTxt?: ResolveTxt } = {},
): Promise<VerificationResult & { host: string }> {
  const scope = user ? { user, overrideAccess: false } : {}
  const domain = await payload.findByID({ collection: 'domains', id, depth: 0, ...scope })
  const result = await verifyDomainOwnership(domain.host, domain.verificationToken ?? '', resolveTxt)
  await payload.update({
    collection: 'domains',
    id,
    // status and verifiedAt are closed to API writes: only this check, after the access check above, sets them.
    overrideAccess: true,
    data: {
      status: result.verified ? 'verified' : 'failed',
      verifiedAt: result.verified ? new Date().toISOString() : domain.verifiedAt,
      lastCheck: `${new Date().toISOString()}: ${result.reason}`,
    },
  })
  return { ...result, host: domain.host }
}
