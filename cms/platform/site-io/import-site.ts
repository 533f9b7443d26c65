// Site as code → database: validates the whole folder first (schema, images, seating plans, theme), then creates
// the tenant and its content. If anything fails after that, the new tenant is removed again, so a
// failed import leaves the database as it was.
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload } from 'payload'

import { checkSiteFolder } from '../../../src/domain/sites/site-folder'
import type { RichText, SiteBlock, SiteFile } from '../../../src/domain/sites/site-schema'
import { themeNames } from '../themes'
import { createShop } from './import-shop'
import { createTicketing, readTicketingPlans, type TicketingPlans } from './import-ticketing'

export class SiteImportError extends Error {
  constructor(
    message: string,
    readonly problems: { path: string; message: string }[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n')}` : message)
  }
}

export type ImportOptions = {
  /** Replace the tenant slug and name of the file (sign-up from the starter). */
  tenant?: { slug: string; name: string }
  /** Mark the file's domains verified (demo data only; real domains verify through DNS). */
  trustDomains?: boolean
}

const MIME: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp' }

async function readSiteFolder(dir: string): Promise<{ site: SiteFile; plans: TicketingPlans }> {
  const result = await checkSiteFolder(dir)
  if (!result.ok) throw new SiteImportError(`${dir} is not a valid site:`, result.problems)
  const plans = await readTicketingPlans(dir, result.site.ticketing)
  if (!plans.ok) throw new SiteImportError(`${dir} is not a valid site:`, plans.problems)
  return { site: result.site, plans: plans.plans }
}

export async function importSite(payload: Payload, dir: string, options: ImportOptions = {}): Promise<{ tenantId: number }> {
  const { site: file, plans } = await readSiteFolder(dir)
  const site: SiteFile = options.tenant ? { ...file, tenant: { ...file.tenant, ...options.tenant }, domains: [] } : file
  if (!themeNames().includes(site.theme)) throw new SiteImportError(`${dir}: theme "${site.theme}" is not in themes/ (${themeNames().join(', ')}).`)
  const existing = await payload.count({ collection: 'tenants', where: { slug: { equals: site.tenant.slug } } })
  if (existing.totalDocs > 0) throw new SiteImportError(`A site with the address "${site.tenant.slug}" already exists.`)

  const tenant = await payload.create({
    collection: 'tenants',
    data: { name: site.tenant.name, slug: site.tenant.slug, vertical: site.tenant.vertical, contactEmail: site.tenant.contactEmail },
    overrideAccess: true,
  })
  try {
    await createContent(payload, dir, site, tenant.id, options, plans)
  } catch (error) {
    await payload.delete({ collection: 'tenants', id: tenant.id, overrideAccess: true })
    throw error
  }
  return { tenantId: tenant.id }
}

async function createContent(payload: Payload, dir: string, site: SiteFile, tenant: number, options: ImportOptions, plans: TicketingPlans) {
  const base = { overrideAccess: true, depth: 0 } as const
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const richText = (value: RichText) => (typeof value === 'string' ? convertMarkdownToLexical({ editorConfig, markdown: value }) : value)

  const uploaded = new Map<string, number>()
  const image = async (file: string | undefined, alt = ''): Promise<number | undefined> => {
    if (!file) return undefined
    const known = uploaded.get(file)
    if (known !== undefined) return known
    const data = await readFile(path.join(dir, file))
    const media = await payload.create({
      collection: 'media',
      data: { alt, tenant },
      file: { data, mimetype: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream', name: path.basename(file), size: data.length },
      ...base,
    })
    uploaded.set(file, media.id)
    return media.id
  }

  await payload.create({
    collection: 'site-settings',
    data: {
      tenant,
      theme: site.theme,
      tagline: site.tenant.tagline,
      logo: await image(site.brand.logo, site.tenant.name),
      favicon: await image(site.brand.favicon),
      headerImage: await image(site.brand.headerImage),
      colors: site.brand.colors,
      fonts: site.brand.fonts as never,
      customCss: site.customCss,
      seoTitle: site.seo?.title,
      seoDescription: site.seo?.description,
      seoImage: await image(site.seo?.image),
    },
    ...base,
  })
  await payload.create({ collection: 'navigation', data: { tenant, header: site.navigation.header, footer: site.navigation.footer }, ...base })

  const galleryIds = new Map<string, number>()
  for (const [position, gallery] of site.galleries.entries()) {
    const photos = []
    for (const photo of gallery.photos) photos.push({ image: (await image(photo.image, photo.alt))!, alt: photo.alt, caption: photo.caption })
    const doc = await payload.create({
      collection: 'galleries',
      data: { tenant, title: gallery.title, slug: gallery.slug, description: gallery.description, cover: await image(gallery.cover), position, photos },
      ...base,
    })
    galleryIds.set(gallery.slug, doc.id)
  }

  const block = async (b: SiteBlock) => {
    switch (b.type) {
      case 'hero':
        return { blockType: 'hero', heading: b.heading, subheading: b.subheading, image: await image(b.image), cta: b.cta ?? {} }
      case 'richText':
        return { blockType: 'richText', body: richText(b.body) }
      case 'image':
        return { blockType: 'image', image: await image(b.image, b.alt), alt: b.alt, caption: b.caption }
      case 'gallery':
        return { blockType: 'gallery', gallery: galleryIds.get(b.gallery), heading: b.heading, limit: b.limit }
      case 'video':
        return { blockType: 'video', url: b.url, caption: b.caption }
      case 'cta':
        return { blockType: 'cta', heading: b.heading, text: b.text, label: b.label, href: b.href }
      case 'columns':
        return { blockType: 'columns', columns: b.columns.map((column) => ({ body: richText(column.body) })) }
      case 'contactForm':
        return { blockType: 'contactForm', heading: b.heading, intro: b.intro, submitLabel: b.submitLabel }
    }
  }

  const seo = async (value: SiteFile['pages'][number]['seo']) => (value ? { title: value.title, description: value.description, image: await image(value.image) } : undefined)
  for (const page of site.pages) {
    const layout = []
    for (const b of page.layout) layout.push(await block(b))
    await payload.create({
      collection: 'pages',
      data: { tenant, title: page.title, slug: page.slug, layout: layout as never, seo: await seo(page.seo), _status: page.status },
      draft: page.status === 'draft',
      ...base,
    })
  }
  for (const post of site.posts) {
    await payload.create({
      collection: 'posts',
      data: {
        tenant,
        title: post.title,
        slug: post.slug,
        excerpt: post.excerpt,
        cover: await image(post.cover),
        body: richText(post.body) as never,
        author: post.author,
        tags: post.tags,
        publishedAt: post.publishedAt,
        _status: post.status,
      },
      draft: post.status === 'draft',
      ...base,
    })
  }
  for (const domain of site.domains ?? []) {
    const doc = await payload.create({ collection: 'domains', data: { tenant, host: domain.host }, ...base })
    if (domain.verified && options.trustDomains) {
      await payload.update({ collection: 'domains', id: doc.id, data: { status: 'verified', verifiedAt: new Date().toISOString() }, ...base })
    }
  }
  await createShop(payload, tenant, site.shop, image)
  await createTicketing(payload, tenant, site.ticketing, plans, image)
}
