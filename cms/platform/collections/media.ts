import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { ALLOWED_IMAGE_FORMATS } from '../../../src/domain/media/image-rules'
import { tenantCrud } from '../access'
import { enforceStorageQuota, recountTenantStorage } from '../hooks/storage-quota'
import { normaliseUploadedImage } from '../hooks/normalise-uploaded-image'
import { touchTenant } from '../hooks/touch-tenant'

export const mediaDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR ?? 'media')

/**
 * Images of a site. Originals are readable only by the tenant's members through Payload; visitors
 * get resized, re-encoded copies from the site's /media route, checked against the host's tenant.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', fr: 'Image' }, plural: { en: 'Images', fr: 'Images' } },
  access: tenantCrud('media'),
  admin: { group: { en: 'Content', fr: 'Contenu' }, defaultColumns: ['filename', 'alt', 'filesize', 'updatedAt'] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ALLOWED_IMAGE_FORMATS.map((format) => `image/${format}`),
    adminThumbnail: 'thumbnail',
    imageSizes: [{ name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: { format: 'webp', options: { quality: 70 } } }],
    focalPoint: true,
  },
  hooks: {
    beforeOperation: [normaliseUploadedImage],
    beforeChange: [enforceStorageQuota],
    afterChange: [recountTenantStorage, touchTenant],
    afterDelete: [recountTenantStorage, touchTenant],
  },
  fields: [
    { name: 'alt', type: 'text', label: { en: 'Alternative text', fr: 'Texte alternatif' } },
    { name: 'caption', type: 'text', label: { en: 'Caption', fr: 'Légende' } },
  ],
}
