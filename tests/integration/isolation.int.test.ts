// Tenants never leak: with two tenants A and B, a member of A — owner or editor — and an anonymous
// visitor can neither read, list, search, create in, update nor delete anything of B, in every
// tenant-owned collection; and the site-side reader of A never returns B's rows.
import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { siteData } from '../../src/lib/site-data'
import { imageFile, jpeg, makeTenantWithContent, makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

const TENANT_COLLECTIONS = ['pages', 'posts', 'galleries', 'media', 'domains', 'navigation', 'site-settings', 'form-submissions'] as const
type Collection = (typeof TENANT_COLLECTIONS)[number]
const docKey: Record<Collection, string> = {
  pages: 'page',
  posts: 'post',
  galleries: 'gallery',
  media: 'media',
  domains: 'domain',
  navigation: 'navigation',
  'site-settings': 'settings',
  'form-submissions': 'message',
}

let payload: Payload
let a: Awaited<ReturnType<typeof makeTenantWithContent>>
let b: Awaited<ReturnType<typeof makeTenantWithContent>>
const users: Record<string, Awaited<ReturnType<typeof makeUser>>> = {}

beforeAll(async () => {
  payload = await bootTestPayload()
  a = await makeTenantWithContent(payload, 'alpha')
  b = await makeTenantWithContent(payload, 'bravo')
  users.owner = await makeUser(payload, 'owner@alpha.example', a.tenant.id, ['owner'])
  users.editor = await makeUser(payload, 'editor@alpha.example', a.tenant.id, ['editor'])
  users.ownerB = await makeUser(payload, 'owner@bravo.example', b.tenant.id, ['owner'])
})

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
const bDoc = (collection: Collection) => (b as unknown as Record<string, { id: number | string }>)[docKey[collection]]
const aDoc = (collection: Collection) => (a as unknown as Record<string, { id: number | string }>)[docKey[collection]]

describe.each(['owner', 'editor'] as const)('a %s of tenant A', (role) => {
  const as = () => ({ user: users[role], overrideAccess: false, depth: 0 })

  it.each(TENANT_COLLECTIONS)('lists only A in %s, never B', async (collection) => {
    const { docs } = await payload.find({ collection: collection as CollectionSlug, ...as(), limit: 100 })
    const tenants = new Set(docs.map((doc) => String(idOf((doc as { tenant?: unknown }).tenant))))
    expect(docs.length).toBeGreaterThan(0)
    expect([...tenants]).toEqual([String(a.tenant.id)])
  })

  it.each(TENANT_COLLECTIONS)('cannot read B by id in %s, even when searching for it', async (collection) => {
    await expect(payload.findByID({ collection: collection as CollectionSlug, id: bDoc(collection).id, ...as() })).rejects.toThrow()
    const { docs } = await payload.find({ collection: collection as CollectionSlug, where: { tenant: { equals: b.tenant.id } }, ...as() })
    expect(docs).toHaveLength(0)
  })

  it.each(TENANT_COLLECTIONS.filter((c) => c !== 'form-submissions'))('cannot update or delete B in %s', async (collection) => {
    await expect(
      payload.update({ collection: collection as CollectionSlug, id: bDoc(collection).id, data: { title: 'pwned' } as never, ...as() }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: collection as CollectionSlug, id: bDoc(collection).id, ...as() })).rejects.toThrow()
    const still = await payload.findByID({ collection: collection as CollectionSlug, id: bDoc(collection).id, overrideAccess: true, depth: 0 })
    expect((still as { title?: string }).title).not.toBe('pwned')
  })

  it('cannot create a page, post or gallery inside B', async () => {
    for (const [collection, data] of [
      ['pages', { title: 'intrus', slug: 'intrus', tenant: b.tenant.id }],
      ['posts', { title: 'intrus', slug: 'intrus', tenant: b.tenant.id, body: a.post.body }],
      ['galleries', { title: 'intrus', slug: 'intrus', tenant: b.tenant.id }],
    ] as const) {
      await expect(payload.create({ collection, data: data as never, ...as() })).rejects.toThrow()
    }
    const { totalDocs } = await payload.count({ collection: 'pages', where: { slug: { equals: 'intrus' } } })
    expect(totalDocs).toBe(0)
  })

  it('cannot upload an image into B', async () => {
    await expect(
      payload.create({ collection: 'media', data: { tenant: b.tenant.id, alt: 'intrus' }, file: imageFile(await jpeg()), ...as() }),
    ).rejects.toThrow()
    const { totalDocs } = await payload.count({ collection: 'media', where: { tenant: { equals: b.tenant.id } } })
    expect(totalDocs).toBe(1)
  })

  it('sees only its own tenant and the users of its own tenant', async () => {
    const tenants = await payload.find({ collection: 'tenants', ...as() })
    expect(tenants.docs.map((t) => t.slug)).toEqual(['alpha'])
    const visible = await payload.find({ collection: 'users', ...as(), limit: 100 })
    expect(visible.docs.map((u) => u.email)).not.toContain('owner@bravo.example')
    await expect(payload.update({ collection: 'tenants', id: b.tenant.id, data: { name: 'pwned' }, ...as() })).rejects.toThrow()
  })

  it.each(TENANT_COLLECTIONS)('can still work in A: reads its own %s by id', async (collection) => {
    const doc = await payload.findByID({ collection: collection as CollectionSlug, id: aDoc(collection).id, ...as() })
    expect(doc.id).toEqual(aDoc(collection).id)
  })
})

describe('an anonymous visitor', () => {
  it.each([...TENANT_COLLECTIONS, 'tenants', 'users'] as const)('gets nothing from %s through the API', async (collection) => {
    await expect(payload.find({ collection: collection as CollectionSlug, overrideAccess: false, depth: 0 })).rejects.toThrow()
  })
})

describe("tenant A's site", () => {
  const site = () => ({ tenant: a.tenant })

  it('shows its own page, post, gallery and navigation, never B’s', async () => {
    const data = siteData(site())
    expect((await data.page('home'))?.title).toBe('alpha home')
    expect((await data.post('news'))?.title).toBe('alpha news')
    expect((await data.gallery('photos'))?.title).toBe('alpha gallery')
    expect((await data.navigation())?.header?.[0]?.label).toBe('alpha home')
  })

  it('lists and searches only its own posts, including by B’s tag', async () => {
    const data = siteData(site())
    const all = await data.posts()
    expect(all.docs.map((p) => p.title)).toEqual(['alpha news'])
    expect((await data.posts({ tag: 'bravo-tag' })).docs).toHaveLength(0)
    expect((await data.posts({ tag: 'alpha-tag' })).docs).toHaveLength(1)
  })

  it('cannot serve B’s image or gallery by id', async () => {
    const data = siteData(site())
    expect(await data.media(b.media.id)).toBeNull()
    expect(await data.galleryById(b.gallery.id)).toBeNull()
    expect((await data.media(a.media.id))?.id).toBe(a.media.id)
  })

  it('lists only its own paths in the sitemap data', async () => {
    const { pages, posts, galleries } = await siteData(site()).publicPaths()
    expect(pages).toHaveLength(1)
    expect(posts).toHaveLength(1)
    expect(galleries).toHaveLength(1)
  })

  it('files a contact message under A only', async () => {
    const saved = await siteData(site()).saveContactMessage({ name: 'Lou', email: 'lou@example.fr', message: 'Bonjour', page: '/contact' })
    expect(idOf(saved.tenant)).toEqual(a.tenant.id)
  })
})
