import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'
import { touchTenant } from '../../platform/hooks/touch-tenant'
import { seoFields } from '../fields/seo'
import { slugField } from '../fields/slug'
import { previewAdmin } from '../preview'

export const Posts: CollectionConfig = {
  slug: 'posts',
  labels: { singular: { en: 'Post', fr: 'Article' }, plural: { en: 'Posts', fr: 'Articles' } },
  access: tenantCrud('content'),
  hooks: { afterChange: [touchTenant], afterDelete: [touchTenant] },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publishedAt', '_status'], group: { en: 'Content', fr: 'Contenu' }, ...previewAdmin('posts') },
  versions: { drafts: { autosave: { interval: 1500 }, schedulePublish: true }, maxPerDoc: 25 },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', fr: 'Titre' } },
    slugField(),
    { name: 'excerpt', type: 'textarea', maxLength: 300, label: { en: 'Excerpt', fr: 'Chapeau' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', fr: 'Image de couverture' } },
    { name: 'body', type: 'richText', required: true, label: { en: 'Body', fr: 'Texte' } },
    { name: 'author', type: 'text', label: { en: 'Author', fr: 'Auteur' }, admin: { position: 'sidebar' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { en: 'Publish date', fr: 'Date de publication' },
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      hooks: { beforeChange: [({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value)] },
    },
    { name: 'tags', type: 'text', hasMany: true, label: { en: 'Tags', fr: 'Mots-clés' }, admin: { position: 'sidebar' } },
    seoFields(),
  ],
}
