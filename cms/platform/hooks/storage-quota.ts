import { APIError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { checkUpload, storageAllowance, type PlanId } from '../../../src/domain/storage/quota'

type SizedDoc = { filesize?: number | null; sizes?: Record<string, { filesize?: number | null } | undefined> | null }
const bytesOf = (doc: SizedDoc) =>
  (doc.filesize ?? 0) + Object.values(doc.sizes ?? {}).reduce((sum, size) => sum + (size?.filesize ?? 0), 0)

import { relationId } from '../../relation-id'

async function storageUsedBy(req: PayloadRequest, tenant: number | string, excludeId?: number | string): Promise<number> {
  const { docs } = await req.payload.find({
    req,
    collection: 'media',
    where: { tenant: { equals: tenant }, ...(excludeId !== undefined ? { id: { not_equals: excludeId } } : {}) },
    limit: 0,
    depth: 0,
    pagination: false,
    select: { filesize: true, sizes: true },
  })
  return docs.reduce((sum, doc) => sum + bytesOf(doc as SizedDoc), 0)
}

/** Refuses an upload that would take the tenant over its plan's storage, before any file is written. */
export const enforceStorageQuota: CollectionBeforeChangeHook = async ({ data, req, originalDoc }) => {
  const tenantId = relationId(data.tenant ?? originalDoc?.tenant)
  if (!req.file || tenantId === undefined) return data
  const tenant = await req.payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, req })
  const used = await storageUsedBy(req, tenantId, originalDoc?.id)
  // Payload's thumbnail is ~1-3 % of the original: count the original, with a small margin.
  const check = checkUpload({
    usedBytes: used,
    incomingBytes: Math.ceil((data.filesize ?? req.file.size) * 1.03),
    allowanceBytes: storageAllowance((tenant.plan ?? 'free') as PlanId, tenant.storageAddOnGb ?? 0),
    plan: tenant.plan ?? 'free',
  })
  if (!check.ok) throw new APIError(check.message, 413, undefined, true)
  return data
}

/** Keeps the tenant's displayed storage figure in step after an upload or a deletion. */
export const recountTenantStorage: CollectionAfterChangeHook & CollectionAfterDeleteHook = async ({ doc, req }) => {
  const tenantId = relationId(doc.tenant)
  if (tenantId === undefined) return doc
  const used = await storageUsedBy(req, tenantId)
  await req.payload.update({ collection: 'tenants', id: tenantId, data: { storageUsedBytes: used }, overrideAccess: true, req, depth: 0 })
  return doc
}
