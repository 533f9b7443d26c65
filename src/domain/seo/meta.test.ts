import { describe, expect, it } from 'vitest'
import { buildMeta, truncateDescription, type SiteSeo } from './meta'

const site: SiteSeo = { name: 'Atelier Lumière', origin: 'https://atelier.example.com', locale: 'fr-FR', description: 'Photographe à Lyon.' }
const content = (tags: ReturnType<typeof buildMeta>['tags'], key: string) =>
  tags.find((tag) => ('name' in tag ? tag.name : tag.property) === key)?.content

describe('buildMeta', () => {
  it('builds title, canonical and Open Graph tags for a post', () => {
    const meta = buildMeta({
      site,
      page: {
        path: '/blog/noel/',
        title: 'Séances de Noël',
        description: 'Réservez votre séance.',
        image: { url: '/media/noel.jpg', width: 1200, height: 630, alt: 'Sapin' },
        type: 'article',
        publishedAt: new Date('2025-11-02T09:00:00Z'),
      },
    })
    expect(meta.title).toBe('Séances de Noël · Atelier Lumière')
    expect(meta.canonical).toBe('https://atelier.example.com/blog/noel')
    expect(content(meta.tags, 'og:url')).toBe(meta.canonical)
    expect(content(meta.tags, 'og:image')).toBe('https://atelier.example.com/media/noel.jpg')
    expect(content(meta.tags, 'og:image:width')).toBe('1200')
    expect(content(meta.tags, 'og:locale')).toBe('fr_FR')
    expect(content(meta.tags, 'og:type')).toBe('article')
    expect(content(meta.tags, 'article:published_time')).toBe('2025-11-02T09:00:00.000Z')
    expect(content(meta.tags, 'twitter:card')).toBe('summary_large_image')
    expect(content(meta.tags, 'robots')).toBeUndefined()
  })

  it('falls back on the site for the home page and marks noindex pages', () => {
    const meta = buildMeta({ site, page: { path: '/', noindex: true } })
    expect(meta.title).toBe('Atelier Lumière')
    expect(meta.description).toBe('Photographe à Lyon.')
    expect(content(meta.tags, 'robots')).toBe('noindex, nofollow')
    expect(content(meta.tags, 'twitter:card')).toBe('summary')
    expect(content(meta.tags, 'og:image')).toBeUndefined()
  })
})

describe('truncateDescription', () => {
  it('cuts at a word and adds an ellipsis', () => {
    const text = 'mot '.repeat(60)
    const cut = truncateDescription(text)
    expect(cut.length).toBeLessThanOrEqual(160)
    expect(cut).toMatch(/ mot…$/)
  })
})
