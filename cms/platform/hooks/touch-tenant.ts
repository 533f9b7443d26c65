import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { invalidateTenant } from '../../../src/lib/site-cache'
import { relationId } from '../../relation-id'

/**
 * After any change to a site's content, settings or domains: bump the tenant's contentVersion
 * (other processes key their page caches on it) and drop this process's cached pages at once.
 */
export const touchTenant: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  const tenantId = collection.slug === 'tenants' ? doc.id : relationId(doc.tenant)
  if (tenantId === undefined) return doc
  if (collection.slug !== 'tenants') {
    // Straight to the adapter: a version stamp needs no hooks, validation or access.
    await req.payload.db.updateOne({ collection: 'tenants', id: tenantId, data: { contentVersion: Date.now() }, req, returning: false })
  }
  invalidateTenant(tenantId)
  return doc
}
