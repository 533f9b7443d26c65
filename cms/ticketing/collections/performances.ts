import type { CollectionConfig } from 'payload'

import { DEFAULT_HOLD_MINUTES } from '../../../src/domain/ticketing/holds'
import { tenantCrud } from '../../platform/access'
import { syncAdmissionCounters } from '../admission'
import { cancelPerformanceEndpoint, willCallEndpoint } from '../endpoints/ticket-actions'

const ZONE_ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/

/**
 * One date of an event: on a seating plan (assigned seats, and the plan's standing sections) and/or
 * with general-admission zones of a given capacity. What is left of each zone lives in
 * `admission-counters`, kept apart so saving this form never overwrites a sale.
 */
export const Performances: CollectionConfig = {
  slug: 'performances',
  labels: { singular: { en: 'Performance', fr: 'Représentation' }, plural: { en: 'Performances', fr: 'Représentations' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'startsAt', defaultColumns: ['event', 'startsAt', 'status'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  hooks: { afterChange: [syncAdmissionCounters] },
  endpoints: [cancelPerformanceEndpoint, willCallEndpoint],
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, label: { en: 'Event', fr: 'Événement' } },
    { name: 'startsAt', type: 'date', required: true, label: { en: 'Starts at', fr: 'Début' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'seatingPlan', type: 'relationship', relationTo: 'seating-plans', label: { en: 'Seating plan', fr: 'Plan de salle' } },
    {
      name: 'zones',
      type: 'array',
      label: { en: 'General admission', fr: 'Placement libre' },
      labels: { singular: { en: 'Zone', fr: 'Zone' }, plural: { en: 'Zones', fr: 'Zones' } },
      admin: { description: { en: 'Zones without numbered seats (pit, balcony, VIP), each with its capacity.', fr: 'Zones sans places numérotées (fosse, balcon, carré VIP), chacune avec sa jauge.' } },
      fields: [
        {
          name: 'zoneId',
          type: 'text',
          required: true,
          maxLength: 64,
          label: { en: 'Id (the ticket prices’ category)', fr: 'Identifiant (la catégorie des tarifs)' },
          validate: (value: unknown) => (typeof value === 'string' && ZONE_ID.test(value) ? true : 'Letters and digits, possibly joined by "-" or "_", like "fosse".'),
        },
        { name: 'label', type: 'text', required: true, maxLength: 80, label: { en: 'Label', fr: 'Libellé' } },
        { name: 'capacity', type: 'number', required: true, min: 1, max: 200_000, label: { en: 'Capacity', fr: 'Jauge' } },
      ],
    },
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
      admin: { position: 'sidebar', description: { en: 'To cancel and refund every buyer, use “Cancel this performance” below.', fr: 'Pour annuler et rembourser chaque acheteur, utilisez « Annuler la représentation » ci-dessous.' } },
    },
    { name: 'willCall', type: 'ui', admin: { position: 'sidebar', components: { Field: '/ticketing/components/WillCallLink#WillCallLink' } } },
    { name: 'cancelPerformance', type: 'ui', admin: { condition: (data) => data?.status !== 'cancelled' || Boolean(data?.cancellation?.startedAt), components: { Field: '/ticketing/components/CancelPerformanceButton#CancelPerformanceButton' } } },
    {
      name: 'cancellation',
      type: 'group',
      label: { en: 'Cancellation', fr: 'Annulation' },
      admin: { readOnly: true, condition: (data) => Boolean(data?.cancellation?.startedAt) },
      fields: [
        { name: 'refundTo', type: 'select', options: ['card', 'store_credit'], label: { en: 'Refunded to', fr: 'Remboursé en' } },
        { name: 'startedAt', type: 'date', label: { en: 'Started', fr: 'Commencée' } },
        { name: 'finishedAt', type: 'date', label: { en: 'Finished', fr: 'Terminée' } },
        { name: 'orders', type: 'number', label: { en: 'Orders to refund', fr: 'Commandes à rembourser' } },
        { name: 'refunded', type: 'number', label: { en: 'Orders refunded', fr: 'Commandes remboursées' } },
        { name: 'failed', type: 'number', label: { en: 'Failed', fr: 'En échec' } },
        { name: 'lastError', type: 'text', label: { en: 'Last error', fr: 'Dernière erreur' } },
      ],
    },
  ],
}
