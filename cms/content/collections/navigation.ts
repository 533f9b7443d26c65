import type { CollectionConfig, Field } from 'payload'

import { tenantCrud } from '../../platform/access'
import { touchTenant } from '../../platform/hooks/touch-tenant'

const links = (name: string, en: string, fr: string): Field => ({
  name,
  type: 'array',
  label: { en, fr },
  fields: [
    { name: 'label', type: 'text', required: true, label: { en: 'Label', fr: 'Libellé' } },
    { name: 'href', type: 'text', required: true, label: { en: 'Link (/page or https://…)', fr: 'Lien (/page ou https://…)' } },
  ],
})

/** Header and footer menus: one document per tenant (a "global" of the multi-tenant plugin). */
export const Navigation: CollectionConfig = {
  slug: 'navigation',
  labels: { singular: { en: 'Navigation', fr: 'Navigation' }, plural: { en: 'Navigation', fr: 'Navigation' } },
  access: tenantCrud('content'),
  hooks: { afterChange: [touchTenant], afterDelete: [touchTenant] },
  admin: { group: { en: 'Content', fr: 'Contenu' } },
  fields: [links('header', 'Header menu', 'Menu principal'), links('footer', 'Footer menu', 'Menu de pied de page')],
}
