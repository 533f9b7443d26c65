import { describe, expect, it } from 'vitest'
import { sitemapXml } from './sitemap'

describe('sitemapXml', () => {
  it('lists URLs with escaped locations and optional fields', () => {
    const xml = sitemapXml([
      { loc: 'https://a.example/' , changefreq: 'weekly', priority: 1 },
      { loc: 'https://a.example/recherche?q=a&b=<c>', lastmod: '2025-03-04T10:00:00Z', priority: 0.55 },
    ])
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')).toBe(true)
    expect(xml).toContain('<url><loc>https://a.example/</loc><changefreq>weekly</changefreq><priority>1.0</priority></url>')
    expect(xml).toContain('<loc>https://a.example/recherche?q=a&amp;b=&lt;c&gt;</loc><lastmod>2025-03-04T10:00:00.000Z</lastmod><priority>0.6</priority>')
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true)
  })

  it('drops an unreadable date and refuses oversize sitemaps', () => {
    expect(sitemapXml([{ loc: 'https://a.example/', lastmod: 'not a date' }])).not.toContain('lastmod')
    expect(() => sitemapXml(Array.from({ length: 50_001 }, () => ({ loc: 'https://a.example/' })))).toThrow(/sitemap index/)
  })
})
