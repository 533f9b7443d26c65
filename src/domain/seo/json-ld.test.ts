import { describe, expect, it } from 'vitest'
import { articleJsonLd, breadcrumbJsonLd, imageGalleryJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd } from './json-ld'

describe('serializeJsonLd', () => {
  it('cannot close the script element and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script> & co \u2028\u2029' }
    const text = serializeJsonLd(data)
    expect(text).not.toMatch(/[<>&\u2028\u2029]/)
    expect(text).toContain('\\u003c/script\\u003e')
    expect(JSON.parse(text)).toEqual(data)
  })

  it('leaves out fields that were not given', () => {
    expect(serializeJsonLd(organizationJsonLd({ name: 'Atelier', url: 'https://a.example' }))).toBe(
      '{"@context":"https://schema.org","@type":"Organization","name":"Atelier","url":"https://a.example"}',
    )
  })
})

describe('JSON-LD builders', () => {
  it('describes a site with its search box', () => {
    const site = webSiteJsonLd({ name: 'Librairie', url: 'https://l.example/', searchUrlTemplate: 'https://l.example/recherche?q={search_term_string}' })
    expect(site).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction', 'query-input': 'required name=search_term_string' } })
  })

  it('describes a blog post with dates in ISO and the publisher as fallback author', () => {
    const post = articleJsonLd({
      title: 'Noël',
      url: 'https://a.example/blog/noel',
      datePublished: new Date('2025-12-01T08:00:00Z'),
      publisher: { name: 'Atelier', logo: 'https://a.example/logo.png' },
    })
    expect(post).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'Noël',
      datePublished: '2025-12-01T08:00:00.000Z',
      dateModified: '2025-12-01T08:00:00.000Z',
      author: { '@type': 'Organization', name: 'Atelier' },
      publisher: { logo: { '@type': 'ImageObject', url: 'https://a.example/logo.png' } },
    })
  })

  it('describes galleries and breadcrumbs', () => {
    const gallery = imageGalleryJsonLd({ name: 'Mariages', url: 'https://a.example/g', images: [{ url: 'https://a.example/1.jpg', caption: 'Un' }] })
    expect(gallery.image).toEqual([{ '@type': 'ImageObject', contentUrl: 'https://a.example/1.jpg', caption: 'Un', width: undefined, height: undefined }])
    const crumbs = breadcrumbJsonLd([{ name: 'Accueil', url: 'https://a.example/' }, { name: 'Blog', url: 'https://a.example/blog' }])
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Accueil', item: 'https://a.example/' },
      { '@type': 'ListItem', position: 2, name: 'Blog', item: 'https://a.example/blog' },
    ])
  })
})
