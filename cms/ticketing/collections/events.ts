import type { CollectionConfig } from 'payload'

import { slugField } from '../../content/fields/slug'
import { tenantCrud } from '../../platform/access'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', fr: 'Événement' }, plural: { en: 'Events', fr: 'Événements' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'private', 'updatedAt'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, label: { en: 'Title', fr: 'Titre' } },
    slugField(),
    { name: 'description', type: 'textarea', maxLength: 4000, label: { en: 'Description', fr: 'Description' } },
    {
      name: 'private',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Private (reachable by its link only)', fr: 'Privé (accessible par son lien seulement)' },
      admin: { position: 'sidebar' },
    },
  ],
}
