import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'
import { touchTenant } from '../../platform/hooks/touch-tenant'
import { slugField } from '../fields/slug'

export const Galleries: CollectionConfig = {
  slug: 'galleries',
  labels: { singular: { en: 'Gallery', fr: 'Galerie' }, plural: { en: 'Galleries', fr: 'Galeries' } },
  access: tenantCrud('content'),
  hooks: { afterChange: [touchTenant], afterDelete: [touchTenant] },
  admin: { useAsTitle: 'title', group: { en: 'Content', fr: 'Contenu' } },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, label: { en: 'Title', fr: 'Titre' } },
    slugField(),
    { name: 'description', type: 'textarea', label: { en: 'Description', fr: 'Description' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover', fr: 'Couverture' } },
    { name: 'position', type: 'number', defaultValue: 0, label: { en: 'Order', fr: 'Ordre' }, admin: { position: 'sidebar' } },
    {
      name: 'photos',
      type: 'array',
      label: { en: 'Photos (drag to reorder)', fr: 'Photos (glisser pour réordonner)' },
      fields: [
        { name: 'image', type: 'upload', relationTo: 'media', required: true },
        { name: 'alt', type: 'text', required: true, label: { en: 'Alternative text', fr: 'Texte alternatif' } },
        { name: 'caption', type: 'text', label: { en: 'Caption', fr: 'Légende' } },
      ],
    },
  ],
}
