import type { CollectionConfig } from 'payload'

import { slugField } from '../../content/fields/slug'
import { moneyField } from '../../commerce/fields/money'
import { tenantCrud } from '../../platform/access'

/** A show, a concert, a festival: its performances are the dates, its ticket prices are products of kind "ticket". */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', fr: 'Événement' }, plural: { en: 'Events', fr: 'Événements' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'venue', 'private', 'updatedAt'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 160, label: { en: 'Title', fr: 'Titre' } },
    slugField(),
    { name: 'venue', type: 'text', maxLength: 160, label: { en: 'Venue', fr: 'Lieu' } },
    {
      name: 'organizer',
      type: 'relationship',
      relationTo: 'sellers',
      label: { en: 'Organizer', fr: 'Organisateur' },
      admin: {
        position: 'sidebar',
        description: { en: 'Its ticket sales go to this seller’s statement. Empty: the site itself.', fr: 'Ses ventes de billets vont sur le relevé de ce vendeur. Vide : le site lui-même.' },
      },
    },
    { name: 'summary', type: 'text', maxLength: 300, label: { en: 'Summary', fr: 'Accroche' } },
    { name: 'description', type: 'textarea', maxLength: 4000, label: { en: 'Description', fr: 'Description' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', fr: 'Image' } },
    { name: 'durationMinutes', type: 'number', min: 1, max: 24 * 60, label: { en: 'Duration (minutes)', fr: 'Durée (minutes)' } },
    {
      name: 'private',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Private (reachable by its link only)', fr: 'Privé (accessible par son lien seulement)' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'returns',
      type: 'group',
      label: { en: 'Returns', fr: 'Retours de billets' },
      admin: { description: { en: 'Whether buyers may return their tickets for a refund themselves.', fr: 'Les acheteurs peuvent-ils rendre leurs billets eux-mêmes contre remboursement ?' } },
      fields: [
        { name: 'allowed', type: 'checkbox', defaultValue: false, label: { en: 'Returns allowed', fr: 'Retours autorisés' } },
        { name: 'untilHoursBefore', type: 'number', min: 0, max: 24 * 90, defaultValue: 48, label: { en: 'Until (hours before the performance)', fr: 'Jusqu’à (heures avant la représentation)' } },
        ...moneyField({ name: 'feePerTicket', label: { en: 'Fee kept per ticket', fr: 'Frais retenus par billet' }, description: { en: 'In euros, e.g. 2,00; empty: none.', fr: 'En euros, par ex. 2,00 ; vide : aucun.' } }),
      ],
    },
    { name: 'embed', type: 'ui', admin: { position: 'sidebar', components: { Field: '/ticketing/components/EmbedSnippet#EmbedSnippet' } } },
    { name: 'performances', type: 'join', collection: 'performances', on: 'event', label: { en: 'Performances', fr: 'Représentations' } },
  ],
}
