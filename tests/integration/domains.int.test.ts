// Custom domains: a clean host name, a TXT token to publish, and verification through an injected
// DNS resolver; only a verified domain is served and gets a certificate.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { verifyDomain } from '../../cms/platform/domain-verification'
import { resolveHost } from '../../src/lib/site-resolver'
import { makeTenantWithContent } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let site: Awaited<ReturnType<typeof makeTenantWithContent>>
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await bootTestPayload()
  site = await makeTenantWithContent(payload, 'domaines')
})

describe('adding a domain', () => {
  it('cleans a pasted address and gives a verification token', async () => {
    const domain = await payload.create({ collection: 'domains', data: { tenant: site.tenant.id, host: 'https://WWW.Atelier-Exemple.fr/contact' }, ...o })
    expect(domain.host).toBe('www.atelier-exemple.fr')
    expect(domain.status).toBe('pending')
    expect(domain.verificationToken).toMatch(/^vitrine-verify=[0-9a-f]{32}$/)
  })

  it('refuses an invalid host with a message, and a host already taken', async () => {
    await expect(payload.create({ collection: 'domains', data: { tenant: site.tenant.id, host: 'not a domain' }, ...o })).rejects.toThrow(/Domain|host/i)
    await expect(payload.create({ collection: 'domains', data: { tenant: site.tenant.id, host: 'www.atelier-exemple.fr' }, ...o })).rejects.toThrow()
  })
})

describe('verifying a domain', () => {
  it('fails with the reason while the TXT record is missing, and the host serves nothing', async () => {
    const { docs } = await payload.find({ collection: 'domains', where: { host: { equals: 'www.atelier-exemple.fr' } }, ...o })
    const result = await verifyDomain(payload, docs[0].id, { resolveTxt: async () => [] })
    expect(result.verified).toBe(false)
    expect(result.reason).toContain('_vitrine-challenge.www.atelier-exemple.fr')
    expect((await resolveHost('www.atelier-exemple.fr')).kind).toBe('unknown')
  })

  it('succeeds once the token is published, and the site then answers on that host', async () => {
    const { docs } = await payload.find({ collection: 'domains', where: { host: { equals: 'www.atelier-exemple.fr' } }, ...o })
    const token = docs[0].verificationToken!
    const asked: string[] = []
    const result = await verifyDomain(payload, docs[0].id, {
      resolveTxt: async (name) => (asked.push(name), [['other=1'], [token]]),
    })
    expect(result.verified).toBe(true)
    expect(asked).toEqual(['_vitrine-challenge.www.atelier-exemple.fr'])
    const fresh = await payload.findByID({ collection: 'domains', id: docs[0].id, ...o })
    expect(fresh.status).toBe('verified')
    const resolved = await resolveHost('www.atelier-exemple.fr:443')
    expect(resolved.kind === 'site' && resolved.site.tenant.slug).toBe('domaines')
  })

  it('refuses to verify a domain of another tenant for a user of this one', async () => {
    const other = await makeTenantWithContent(payload, 'voisin')
    const user = await payload.create({
      collection: 'users',
      data: { email: 'owner@domaines.example', password: 'correct horse battery', tenants: [{ tenant: site.tenant.id, roles: ['owner'] }] },
      ...o,
    })
    await expect(verifyDomain(payload, other.domain.id, { user: { ...user, collection: 'users' } as never, resolveTxt: async () => [] })).rejects.toThrow()
    const untouched = await payload.findByID({ collection: 'domains', id: other.domain.id, ...o })
    expect(untouched.lastCheck ?? null).toBeNull()
  })
})
