import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'

/** A copy of every mail the platform sent for a tenant: the demo shows its mail here, and support can check what left. */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: { en: 'Sent mail', fr: 'E-mail envoyé' }, plural: { en: 'Sent mail', fr: 'E-mails envoyés' } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: tenantScoped('sales', 'delete') },
  admin: { useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'kind', 'createdAt'], group: { en: 'Shop', fr: 'Boutique' } },
  fields: [
    { name: 'to', type: 'text', required: true, label: { en: 'To', fr: 'À' } },
    { name: 'subject', type: 'text', required: true, label: { en: 'Subject', fr: 'Objet' } },
    { name: 'kind', type: 'text', label: { en: 'Kind', fr: 'Type' } },
    { name: 'order', type: 'relationship', relationTo: 'orders' },
    { name: 'text', type: 'textarea', label: { en: 'Text', fr: 'Texte' } },
    { name: 'html', type: 'textarea', admin: { hidden: true } },
    { name: 'error', type: 'text', label: { en: 'Delivery error', fr: "Erreur d'envoi" } },
  ],
}
