import { canonicalUrl } from './canonical'

export interface SiteSeo {
  name: string
  origin: string
  description?: string
  /** BCP 47, e.g. `fr-FR`; becomes `og:locale` `fr_FR`. */
  locale?: string
  defaultImage?: SeoImage
  twitterHandle?: string
}

export interface SeoImage {
  url: string
  width?: number
  height?: number
  alt?: string
}

export interface PageSeo {
  path: string
  title?: string
  description?: string
  image?: SeoImage
  type?: 'website' | 'article' | 'product' | 'profile'
  noindex?: boolean
  publishedAt?: Date | string
  modifiedAt?: Date | string
}

export type MetaTag = { name: string; content: string } | { property: string; content: string }

export interface PageMeta {
  title: string
  description: string | undefined
  canonical: string
  tags: MetaTag[]
}

const DESCRIPTION_LENGTH = 160

/** Cuts a description at a word boundary so snippets do not end mid-word. */
export function truncateDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '')}…`
}

const toIso = (date: Date | string) => new Date(date).toISOString()

/** Title, description, canonical URL and the Open Graph / Twitter tags of one page. */
export function buildMeta({ site, page }: { site: SiteSeo; page: PageSeo }): PageMeta {
  const title = page.title && page.title !== site.name ? `${page.title} · ${site.name}` : site.name
  const rawDescription = page.description ?? site.description
  const description = rawDescription ? truncateDescription(rawDescription) : undefined
  const canonical = canonicalUrl(site.origin, page.path)
  const image = page.image ?? site.defaultImage
  const tags: MetaTag[] = []
  const add = (key: 'name' | 'property', id: string, content: string | number | undefined) => {
    if (content === undefined || content === '') return
    tags.push(key === 'name' ? { name: id, content: String(content) } : { property: id, content: String(content) })
  }
  add('name', 'description', description)
  if (page.noindex) add('name', 'robots', 'noindex, nofollow')
  add('property', 'og:title', page.title ?? site.name)
  add('property', 'og:description', description)
  add('property', 'og:url', canonical)
  add('property', 'og:type', page.type ?? 'website')
  add('property', 'og:site_name', site.name)
  add('property', 'og:locale', site.locale?.replace('-', '_'))
  if (image) {
    add('property', 'og:image', new URL(image.url, site.origin).href)
    add('property', 'og:image:width', image.width)
    add('property', 'og:image:height', image.height)
    add('property', 'og:image:alt', image.alt)
  }
  if (page.type === 'article') {
    if (page.publishedAt) add('property', 'article:published_time', toIso(page.publishedAt))
    if (page.modifiedAt) add('property', 'article:modified_time', toIso(page.modifiedAt))
  }
  add('name', 'twitter:card', image ? 'summary_large_image' : 'summary')
  add('name', 'twitter:site', site.twitterHandle)
  return { title, description, canonical, tags }
}
