import type { APIRoute } from 'astro'

import { rssFeed } from '../../domain/feeds/rss'
import { siteData } from '../../lib/site-data'

export const GET: APIRoute = async ({ locals }) => {
  const site = locals.site!
  const { docs } = await siteData(site).posts({ perPage: 30 })
  const xml = rssFeed({
    title: site.tenant.name,
    link: `${site.origin}/blog`,
    feedUrl: `${site.origin}/blog/rss.xml`,
    description: site.settings?.tagline ?? `Actualités de ${site.tenant.name}`,
    language: 'fr',
    items: docs.map((post) => ({
      title: post.title,
      link: `${site.origin}/blog/${post.slug}`,
      guid: `${site.origin}/blog/${post.slug}`,
      pubDate: new Date(post.publishedAt ?? post.createdAt),
      description: post.excerpt ?? '',
      categories: post.tags ?? [],
    })),
  })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8', 'cache-control': 'public, max-age=300' } })
}
