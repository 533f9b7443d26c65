// Database → site as code: the tenant's settings, navigation, pages, posts, galleries, shop and
// ticketing as a site.json with its images (and seating plans) beside it. Rich text is written as
// Lexical JSON, so nothing is lost.
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Gallery, Media, Page, Post } from '../../payload-types'
import { SITE_FILE_NAME } from '../../../src/domain/sites/site-folder'
import type { SiteBlock, SiteFile, SiteFileInput } from '../../../src/domain/sites/site-schema'
import { relationId } from '../../relation-id'
import { mediaDir } from '../collections/media'
import { exportShop } from './export-shop'
import { exportTicketing } from './export-ticketing'
import { defined, orUndefined } from './file-values'

export async function exportSite(payload: Payload, slug: string, outDir: string): Promise<SiteFileInput> {
  const base = { overrideAccess: true, depth: 0, limit: 0, pagination: false } as const
  const { docs: tenants } = await payload.find({ collection: 'tenants', where: { slug: { equals: slug } }, ...base })
  const tenant = tenants[0]
  if (!tenant) throw new Error(`No site with the address "${slug}".`)
  const scoped = { tenant: { equals: tenant.id } }
  const [settingsResult, navResult, media, galleries, pages, posts, domains] = await Promise.all([
    payload.find({ collection: 'site-settings', where: scoped, ...base }),
    payload.find({ collection: 'navigation', where: scoped, ...base }),
    payload.find({ collection: 'media', where: scoped, ...base }),
    payload.find({ collection: 'galleries', where: scoped, sort: 'position', ...base }),
    payload.find({ collection: 'pages', where: scoped, sort: 'createdAt', draft: true, ...base }),
    payload.find({ collection: 'posts', where: scoped, sort: 'publishedAt', draft: true, ...base }),
    payload.find({ collection: 'domains', where: scoped, sort: 'host', ...base }),
  ])
  const settings = settingsResult.docs[0]
  const nav = navResult.docs[0]

  await mkdir(path.join(outDir, 'images'), { recursive: true })
  const mediaById = new Map(media.docs.map((doc) => [String(doc.id), doc as Media]))
  const used = new Set<Media>()
  const image = (value: unknown): string | undefined => {
    const doc = mediaById.get(String(relationId(value)))
    if (!doc?.filename) return undefined
    used.add(doc)
    return `images/${doc.filename}`
  }
  const galleryById = new Map(galleries.docs.map((doc) => [String(doc.id), doc as Gallery]))

  const block = (b: NonNullable<Page['layout']>[number]): SiteBlock | undefined => {
    switch (b.blockType) {
      case 'hero':
        return defined({ type: 'hero' as const, heading: b.heading, subheading: orUndefined(b.subheading), image: image(b.image), cta: b.cta?.label && b.cta.href ? { label: b.cta.label, href: b.cta.href } : undefined })
      case 'richText':
        return { type: 'richText', body: b.body as never }
      case 'image':
        return defined({ type: 'image' as const, image: image(b.image)!, alt: b.alt, caption: orUndefined(b.caption) })
      case 'gallery': {
        const gallery = galleryById.get(String(relationId(b.gallery)))
        return gallery ? defined({ type: 'gallery' as const, gallery: gallery.slug, heading: orUndefined(b.heading), limit: orUndefined(b.limit) }) : undefined
      }
      case 'video':
        return defined({ type: 'video' as const, url: b.url, caption: orUndefined(b.caption) })
      case 'cta':
        return defined({ type: 'cta' as const, heading: b.heading, text: orUndefined(b.text), label: b.label, href: b.href })
      case 'columns':
        return { type: 'columns', columns: b.columns.map((column) => ({ body: column.body as never })) }
      case 'contactForm':
        return defined({ type: 'contactForm' as const, heading: b.heading, intro: orUndefined(b.intro), submitLabel: orUndefined(b.submitLabel) })
    }
  }
  const seo = (value: Page['seo']) => {
    const out = defined({ title: orUndefined(value?.title), description: orUndefined(value?.description), image: image(value?.image) })
    return Object.keys(out).length ? out : undefined
  }

  const site: SiteFileInput = {
    tenant: defined({
      slug: tenant.slug,
      name: tenant.name,
      vertical: tenant.vertical ?? 'general',
      locale: 'fr' as const,
      tagline: orUndefined(settings?.tagline),
      contactEmail: orUndefined(tenant.contactEmail),
    }),
    domains: domains.docs.map((domain) => defined({ host: domain.host, verified: domain.status === 'verified' ? true : undefined })),
    theme: settings?.theme ?? 'atelier',
    brand: defined({
      logo: image(settings?.logo),
      favicon: image(settings?.favicon),
      headerImage: image(settings?.headerImage),
      colors: settings?.colors && Object.keys(defined(settings.colors)).length ? (defined(settings.colors) as SiteFile['brand']['colors']) : undefined,
      fonts: settings?.fonts && Object.keys(defined(settings.fonts)).length ? (defined(settings.fonts) as { heading?: string; body?: string }) : undefined,
    }),
    customCss: orUndefined(settings?.customCss),
    seo: (() => {
      const out = defined({ title: orUndefined(settings?.seoTitle), description: orUndefined(settings?.seoDescription), image: image(settings?.seoImage) })
      return Object.keys(out).length ? out : undefined
    })(),
    navigation: {
      header: (nav?.header ?? []).map(({ label, href }) => ({ label, href })),
      footer: (nav?.footer ?? []).map(({ label, href }) => ({ label, href })),
    },
    pages: (pages.docs as Page[]).map((page) =>
      defined({
        slug: page.slug,
        title: page.title,
        status: page._status === 'draft' ? ('draft' as const) : ('published' as const),
        seo: seo(page.seo),
        layout: (page.layout ?? []).map(block).filter((b): b is SiteBlock => b !== undefined),
      }),
    ),
    posts: (posts.docs as Post[]).map((post) =>
      defined({
        slug: post.slug,
        title: post.title,
        excerpt: post.excerpt || post.title,
        cover: image(post.cover),
        author: post.author || tenant.name,
        tags: post.tags ?? [],
        publishedAt: new Date(post.publishedAt ?? post.createdAt).toISOString(),
        status: post._status === 'draft' ? ('draft' as const) : ('published' as const),
        body: post.body as never,
      }),
    ),
    galleries: (galleries.docs as Gallery[]).map((gallery) =>
      defined({
        slug: gallery.slug,
        title: gallery.title,
        description: orUndefined(gallery.description),
        cover: image(gallery.cover),
        photos: (gallery.photos ?? []).map((photo) => defined({ image: image(photo.image)!, alt: photo.alt, caption: orUndefined(photo.caption) })),
      }),
    ),
    shop: await exportShop(payload, tenant.id, image),
    ticketing: await exportTicketing(payload, tenant.id, outDir, image),
  }
  if (!site.domains?.length) delete site.domains

  for (const doc of used) await copyFile(path.join(mediaDir(), doc.filename!), path.join(outDir, 'images', doc.filename!))
  await writeFile(path.join(outDir, SITE_FILE_NAME), `${JSON.stringify(site, null, 2)}\n`)
  return site
}
