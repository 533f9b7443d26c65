import type { CollectionBeforeDeleteHook, CollectionSlug } from 'payload'

import { relationId } from '../../relation-id'

/** Tenant-owned collections, in an order where nothing still points at what is deleted next. */
const TENANT_OWNED: CollectionSlug[] = [
  'ticket-scans', 'tickets', 'seat-reservations', 'admission-counters', 'performances', 'events', 'seating-plans',
  'customer-accounts', 'pages', 'posts', 'navigation', 'site-settings', 'galleries', 'form-submissions', 'domains',
  'discounts', 'products', 'sellers', 'delivery-methods', 'shop-settings', 'media',
]

/**
 * Deleting a site deletes everything it owns (media files included) and its memberships, before
 * the tenant row goes: the database would otherwise null the rows' tenant and orphan them.
 */
export const deleteTenantContent: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const collection of TENANT_OWNED) {
    await req.payload.delete({ collection, where: { tenant: { equals: id } }, overrideAccess: true, req })
  }
  const { docs: members } = await req.payload.find({ collection: 'users', where: { 'tenants.tenant': { equals: id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })
  for (const user of members) {
    const tenants = (user.tenants ?? []).filter((row) => String(relationId(row.tenant)) !== String(id))
    await req.payload.update({ collection: 'users', id: user.id, data: { tenants }, overrideAccess: true, req })
  }
}
