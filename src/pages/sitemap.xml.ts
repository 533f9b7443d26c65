import type { APIRoute } from 'astro'

import { sitemapXml } from '../domain/seo/sitemap'
import { siteData } from '../lib/site-data'

export const GET: APIRoute = async ({ locals }) => {
  const site = locals.site!
  const { pages, posts, galleries } = await siteData(site).publicPaths()
  const at = (path: string, lastmod?: string) => ({ loc: `${site.origin}${path}`, lastmod })
  const xml = sitemapXml([
    ...pages.map((page) => at(page.slug === 'home' ? '/' : `/${page.slug}`, page.updatedAt)),
    at('/blog'),
    ...posts.map((post) => at(`/blog/${post.slug}`, post.updatedAt)),
    ...(galleries.length ? [at('/galeries')] : []),
    ...galleries.map((gallery) => at(`/galeries/${gallery.slug}`, gallery.updatedAt)),
  ])
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
