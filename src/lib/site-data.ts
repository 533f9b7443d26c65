// The one door from a tenant's site to its content. Every read adds the site's tenant to the
// query, so a page cannot forget it; nothing here accepts a tenant from the request.
import type { CollectionSlug, Where } from 'payload'

import type { Gallery, Media, Navigation, Page, Post } from '../../cms/payload-types'
import { payloadClient } from './payload'
import type { Site } from './site'

type Draftable = 'pages' | 'posts'
export type DraftRequest = { collection: Draftable; id: string } | null

const PUBLISHED: Where = { _status: { equals: 'published' } }

export function siteData(site: Pick<Site, 'tenant'>, draft: DraftRequest = null) {
  const tenant = site.tenant.id
  const scoped = (where: Where = {}): Where => ({ and: [{ tenant: { equals: tenant } }, where] })
  const publishedNow = (): Where => ({ and: [PUBLISHED, { or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: new Date().toISOString() } }] }] })

  async function findOne<T>(collection: CollectionSlug, where: Where, depth = 2): Promise<T | null> {
    const payload = await payloadClient()
    const { docs } = await payload.find({ collection, where: scoped(where), limit: 1, depth, overrideAccess: true })
    return (docs[0] as T) ?? null
  }

  /** A draft for a valid preview link, else the published version. */
  async function findDraftable<T extends { id: number | string }>(collection: Draftable, where: Where): Promise<T | null> {
    const published = await findOne<T>(collection, collection === 'posts' ? { and: [where, publishedNow()] } : { and: [where, PUBLISHED] })
    if (!draft || draft.collection !== collection) return published
    const payload = await payloadClient()
    const { docs } = await payload.find({ collection, where: scoped({ and: [where, { id: { equals: draft.id } }] }), draft: true, limit: 1, depth: 2, overrideAccess: true })
    return (docs[0] as unknown as T) ?? published
  }

  return {
    page: (slug: string) => findDraftable<Page>('pages', { slug: { equals: slug } }),
    post: (slug: string) => findDraftable<Post>('posts', { slug: { equals: slug } }),

    async posts({ page = 1, perPage = 10, tag }: { page?: number; perPage?: number; tag?: string } = {}) {
      const payload = await payloadClient()
      const where: Where = tag ? { and: [publishedNow(), { tags: { in: [tag] } }] } : publishedNow()
      return payload.find({ collection: 'posts', where: scoped(where), sort: '-publishedAt', page, limit: perPage, depth: 1, overrideAccess: true })
    },

    async galleries() {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'galleries', where: scoped(), sort: 'position', limit: 100, depth: 1, overrideAccess: true })
      return docs as Gallery[]
    },
    gallery: (slug: string) => findOne<Gallery>('galleries', { slug: { equals: slug } }),
    galleryById: (id: number | string) => findOne<Gallery>('galleries', { id: { equals: id } }),
    navigation: () => findOne<Navigation>('navigation', {}, 0),
    media: (id: number | string) => findOne<Media>('media', { id: { equals: id } }, 0),

    /** Everything public, for the sitemap. */
    async publicPaths() {
      const payload = await payloadClient()
      const common = { limit: 1000, depth: 0, overrideAccess: true, select: { slug: true, updatedAt: true } } as const
      const [pages, posts, galleries] = await Promise.all([
        payload.find({ collection: 'pages', where: scoped(PUBLISHED), ...common }),
        payload.find({ collection: 'posts', where: scoped(publishedNow()), ...common }),
        payload.find({ collection: 'galleries', where: scoped(), ...common }),
      ])
      return { pages: pages.docs, posts: posts.docs, galleries: galleries.docs }
    },

    async saveContactMessage(message: { name: string; email: string; message: string; page: string }) {
      const payload = await payloadClient()
      return payload.create({ collection: 'form-submissions', data: { ...message, tenant }, overrideAccess: true })
    },
  }
}
