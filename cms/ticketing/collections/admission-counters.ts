import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'

/**
 * The places left in one general-admission zone of a performance (a pit, a standing section of
 * a plan, a VIP balcony). Taken and given back by conditional updates (cms/commerce/atomic.ts),
 * so concurrent buyers can never push it below zero. Kept in step with the performance by
 * cms/ticketing/admission.ts; nobody edits it by hand.
 */
export const AdmissionCounters: CollectionConfig = {
  slug: 'admission-counters',
  labels: { singular: { en: 'Admission counter', fr: 'Jauge' }, plural: { en: 'Admission counters', fr: 'Jauges' } },
  access: { read: tenantScoped('catalog', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'label', defaultColumns: ['performance', 'label', 'capacity', 'remaining'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  indexes: [{ fields: ['performance', 'zoneId'], unique: true }],
  fields: [
    { name: 'performance', type: 'relationship', relationTo: 'performances', required: true },
    { name: 'zoneId', type: 'text', required: true },
    { name: 'label', type: 'text', required: true },
    { name: 'category', type: 'text', required: true, admin: { description: { en: 'The ticket prices’ category this zone sells.', fr: 'La catégorie des tarifs vendus dans cette zone.' } } },
    { name: 'capacity', type: 'number', required: true },
    { name: 'remaining', type: 'number', required: true },
  ],
}
