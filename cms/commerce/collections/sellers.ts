import type { CollectionConfig } from 'payload'

import { validateSiret } from '../../../src/domain/commerce/siret'
import { tenantCrud } from '../../platform/access'

/**
 * Whom a sale belongs to when a tenant sells for others (organizers, photographers, the bookshops
 * of a network). A seller that receives payouts needs a valid SIRET before a payout is marked due.
 */
export const Sellers: CollectionConfig = {
  slug: 'sellers',
  labels: { singular: { en: 'Seller', fr: 'Vendeur' }, plural: { en: 'Sellers', fr: 'Vendeurs' } },
  access: tenantCrud('sales'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'legalName', 'siret', 'receivesPayouts'], group: { en: 'Shop', fr: 'Boutique' } },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    { name: 'email', type: 'email', label: { en: 'Email', fr: 'E-mail' } },
    { name: 'receivesPayouts', type: 'checkbox', defaultValue: false, label: { en: 'Receives payouts', fr: 'Reçoit des reversements' } },
    {
      name: 'commissionPercent',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      label: { en: 'Commission kept by the site (%)', fr: 'Commission conservée par le site (%)' },
    },
    {
      type: 'collapsible',
      label: { en: 'Company details', fr: "Coordonnées de l'entreprise" },
      fields: [
        { name: 'legalName', type: 'text', maxLength: 160, label: { en: 'Legal name', fr: 'Raison sociale' } },
        {
          name: 'siret',
          type: 'text',
          label: { en: 'SIRET', fr: 'SIRET' },
          hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.replace(/\s/g, '') : value)] },
          admin: { description: { en: 'Required before a payout can be marked due.', fr: 'Obligatoire avant qu’un reversement soit dû.' } },
          validate: (value: string | null | undefined) => {
            if (!value) return true
            const check = validateSiret(value)
            return check.ok ? true : check.message
          },
        },
        { name: 'address', type: 'textarea', maxLength: 400, label: { en: 'Address', fr: 'Adresse' } },
        { name: 'iban', type: 'text', maxLength: 40, label: { en: 'IBAN', fr: 'IBAN' } },
      ],
    },
  ],
}
