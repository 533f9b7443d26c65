import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'
import { moneyField } from '../fields/money'
import { vatRateField } from '../fields/vat-rate'

export const DeliveryMethods: CollectionConfig = {
  slug: 'delivery-methods',
  labels: { singular: { en: 'Delivery method', fr: 'Mode de livraison' }, plural: { en: 'Delivery methods', fr: 'Modes de livraison' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'priceText', 'active'], group: { en: 'Shop', fr: 'Boutique' } },
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 80, label: { en: 'Label', fr: 'Libellé' } },
    { name: 'description', type: 'text', maxLength: 200, label: { en: 'Description', fr: 'Description' } },
    ...moneyField({ name: 'price', label: { en: 'Price', fr: 'Prix' }, required: true }),
    vatRateField(),
    ...moneyField({ name: 'freeFrom', label: { en: 'Free from', fr: 'Offert à partir de' }, description: { en: 'Optional: order amount after discount.', fr: 'Facultatif : montant de la commande après remise.' } }),
    { name: 'requiresAddress', type: 'checkbox', defaultValue: true, label: { en: 'Needs a postal address', fr: 'Demande une adresse postale' } },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Offered', fr: 'Proposé' } },
    { name: 'position', type: 'number', defaultValue: 0, label: { en: 'Order', fr: 'Ordre' } },
  ],
}
