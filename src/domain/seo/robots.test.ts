import { describe, expect, it } from 'vitest'
import { robotsTxt } from './robots'

describe('robotsTxt', () => {
  it('lists disallowed paths and the sitemap', () => {
    expect(robotsTxt({ origin: 'https://a.example', disallow: ['/panier', '/compte', 'oops', '/x\nUser-agent: evil'] })).toBe(
      'User-agent: *\nDisallow: /panier\nDisallow: /compte\n\nSitemap: https://a.example/sitemap.xml\n',
    )
  })

  it('allows everything by default and blocks everything when indexing is off', () => {
    expect(robotsTxt({ origin: 'https://a.example' })).toBe('User-agent: *\nAllow: /\n\nSitemap: https://a.example/sitemap.xml\n')
    expect(robotsTxt({ origin: 'https://a.example', allowIndexing: false })).toBe('User-agent: *\nDisallow: /\n')
  })
})
