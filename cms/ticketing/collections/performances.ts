import type { CollectionConfig } from 'payload'

import { DEFAULT_HOLD_MINUTES } from '../../../src/domain/ticketing/holds'
import { tenantCrud } from '../../platform/access'

/** One date of an event, on a seating plan (assigned seats) or not (general admission, later). */
export const Performances: CollectionConfig = {
  slug: 'performances',
  labels: { singular: { en: 'Performance', fr: 'Représentation' }, plural: { en: 'Performances', fr: 'Représentations' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'startsAt', defaultColumns: ['event', 'startsAt', 'status'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, label: { en: 'Event', fr: 'Événement' } },
    { name: 'startsAt', type: 'date', required: true, label: { en: 'Starts at', fr: 'Début' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'seatingPlan', type: 'relationship', relationTo: 'seating-plans', label: { en: 'Seating plan', fr: 'Plan de salle' } },
    { name: 'holdMinutes', type: 'number', min: 5, max: 60, defaultValue: DEFAULT_HOLD_MINUTES, label: { en: 'Seats held for (minutes)', fr: 'Places retenues pendant (minutes)' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'on_sale',
      options: [
        { value: 'on_sale', label: { en: 'On sale', fr: 'En vente' } },
        { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulée' } },
      ],
    },
  ],
}
