import { isIP } from 'node:net'
import { classifyHost } from '../tenancy/resolve-host'

export interface CertificatePolicy {
  platformDomain: string
  isVerifiedCustomDomain: (host: string) => boolean | Promise<boolean>
  tenantSlugExists: (slug: string) => boolean | Promise<boolean>
}

/**
 * Answers Caddy's on-demand TLS `ask`: a certificate only for the platform, an existing tenant's
 * subdomain or a verified custom domain, so nobody can make us request certificates for any name.
 */
export async function shouldIssueCertificate(host: string, policy: CertificatePolicy): Promise<boolean> {
  if (isIP(host.replace(/^\[|\]$/g, '')) !== 0) return false
  const target = classifyHost(host, policy.platformDomain)
  switch (target.kind) {
    case 'platform':
      return true
    case 'subdomain':
      return await policy.tenantSlugExists(target.slug)
    case 'custom':
      return await policy.isVerifiedCustomDomain(target.host)
    case 'invalid':
      return false
  }
}
