import type { CollectionConfig, PayloadRequest } from 'payload'

import { tenantOrigin } from '../../src/lib/platform'
import { createPreviewToken } from '../../src/lib/preview-token'

type Doc = { id?: number | string; slug?: string; tenant?: number | string | { id: number | string; slug?: string } }

/** The public path of a document on its tenant's site. */
const publicPath = (collection: string, slug = ''): string =>
  collection === 'posts' ? `/blog/${slug}` : collection === 'galleries' ? `/galeries/${slug}` : slug === 'home' ? '/' : `/${slug}`

async function previewUrl(collection: string, data: Doc, req: PayloadRequest): Promise<string> {
  const tenantId = typeof data.tenant === 'object' ? data.tenant?.id : data.tenant
  if (!tenantId || !data.id) return ''
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, req })
  const token = createPreviewToken({ tenant: tenantId, collection, id: data.id }, req.payload.secret)
  const path = publicPath(collection, data.slug)
  return `${tenantOrigin(String(tenant.slug))}${path}?preview=${collection}:${data.id}:${token}`
}

/** Preview and live preview on the real themed site, for pages and posts. */
export const previewAdmin = (collection: string): CollectionConfig['admin'] => ({
  preview: (data, { req }) => previewUrl(collection, data as Doc, req),
  livePreview: { url: ({ data, req }) => previewUrl(collection, data as Doc, req) },
})
