import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'

/** A buyer of one tenant, made or updated at each order: the customer list, its contacts and opt-in. */
export const Customers: CollectionConfig = {
  slug: 'customers',
  labels: { singular: { en: 'Customer', fr: 'Client' }, plural: { en: 'Customers', fr: 'Clients' } },
  access: tenantCrud('sales'),
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'marketingOptIn', 'orderCount', 'updatedAt'], group: { en: 'Shop', fr: 'Boutique' } },
  indexes: [{ fields: ['tenant', 'email'], unique: true }],
  fields: [
    { name: 'email', type: 'email', required: true, label: { en: 'Email', fr: 'E-mail' } },
    { name: 'name', type: 'text', maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    { name: 'phone', type: 'text', maxLength: 40, label: { en: 'Phone', fr: 'Téléphone' } },
    { name: 'marketingOptIn', type: 'checkbox', defaultValue: false, label: { en: 'Agreed to receive news', fr: 'Accepte les actualités' } },
    { name: 'orderCount', type: 'number', defaultValue: 0, label: { en: 'Orders', fr: 'Commandes' }, admin: { readOnly: true } },
  ],
}
