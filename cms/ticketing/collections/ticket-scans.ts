import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'

/** Every code a door scanner read, admitted or not, online or synced later: the door's log. */
export const TicketScans: CollectionConfig = {
  slug: 'ticket-scans',
  labels: { singular: { en: 'Scan', fr: 'Contrôle' }, plural: { en: 'Scans', fr: 'Contrôles' } },
  access: { read: tenantScoped('checkin', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'verdict', defaultColumns: ['at', 'door', 'verdict', 'reason', 'ticket'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  fields: [
    { name: 'ticket', type: 'relationship', relationTo: 'tickets', index: true },
    { name: 'performance', type: 'relationship', relationTo: 'performances' },
    { name: 'door', type: 'text', required: true },
    { name: 'at', type: 'date', required: true },
    { name: 'verdict', type: 'select', required: true, options: ['valid', 'invalid', 'duplicate'] },
    { name: 'reason', type: 'text' },
    { name: 'by', type: 'text' },
    { name: 'offline', type: 'checkbox', defaultValue: false, admin: { description: { en: 'Decided by the scanner while offline, recorded at sync.', fr: 'Décidé hors ligne par le scanner, enregistré à la synchronisation.' } } },
  ],
}
