// Every site route, on two tenants' hosts: a tenant's host never shows, lists, searches or serves
// the other's pages, posts, tags, galleries or images.
import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import type { SiteFile } from '../../src/domain/sites/site-schema'
import { request } from '../support/http'

const site = (slug: string) => JSON.parse(readFileSync(`sites/${slug}/site.json`, 'utf8')) as SiteFile
const A = site('atelier-lumiere')
const B = site('librairie-des-quais')
const host = (s: SiteFile) => `${s.tenant.slug}.localhost`
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"')

/** Every public route of a site, from its own site file. */
function routes(s: SiteFile): string[] {
  return [
    ...s.pages.filter((p) => p.status !== 'draft').map((p) => (p.slug === 'home' ? '/' : `/${p.slug}`)),
    '/blog',
    '/blog/rss.xml',
    ...s.posts.map((p) => `/blog/${p.slug}`),
    ...[...new Set(s.posts.flatMap((p) => p.tags))].map((tag) => `/blog/tag/${encodeURIComponent(tag)}`),
    '/galeries',
    ...s.galleries.map((g) => `/galeries/${g.slug}`),
    '/sitemap.xml',
    '/robots.txt',
  ]
}

/** Strings that only the other tenant's content contains. */
const fingerprints = (s: SiteFile, other: SiteFile) =>
  [s.tenant.name, ...s.posts.map((p) => p.title), ...s.galleries.map((g) => g.title)].filter(
    (text) => !JSON.stringify(other).includes(text),
  )

describe.each([
  [A, B],
  [B, A],
])('the host of $tenant.slug', (self, other) => {
  it.each(routes(self))('%s shows only its own tenant', async (path) => {
    const res = await request(host(self), path)
    expect(res.status, path).toBe(200)
    const body = decode(res.body)
    expect(fingerprints(other, self).length).toBeGreaterThan(3)
    for (const text of fingerprints(other, self)) expect(body, `${path} shows "${text}"`).not.toContain(text)
  })

  it('answers 404 for the other tenant’s posts, galleries, pages and tags', async () => {
    const theirs = [
      ...other.posts.filter((p) => !self.posts.some((q) => q.slug === p.slug)).map((p) => `/blog/${p.slug}`),
      ...other.galleries.filter((g) => !self.galleries.some((h) => h.slug === g.slug)).map((g) => `/galeries/${g.slug}`),
      ...other.pages.filter((p) => !self.pages.some((q) => q.slug === p.slug)).map((p) => `/${p.slug}`),
      ...[...new Set(other.posts.flatMap((p) => p.tags))].filter((t) => !self.posts.some((p) => p.tags.includes(t))).map((t) => `/blog/tag/${encodeURIComponent(t)}`),
    ]
    expect(theirs.length).toBeGreaterThan(3)
    for (const path of theirs) expect((await request(host(self), path)).status, path).toBe(404)
  })

  it('serves none of the other tenant’s images', async () => {
    const home = await request(host(other), '/')
    const images = [...new Set([...home.body.matchAll(/\/media\/\d+\/\d+\.(?:jpeg|webp|avif)/g)].map((m) => m[0]))]
    expect(images.length).toBeGreaterThan(0)
    for (const image of images) expect((await request(host(self), image)).status, image).toBe(404)
  })
})
