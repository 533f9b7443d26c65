import type { CollectionConfig } from 'payload'

import { platformAdminOnly } from '../../platform/access'

/**
 * A visitor's cart, found by the random token in its cookie. Only ids and quantities are kept:
 * prices are read again from the catalogue each time the cart is shown or checked out.
 */
export const Carts: CollectionConfig = {
  slug: 'carts',
  labels: { singular: { en: 'Cart', fr: 'Panier' }, plural: { en: 'Carts', fr: 'Paniers' } },
  access: { read: platformAdminOnly, create: platformAdminOnly, update: platformAdminOnly, delete: platformAdminOnly },
  admin: { hidden: true },
  fields: [
    { name: 'token', type: 'text', required: true, unique: true },
    { name: 'items', type: 'json', required: true, defaultValue: [] },
    { name: 'discountCode', type: 'text' },
    { name: 'giftCardCode', type: 'text' },
  ],
}
