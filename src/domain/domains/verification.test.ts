import { describe, expect, it } from 'vitest'
import {
  createVerificationToken,
  verificationRecordName,
  verifyCname,
  verifyDomainOwnership,
  type ResolveTxt,
} from './verification'

const token = 'vitrine-verify=00112233445566778899aabbccddeeff'
const dnsError = (code: string) => Object.assign(new Error(code), { code })

describe('createVerificationToken', () => {
  it('has the prefix and 32 hex characters', () => {
    expect(createVerificationToken()).toMatch(/^vitrine-verify=[0-9a-f]{32}$/)
    expect(createVerificationToken((size) => new Uint8Array(size).fill(255))).toBe(`vitrine-verify=${'f'.repeat(32)}`)
    expect(createVerificationToken()).not.toBe(createVerificationToken())
  })
})

describe('verifyDomainOwnership', () => {
  it('looks up the challenge name and accepts the token, even split in chunks', async () => {
    const asked: string[] = []
    const resolveTxt: ResolveTxt = async (name) => {
      asked.push(name)
      return [['google-site-verification=x'], ['vitrine-verify=0011223344', '5566778899aabbccddeeff']]
    }
    expect(await verifyDomainOwnership('www.example.com', token, resolveTxt)).toEqual({
      verified: true,
      reason: 'TXT record found at _vitrine-challenge.www.example.com',
    })
    expect(asked).toEqual([verificationRecordName('www.example.com')])
    expect(asked[0]).toBe('_vitrine-challenge.www.example.com')
  })

  it('says which value was found when it is the wrong one', async () => {
    const result = await verifyDomainOwnership('example.com', token, async () => [['vitrine-verify=old']])
    expect(result.verified).toBe(false)
    expect(result.reason).toContain('“vitrine-verify=old” but should be “vitrine-verify=0011')
  })

  it('maps DNS errors to plain messages', async () => {
    const fails = (code: string) => verifyDomainOwnership('www.example.com', token, () => Promise.reject(dnsError(code)))
    expect((await fails('ENOTFOUND')).reason).toMatch(/^no TXT record found at _vitrine-challenge\.www\.example\.com/)
    expect((await fails('ENODATA')).reason).toMatch(/^no TXT record found/)
    expect((await fails('ETIMEOUT')).reason).toMatch(/timed out/)
    expect((await fails('ESERVFAIL')).reason).toMatch(/SERVFAIL/)
    expect((await fails('EWHATEVER')).reason).toMatch(/failed \(EWHATEVER\)/)
  })

  it('gives up after the timeout', async () => {
    const result = await verifyDomainOwnership('slow.example.com', token, () => new Promise(() => {}), { timeoutMs: 20 })
    expect(result).toEqual({ verified: false, reason: expect.stringMatching(/timed out/) })
  })
})

describe('verifyCname', () => {
  it('accepts the target whatever its case or trailing dot', async () => {
    const result = await verifyCname('tickets.example.com', 'sites.vitrine.app', async () => ['Sites.Vitrine.app.'])
    expect(result.verified).toBe(true)
  })

  it('says where the name points instead', async () => {
    const result = await verifyCname('tickets.example.com', 'sites.vitrine.app', async () => ['other.host.net'])
    expect(result).toEqual({
      verified: false,
      reason: 'tickets.example.com is a CNAME of other.host.net but should point to sites.vitrine.app',
    })
    const missing = await verifyCname('x.example.com', 'sites.vitrine.app', () => Promise.reject(dnsError('ENODATA')))
    expect(missing.reason).toMatch(/^no CNAME record found at x\.example\.com/)
  })
})
