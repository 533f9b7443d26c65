import { canonicalUrl } from './canonical'

export interface RobotsInput {
  origin: string
  disallow?: string[]
  /** false for a site that must not be indexed at all (staging, a tenant that asked for it). */
  allowIndexing?: boolean
  sitemapPath?: string
}

export function robotsTxt({ origin, disallow = [], allowIndexing = true, sitemapPath = '/sitemap.xml' }: RobotsInput): string {
  const lines = ['User-agent: *']
  if (!allowIndexing) {
    lines.push('Disallow: /')
    return `${lines.join('\n')}\n`
  }
  // A path with a line break could add its own directives: keep only clean, rooted paths.
  const paths = disallow.map((path) => path.trim()).filter((path) => path.startsWith('/') && !/[\r\n]/.test(path))
  if (paths.length === 0) lines.push('Allow: /')
  for (const path of paths) lines.push(`Disallow: ${path}`)
  lines.push('', `Sitemap: ${canonicalUrl(origin, sitemapPath)}`)
  return `${lines.join('\n')}\n`
}
