import type { CollectionConfig } from 'payload'

import { parseDomainName } from '../../../src/domain/domains/hostname'
import { createVerificationToken, verificationRecordName } from '../../../src/domain/domains/verification'
import { platformDomain } from '../../../src/lib/platform'
import { tenantCrud } from '../access'
import { touchTenant } from '../hooks/touch-tenant'
import { askEndpoint } from '../endpoints/domain-ask'
import { verifyEndpoint } from '../endpoints/domain-verify'

/** Custom domains of a site. A domain serves the site only once its DNS TXT record proved ownership. */
export const Domains: CollectionConfig = {
  slug: 'domains',
  labels: { singular: { en: 'Domain', fr: 'Domaine' }, plural: { en: 'Domains', fr: 'Domaines' } },
  access: tenantCrud('domains'),
  admin: { useAsTitle: 'host', defaultColumns: ['host', 'status', 'verifiedAt'], group: { en: 'Design', fr: 'Design' } },
  endpoints: [askEndpoint, verifyEndpoint],
  hooks: {
    afterChange: [touchTenant],
    afterDelete: [touchTenant],
    beforeValidate: [
      ({ data, operation }) => {
        if (!data) return data
        if (typeof data.host === 'string') {
          const parsed = parseDomainName(data.host, { platformDomain: platformDomain() })
          if (parsed.ok) data.host = parsed.host
        }
        if (operation === 'create') {
          data.verificationToken = createVerificationToken()
          data.status = 'pending'
        }
        return data
      },
    ],
  },
  fields: [
    {
      name: 'host',
      type: 'text',
      required: true,
      unique: true,
      label: { en: 'Domain (e.g. www.example.com)', fr: 'Domaine (ex. www.exemple.fr)' },
      validate: (value: string | null | undefined) => {
        const parsed = parseDomainName(value ?? '', { platformDomain: platformDomain() })
        return parsed.ok ? true : parsed.message
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'pending',
      options: ['pending', 'verified', 'failed'].map((value) => ({ value, label: value })),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'verificationToken',
      type: 'text',
      access: { update: () => false },
      admin: {
        readOnly: true,
        description: { en: 'Add a TXT record with this value, then click Verify.', fr: 'Ajoutez un enregistrement TXT avec cette valeur, puis cliquez sur Vérifier.' },
      },
    },
    {
      name: 'recordName',
      type: 'text',
      virtual: true,
      admin: { readOnly: true },
      label: { en: 'TXT record name', fr: "Nom de l'enregistrement TXT" },
      hooks: { afterRead: [({ siblingData }) => (siblingData.host ? verificationRecordName(siblingData.host) : undefined)] },
    },
    { name: 'verify', type: 'ui', admin: { components: { Field: '/platform/components/VerifyDomainButton#VerifyDomainButton' } } },
    { name: 'verifiedAt', type: 'date', access: { create: () => false, update: () => false }, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'lastCheck', type: 'text', access: { create: () => false, update: () => false }, admin: { readOnly: true } },
  ],
}
