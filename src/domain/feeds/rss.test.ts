import { describe, expect, it } from 'vitest'
import { rssFeed } from './rss'

const feed = () =>
  rssFeed({
    title: 'Atelier & Lumière',
    link: 'https://a.example/blog/',
    description: 'Les nouvelles <de> l’atelier',
    language: 'fr-FR',
    items: [
      {
        title: 'Noël <2025>',
        link: 'https://a.example/blog/noel',
        guid: 'https://a.example/blog/noel',
        pubDate: new Date('2025-12-01T08:00:00Z'),
        description: '<p>Réservez & venez</p>',
        categories: ['Séances', 'Famille & enfants'],
      },
      { title: 'Ancien', link: 'https://a.example/blog/ancien', guid: 'post-12', pubDate: new Date('2025-01-05T08:00:00Z') },
    ],
  })

describe('rssFeed', () => {
  it('describes the channel with an atom self link and the newest date', () => {
    const xml = feed()
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0" xmlns:atom="http:\/\/www.w3.org\/2005\/Atom">/)
    expect(xml).toContain('<title>Atelier &amp; Lumière</title>')
    expect(xml).toContain('<atom:link href="https://a.example/blog/rss.xml" rel="self" type="application/rss+xml"/>')
    expect(xml).toContain('<lastBuildDate>Mon, 01 Dec 2025 08:00:00 GMT</lastBuildDate>')
    expect(xml).toContain('<language>fr-FR</language>')
  })

  it('escapes items and marks non-URL guids as not permalinks', () => {
    const xml = feed()
    expect(xml).toContain('<title>Noël &lt;2025&gt;</title>')
    expect(xml).toContain('<guid isPermaLink="true">https://a.example/blog/noel</guid>')
    expect(xml).toContain('<guid isPermaLink="false">post-12</guid>')
    expect(xml).toContain('<description>&lt;p&gt;Réservez &amp; venez&lt;/p&gt;</description>')
    expect(xml).toContain('<category>Famille &amp; enfants</category>')
    expect(xml).toContain('<pubDate>Sun, 05 Jan 2025 08:00:00 GMT</pubDate>')
    expect(xml.match(/<item>/g)).toHaveLength(2)
  })
})
