import { describe, expect, it } from 'vitest'
import { parseDomainName } from './hostname'

const platformDomain = 'vitrine.app'

function message(input: string): string {
  const result = parseDomainName(input, { platformDomain })
  if (result.ok) throw new Error(`expected ${input} to be refused, got ${result.host}`)
  return result.message
}

describe('parseDomainName', () => {
  it('keeps only the host of a pasted URL, lowercased', () => {
    expect(parseDomainName('  https://www.Example.com/x  ')).toEqual({ ok: true, host: 'www.example.com' })
    expect(parseDomainName('http://tickets.example.com:8443/a?b#c')).toEqual({ ok: true, host: 'tickets.example.com' })
    expect(parseDomainName('Example.COM.')).toEqual({ ok: true, host: 'example.com' })
  })

  it('converts an internationalised name to punycode', () => {
    expect(parseDomainName('www.Librairie-Café.fr')).toEqual({ ok: true, host: 'www.xn--librairie-caf-nhb.fr' })
  })

  it('refuses IP addresses and local names', () => {
    expect(message('192.168.1.10')).toMatch(/IP address/)
    expect(message('http://[::1]:3000/')).toMatch(/IP address/)
    expect(message('localhost:3000')).toMatch(/local name/)
    expect(message('atelier.localhost')).toMatch(/local name/)
  })

  it('refuses single-label names and bad characters, naming them', () => {
    expect(message('intranet')).toMatch(/no dot/)
    expect(message('my_site.com')).toMatch(/underscore/)
    expect(message('my site.com')).toMatch(/a space/)
    expect(message('-shop.example.com')).toMatch(/“-shop”.*dash/)
    expect(message('a..com')).toMatch(/empty part/)
    expect(message('')).toMatch(/Enter a domain/)
  })

  it('enforces label and total lengths', () => {
    expect(parseDomainName(`${'a'.repeat(63)}.com`).ok).toBe(true)
    expect(message(`${'a'.repeat(64)}.com`)).toMatch(/64 characters long.*at most 63/)
    const long = Array.from({ length: 5 }, () => 'b'.repeat(50)).join('.') + '.com'
    expect(message(long)).toMatch(/at most 253/)
  })

  it('refuses hosts under the platform domain', () => {
    expect(message('vitrine.app')).toMatch(/platform domain vitrine\.app/)
    expect(message('https://atelier.Vitrine.app/')).toMatch(/platform domain/)
    expect(parseDomainName('notvitrine.app', { platformDomain }).ok).toBe(true)
  })
})
