export type JsonLd = Record<string, unknown>

const CONTEXT = 'https://schema.org'
const toIso = (date: Date | string | undefined) => (date === undefined ? undefined : new Date(date).toISOString())

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the JavaScript line
 * separators are escaped so no value can close the script element or break the parser.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

export interface WebSiteInput {
  name: string
  url: string
  /** Search URL with `{search_term_string}` where the query goes, e.g. `https://x/recherche?q={search_term_string}`. */
  searchUrlTemplate?: string
  inLanguage?: string
}

export function webSiteJsonLd({ name, url, searchUrlTemplate, inLanguage }: WebSiteInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name,
    url,
    inLanguage,
    potentialAction: searchUrlTemplate
      ? { '@type': 'SearchAction', target: { '@type': 'EntryPoint', urlTemplate: searchUrlTemplate }, 'query-input': 'required name=search_term_string' }
      : undefined,
  }
}

export interface PostalAddressInput {
  streetAddress?: string
  postalCode?: string
  addressLocality?: string
  addressCountry?: string
}

export interface OrganizationInput {
  name: string
  url: string
  logo?: string
  email?: string
  telephone?: string
  sameAs?: string[]
  address?: PostalAddressInput
}

export function organizationJsonLd({ name, url, logo, email, telephone, sameAs, address }: OrganizationInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name,
    url,
    logo,
    email,
    telephone,
    sameAs: sameAs?.length ? sameAs : undefined,
    address: address ? { '@type': 'PostalAddress', ...address } : undefined,
  }
}

export interface ArticleInput {
  title: string
  url: string
  description?: string
  image?: string | string[]
  datePublished: Date | string
  dateModified?: Date | string
  authorName?: string
  publisher: { name: string; logo?: string }
}

export function articleJsonLd(post: ArticleInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BlogPosting',
    headline: post.title,
    url: post.url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': post.url },
    description: post.description,
    image: post.image,
    datePublished: toIso(post.datePublished),
    dateModified: toIso(post.dateModified ?? post.datePublished),
    author: post.authorName ? { '@type': 'Person', name: post.authorName } : { '@type': 'Organization', name: post.publisher.name },
    publisher: {
      '@type': 'Organization',
      name: post.publisher.name,
      logo: post.publisher.logo ? { '@type': 'ImageObject', url: post.publisher.logo } : undefined,
    },
  }
}

export interface GalleryInput {
  name: string
  url: string
  description?: string
  images: { url: string; caption?: string; width?: number; height?: number }[]
}

export function imageGalleryJsonLd({ name, url, description, images }: GalleryInput): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'ImageGallery',
    name,
    url,
    description,
    image: images.map((image) => ({
      '@type': 'ImageObject',
      contentUrl: image.url,
      caption: image.caption,
      width: image.width,
      height: image.height,
    })),
  }
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  }
}
