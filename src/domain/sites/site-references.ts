// Rules across a whole site file that one field's schema cannot see:
// links that land on a page, a post, a gallery or a product; blocks naming an existing gallery.
import { formatPath, type SiteFile, type SiteProblem } from './site-schema'

export type ImageReference = { path: string; file: string }

const IMAGE_FIELDS = new Set(['image', 'cover', 'logo', 'favicon', 'headerImage'])
/** Fields holding a list of images (a product's photos). */
const IMAGE_LIST_FIELDS = new Set(['images'])

/**
 * Every image a site file points at, with the field that points at it. Works on raw JSON too,
 * so missing files are reported alongside schema problems.
 */
export function findImageReferences(json: unknown): ImageReference[] {
  const refs: ImageReference[] = []
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]))
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (IMAGE_FIELDS.has(key) && typeof child === 'string')
          refs.push({ path: formatPath([...path, key]), file: child })
        else if (IMAGE_LIST_FIELDS.has(key) && Array.isArray(child))
          child.forEach((file, i) => {
            if (typeof file === 'string') refs.push({ path: formatPath([...path, key, i]), file })
          })
        else visit(child, [...path, key])
      }
    }
  }
  visit(json, [])
  return refs
}

/** Internal links that land nowhere, and gallery blocks naming no gallery. */
export function findReferenceProblems(site: SiteFile): SiteProblem[] {
  return [...unreachableLinks(site), ...unknownGalleries(site)]
}

function linksOf(site: SiteFile): { path: string; href: string }[] {
  const links = [
    ...site.navigation.header.map((link, i) => ({ path: `navigation.header[${i}].href`, href: link.href })),
    ...site.navigation.footer.map((link, i) => ({ path: `navigation.footer[${i}].href`, href: link.href })),
  ]
  site.pages.forEach((page, p) =>
    page.layout.forEach((block, b) => {
      const at = `pages[${p}].layout[${b}]`
      if (block.type === 'hero' && block.cta) links.push({ path: `${at}.cta.href`, href: block.cta.href })
      if (block.type === 'cta') links.push({ path: `${at}.href`, href: block.href })
    }),
  )
  const termsUrl = site.shop?.settings?.termsUrl
  if (termsUrl) links.push({ path: 'shop.settings.termsUrl', href: termsUrl })
  return links
}

function unreachableLinks(site: SiteFile): SiteProblem[] {
  const problems: SiteProblem[] = []
  for (const { path, href } of linksOf(site)) {
    const message = whyLinkDoesNotResolve(site, href)
    if (message) problems.push({ path, message })
  }
  return problems
}

/** `undefined` when an internal link lands on a published page, post, gallery, product or event of the site, or the cart. */
export function whyLinkDoesNotResolve(site: SiteFile, href: string): string | undefined {
  if (!href.startsWith('/')) return undefined
  const [section, slug, ...rest] = href.split('/').filter(Boolean)
  if (section === undefined) return pageProblem(site, 'home', href)
  if (rest.length > 0) return `"${href}" is too deep; internal links have at most two parts`
  if (section === 'blog') {
    if (slug === undefined) return undefined
    const post = site.posts.find((candidate) => candidate.slug === slug)
    if (!post) return `"${href}" points to a post "${slug}" that the site does not have`
    return post.status === 'draft' ? `"${href}" points to post "${slug}", which is a draft` : undefined
  }
  if (section === 'galeries') {
    if (slug === undefined || site.galleries.some((gallery) => gallery.slug === slug)) return undefined
    return `"${href}" points to a gallery "${slug}" that the site does not have`
  }
  if (section === 'boutique') return slug === undefined ? undefined : productProblem(site, slug, href)
  if (section === 'panier' && slug === undefined) return undefined
  if (section === 'billetterie') {
    if (slug === undefined || site.ticketing?.events.some((event) => event.slug === slug)) return undefined
    return `"${href}" points to an event "${slug}" that the ticketing section does not have`
  }
  if (slug !== undefined) return `"${href}" does not match any page; pages live at "/<slug>"`
  if (section === 'home') return `link to the home page as "/", not "/home"`
  return pageProblem(site, section, href)
}

function pageProblem(site: SiteFile, slug: string, href: string): string | undefined {
  const page = site.pages.find((candidate) => candidate.slug === slug)
  if (!page) return `"${href}" points to a page "${slug}" that the site does not have`
  return page.status === 'draft' ? `"${href}" points to page "${slug}", which is a draft` : undefined
}

function productProblem(site: SiteFile, slug: string, href: string): string | undefined {
  const product = site.shop?.products.find((candidate) => candidate.slug === slug)
  if (!product) return `"${href}" points to a product "${slug}" that the shop does not have`
  return product.active ? undefined : `"${href}" points to product "${slug}", which is not on sale`
}

function unknownGalleries(site: SiteFile): SiteProblem[] {
  const slugs = new Set(site.galleries.map((gallery) => gallery.slug))
  const problems: SiteProblem[] = []
  site.pages.forEach((page, p) =>
    page.layout.forEach((block, b) => {
      if (block.type === 'gallery' && !slugs.has(block.gallery)) {
        problems.push({
          path: `pages[${p}].layout[${b}].gallery`,
          message: `no gallery has slug "${block.gallery}"`,
        })
      }
    }),
  )
  return problems
}
