import type { CollectionConfig } from 'payload'

import { normaliseDiscountCode } from '../../../src/domain/commerce/discounts'
import { tenantCrud } from '../../platform/access'
import { moneyField } from '../fields/money'

/** Codes a buyer types at checkout. `usedCount` only grows, by a conditional update when an order is paid. */
export const Discounts: CollectionConfig = {
  slug: 'discounts',
  labels: { singular: { en: 'Discount code', fr: 'Code promo' }, plural: { en: 'Discount codes', fr: 'Codes promo' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'kind', 'usedCount', 'maxUses', 'validUntil'], group: { en: 'Shop', fr: 'Boutique' } },
  indexes: [{ fields: ['tenant', 'code'], unique: true }],
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      maxLength: 40,
      label: { en: 'Code', fr: 'Code' },
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normaliseDiscountCode(value) : value)] },
      validate: (value: string | null | undefined) => (value && /^[A-Z0-9_-]{3,40}$/.test(value) ? true : 'A code is 3 to 40 letters, digits, dashes or underscores.'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'percent',
      label: { en: 'Kind', fr: 'Type' },
      options: [
        { value: 'percent', label: { en: 'Percentage', fr: 'Pourcentage' } },
        { value: 'fixed', label: { en: 'Fixed amount', fr: 'Montant fixe' } },
      ],
    },
    {
      name: 'percent',
      type: 'number',
      min: 0.01,
      max: 100,
      label: { en: 'Percentage off', fr: 'Pourcentage de remise' },
      admin: { condition: (_, sibling) => sibling?.kind === 'percent' },
      validate: (value: number | null | undefined, { siblingData }: { siblingData: Partial<{ kind: string }> }) =>
        siblingData?.kind !== 'percent' || (typeof value === 'number' && value > 0 && value <= 100) ? true : 'Enter a percentage between 0.01 and 100.',
    },
    ...moneyField({ name: 'amount', label: { en: 'Amount off', fr: 'Montant de la remise' }, condition: (_, sibling) => sibling?.kind === 'fixed' }),
    ...moneyField({ name: 'minimumOrder', label: { en: 'Minimum order', fr: 'Commande minimum' }, description: { en: 'Optional.', fr: 'Facultatif.' } }),
    { name: 'validFrom', type: 'date', label: { en: 'Valid from', fr: 'Valable à partir du' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'validUntil', type: 'date', label: { en: 'Valid until', fr: "Valable jusqu'au" }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'maxUses', type: 'number', min: 1, label: { en: 'Maximum uses', fr: "Nombre d'utilisations maximum" } },
    { name: 'usedCount', type: 'number', defaultValue: 0, label: { en: 'Used', fr: 'Utilisé' }, admin: { readOnly: true } },
    {
      name: 'products',
      type: 'relationship',
      relationTo: 'products',
      hasMany: true,
      label: { en: 'Only for these products', fr: 'Seulement pour ces produits' },
      admin: { description: { en: 'Empty: every product.', fr: 'Vide : tous les produits.' } },
    },
  ],
}
