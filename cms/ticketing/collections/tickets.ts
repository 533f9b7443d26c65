import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'
import { reissueEndpoint } from '../endpoints/ticket-actions'

/**
 * One admission: a seat or a general-admission place of a paid order. Its code is not stored: it
 * is signed again from (tenant, performance, id, reissue) whenever a ticket is shown, and Ed25519
 * signs deterministically, so it is always the same code. The 18-digit number taken from that
 * signature is kept, for barcode readers. Written only by cms/ticketing.
 */
export const Tickets: CollectionConfig = {
  slug: 'tickets',
  labels: { singular: { en: 'Ticket', fr: 'Billet' }, plural: { en: 'Tickets', fr: 'Billets' } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'place', defaultColumns: ['place', 'holderName', 'performance', 'state', 'admittedAt'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  endpoints: [reissueEndpoint],
  indexes: [{ fields: ['order', 'lineIndex', 'unit'], unique: true }],
  fields: [
    { name: 'order', type: 'relationship', relationTo: 'orders', required: true, index: true },
    { name: 'lineIndex', type: 'number', required: true },
    { name: 'unit', type: 'number', required: true, admin: { description: { en: 'Which of the line’s places (0 for the first).', fr: 'Laquelle des places de la ligne (0 pour la première).' } } },
    { name: 'performance', type: 'relationship', relationTo: 'performances', required: true, index: true },
    { name: 'event', type: 'relationship', relationTo: 'events', required: true },
    { name: 'product', type: 'relationship', relationTo: 'products', label: { en: 'Ticket price', fr: 'Tarif' } },
    { name: 'seatId', type: 'text' },
    { name: 'zoneId', type: 'text' },
    { name: 'place', type: 'text', required: true, label: { en: 'Place', fr: 'Place' } },
    { name: 'priceLabel', type: 'text', required: true, label: { en: 'Price', fr: 'Tarif' } },
    { name: 'amount', type: 'number', required: true },
    { name: 'holderName', type: 'text', label: { en: 'Holder', fr: 'Titulaire' } },
    { name: 'number', type: 'text', required: true, unique: true, label: { en: 'Number', fr: 'Numéro' } },
    { name: 'reissue', type: 'number', required: true, defaultValue: 0 },
    {
      name: 'state',
      type: 'select',
      required: true,
      defaultValue: 'valid',
      options: [
        { value: 'valid', label: { en: 'Valid', fr: 'Valide' } },
        { value: 'refunded', label: { en: 'Refunded', fr: 'Remboursé' } },
        { value: 'cancelled', label: { en: 'Cancelled', fr: 'Annulé' } },
      ],
    },
    {
      name: 'delivery',
      type: 'select',
      required: true,
      defaultValue: 'e-ticket',
      options: [
        { value: 'e-ticket', label: { en: 'E-ticket', fr: 'Billet électronique' } },
        { value: 'will-call', label: { en: 'Will call', fr: 'À retirer au guichet' } },
        { value: 'mail', label: { en: 'By post', fr: 'Par la poste' } },
      ],
    },
    { name: 'reissueTicket', type: 'ui', admin: { position: 'sidebar', components: { Field: '/ticketing/components/ReissueTicketButton#ReissueTicketButton' } } },
    { name: 'admittedAt', type: 'date', label: { en: 'Admitted at', fr: 'Entré à' } },
    { name: 'admittedDoor', type: 'text', label: { en: 'Door', fr: 'Porte' } },
  ],
}
