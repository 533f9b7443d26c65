import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'
import { touchTenant } from '../../platform/hooks/touch-tenant'
import { layoutBlocks } from '../blocks'
import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { previewAdmin } from '../preview'

export const Pages: CollectionConfig = {
  slug: 'pages',
  labels: { singular: { en: 'Page', fr: 'Page' }, plural: { en: 'Pages', fr: 'Pages' } },
  access: tenantCrud('content'),
  hooks: { afterChange: [touchTenant], afterDelete: [touchTenant] },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status', 'updatedAt'], group: { en: 'Content', fr: 'Contenu' }, ...previewAdmin('pages') },
  versions: { drafts: { autosave: { interval: 1500 }, schedulePublish: true }, maxPerDoc: 25 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', fr: 'Titre' } },
    slugField(),
    { name: 'layout', type: 'blocks', blocks: layoutBlocks, label: { en: 'Content', fr: 'Contenu' } },
    seoFields(),
  ],
}
