import type { APIRoute } from 'astro'

import { sitemapXml } from '../domain/seo/sitemap'
import { siteData } from '../lib/site-data'
import { ticketingData } from '../lib/ticketing-data'

export const GET: APIRoute = async ({ locals }) => {
  const site = locals.site!
  const { pages, posts, galleries } = await siteData(site).publicPaths()
  // Private events are left out: they are reachable by their link only.
  const events = await ticketingData(site).upcoming()
  const at = (path: string, lastmod?: string) => ({ loc: `${site.origin}${path}`, lastmod })
  const xml = sitemapXml([
    ...pages.map((page) => at(page.slug === 'home' ? '/' : `/${page.slug}`, page.updatedAt)),
    at('/blog'),
    ...posts.map((post) => at(`/blog/${post.slug}`, post.updatedAt)),
    ...(galleries.length ? [at('/galeries')] : []),
    ...galleries.map((gallery) => at(`/galeries/${gallery.slug}`, gallery.updatedAt)),
    ...(events.length ? [at('/billetterie')] : []),
    ...events.map(({ event }) => at(`/billetterie/${event.slug}`, event.updatedAt)),
  ])
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
