import { escapeXml } from './xml'

export const CHANGE_FREQUENCIES = ['always', 'hourly', 'daily', 'weekly', 'monthly', 'yearly', 'never'] as const
export type ChangeFrequency = (typeof CHANGE_FREQUENCIES)[number]

export interface SitemapUrl {
  loc: string
  lastmod?: Date | string
  changefreq?: ChangeFrequency
  priority?: number
}

/** The sitemap protocol's limit for one file. */
export const MAX_SITEMAP_URLS = 50_000

export function sitemapXml(urls: SitemapUrl[]): string {
  if (urls.length > MAX_SITEMAP_URLS) {
    throw new RangeError(`A sitemap holds at most ${MAX_SITEMAP_URLS} URLs; this one has ${urls.length}: split it with a sitemap index.`)
  }
  const entries = urls.map(({ loc, lastmod, changefreq, priority }) => {
    const lines = [`<loc>${escapeXml(loc)}</loc>`]
    if (lastmod !== undefined) {
      const date = new Date(lastmod)
      if (!Number.isNaN(date.getTime())) lines.push(`<lastmod>${date.toISOString()}</lastmod>`)
    }
    if (changefreq && CHANGE_FREQUENCIES.includes(changefreq)) lines.push(`<changefreq>${changefreq}</changefreq>`)
    if (priority !== undefined) lines.push(`<priority>${Math.min(1, Math.max(0, priority)).toFixed(1)}</priority>`)
    return `<url>${lines.join('')}</url>`
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n')
}
