import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'

/**
 * A seat of a performance, held for a buyer or sold. The unique (performance, seat) index is what
 * makes a seat impossible to sell twice: two buyers racing for it cannot both insert its row.
 * Written only by cms/ticketing/seat-holds.ts.
 */
export const SeatReservations: CollectionConfig = {
  slug: 'seat-reservations',
  labels: { singular: { en: 'Seat reservation', fr: 'Réservation de place' }, plural: { en: 'Seat reservations', fr: 'Réservations de places' } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'seatId', defaultColumns: ['performance', 'seatId', 'state', 'expiresAt'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  indexes: [{ fields: ['performance', 'seatId'], unique: true }],
  fields: [
    { name: 'performance', type: 'relationship', relationTo: 'performances', required: true },
    { name: 'seatId', type: 'text', required: true },
    { name: 'state', type: 'select', required: true, defaultValue: 'held', options: ['held', 'sold'] },
    { name: 'holder', type: 'text', required: true, admin: { description: { en: 'The cart or order holding the seat.', fr: 'Le panier ou la commande qui retient la place.' } } },
    { name: 'order', type: 'relationship', relationTo: 'orders' },
    { name: 'expiresAt', type: 'date', index: true },
  ],
}
