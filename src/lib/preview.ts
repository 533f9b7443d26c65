import { verifyPreviewToken } from './preview-token'
import type { DraftRequest } from './site-data'
import type { Site } from './site'

/** `?preview=<collection>:<id>:<token>` from an editor's preview link → the draft to show, if the signature holds. */
export function draftFrom(url: URL, site: Pick<Site, 'tenant'>): DraftRequest {
  const [collection, id, ...token] = (url.searchParams.get('preview') ?? '').split(':')
  if ((collection !== 'pages' && collection !== 'posts') || !id) return null
  const secret = process.env.PAYLOAD_SECRET ?? ''
  return verifyPreviewToken(token.join(':'), { tenant: site.tenant.id, collection, id }, secret) ? { collection, id } : null
}
