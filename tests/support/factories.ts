// Small builders for tests: tenants with content, users with roles, images made in memory.
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { TenantRole } from '../../src/domain/tenancy/roles'

export async function jpeg(width = 64, height = 48, colour = '#3a6ea5'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).jpeg().toBuffer()
}

export const imageFile = (data: Buffer, name = 'photo.jpg', mimetype = 'image/jpeg') => ({ data, name, mimetype, size: data.length })

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr' as const, textFormat: 0, children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})
export const richText = paragraph

/** A tenant with one of everything tenant-owned, its titles prefixed by its slug. */
export async function makeTenantWithContent(payload: Payload, slug: string) {
  const o = { overrideAccess: true, depth: 0 } as const
  const tenant = await payload.create({ collection: 'tenants', data: { name: `Site ${slug}`, slug }, ...o })
  const t = tenant.id
  const media = await payload.create({ collection: 'media', data: { tenant: t, alt: `${slug} photo` }, file: imageFile(await jpeg()), ...o })
  const settings = await payload.create({ collection: 'site-settings', data: { tenant: t, theme: 'atelier', tagline: `${slug} tagline` }, ...o })
  const navigation = await payload.create({ collection: 'navigation', data: { tenant: t, header: [{ label: `${slug} home`, href: '/' }] }, ...o })
  const gallery = await payload.create({ collection: 'galleries', data: { tenant: t, title: `${slug} gallery`, slug: 'photos', photos: [{ image: media.id, alt: `${slug} alt` }] }, ...o })
  const page = await payload.create({
    collection: 'pages',
    data: { tenant: t, title: `${slug} home`, slug: 'home', _status: 'published', layout: [{ blockType: 'hero', heading: `Welcome to ${slug}` }] },
    ...o,
  })
  const post = await payload.create({
    collection: 'posts',
    data: { tenant: t, title: `${slug} news`, slug: 'news', body: paragraph(`${slug} body`) as never, tags: [`${slug}-tag`], _status: 'published', publishedAt: new Date(Date.now() - 60_000).toISOString() },
    ...o,
  })
  const domain = await payload.create({ collection: 'domains', data: { tenant: t, host: `www.${slug}.example` }, ...o })
  const message = await payload.create({ collection: 'form-submissions', data: { tenant: t, name: `${slug} visitor`, email: `visitor@${slug}.example`, message: 'Bonjour' }, ...o })
  return { tenant, media, settings, navigation, gallery, page, post, domain, message }
}

export async function makeUser(payload: Payload, email: string, tenant: number | null, roles: TenantRole[] = ['editor']) {
  const user = await payload.create({
    collection: 'users',
    data: { email, password: 'correct horse battery', name: email, tenants: tenant === null ? [] : [{ tenant, roles }] },
    overrideAccess: true,
  })
  // As Payload hands it to access functions after login (collection set).
  return { ...user, collection: 'users' as const }
}
