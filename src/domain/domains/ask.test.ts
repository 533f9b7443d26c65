import { describe, expect, it } from 'vitest'
import { shouldIssueCertificate, type CertificatePolicy } from './ask'

const asked: string[] = []
const policy: CertificatePolicy = {
  platformDomain: 'vitrine.app',
  isVerifiedCustomDomain: (host) => {
    asked.push(host)
    return host === 'www.example.com'
  },
  tenantSlugExists: async (slug) => slug === 'atelier',
}

describe('shouldIssueCertificate', () => {
  it.each([
    ['vitrine.app', true],
    ['www.vitrine.app', true],
    ['atelier.vitrine.app', true],
    ['unknown.vitrine.app', false],
    ['deep.atelier.vitrine.app', false],
    ['WWW.Example.com', true],
    ['shop.example.com', false],
    ['203.0.113.9', false],
    ['', false],
  ])('%s → %s', async (host, expected) => {
    expect(await shouldIssueCertificate(host, policy)).toBe(expected)
  })

  it('asks the domain store with the normalised host', async () => {
    asked.length = 0
    await shouldIssueCertificate('WWW.EXAMPLE.COM.', policy)
    expect(asked).toEqual(['www.example.com'])
  })
})
