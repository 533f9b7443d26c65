import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '../../platform/access'

/** Every Stripe event handled, by id (unique): a delivery seen before is acknowledged and skipped. */
export const PaymentEvents: CollectionConfig = {
  slug: 'payment-events',
  labels: { singular: { en: 'Payment event', fr: 'Événement de paiement' }, plural: { en: 'Payment events', fr: 'Événements de paiement' } },
  access: { read: platformAdminOnly, create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'eventId', group: { en: 'Platform', fr: 'Plateforme' }, defaultColumns: ['eventId', 'type', 'account', 'createdAt'] },
  fields: [
    { name: 'eventId', type: 'text', required: true, unique: true },
    { name: 'type', type: 'text', required: true },
    { name: 'account', type: 'text' },
    { name: 'outcome', type: 'text' },
  ],
}
