import type { CollectionConfig } from 'payload'

import { tenantCrud } from '../../platform/access'
import { touchTenant } from '../../platform/hooks/touch-tenant'
import { sellerOfTicketPrice } from '../../ticketing/organizer'
import { slugField } from '../../content/fields/slug'
import { moneyField } from '../fields/money'
import { questionsField } from '../fields/questions'
import { vatRateField } from '../fields/vat-rate'

const stockField = {
  name: 'stock',
  type: 'number',
  min: 0,
  label: { en: 'Stock', fr: 'Stock' },
  admin: { description: { en: 'Empty: unlimited (made to order).', fr: 'Vide : illimité (fabriqué à la commande).' } },
  validate: (value: number | null | undefined) => value === null || value === undefined || (Number.isSafeInteger(value) && value >= 0) ? true : 'Stock is a whole number, 0 or more.',
} as const

/**
 * What a tenant sells through the commerce core: prints, books, merchandise, photo products.
 * Prices include VAT and keep their rate; stock (when counted) is taken by a conditional update
 * at checkout, so it never goes below zero (see cms/commerce/stock.ts).
 */
export const Products: CollectionConfig = {
  slug: 'products',
  labels: { singular: { en: 'Product', fr: 'Produit' }, plural: { en: 'Products', fr: 'Produits' } },
  access: tenantCrud('catalog'),
  hooks: { beforeChange: [sellerOfTicketPrice], afterChange: [touchTenant], afterDelete: [touchTenant] },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'priceText', 'stock', 'active'], group: { en: 'Shop', fr: 'Boutique' } },
  indexes: [{ fields: ['tenant', 'slug'], unique: true }],
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 140, label: { en: 'Name', fr: 'Nom' } },
    slugField(),
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'On sale', fr: 'En vente' }, admin: { position: 'sidebar' } },
    { name: 'position', type: 'number', defaultValue: 0, label: { en: 'Order', fr: 'Ordre' }, admin: { position: 'sidebar' } },
    {
      name: 'kind',
      type: 'select',
      defaultValue: 'merchandise',
      label: { en: 'Kind', fr: 'Type' },
      admin: { position: 'sidebar' },
      options: [
        { value: 'print', label: { en: 'Print', fr: 'Tirage' } },
        { value: 'photo-product', label: { en: 'Photo product', fr: 'Produit photo' } },
        { value: 'book', label: { en: 'Book', fr: 'Livre' } },
        { value: 'merchandise', label: { en: 'Merchandise', fr: 'Produit dérivé' } },
        // Paid for, then issued as store credit with a code (see gift-card-sales.ts).
        { value: 'gift-card', label: { en: 'Gift card', fr: 'Carte cadeau' } },
        // A price of an event's tickets (full price, concession…); its variants are the seat categories.
        { value: 'ticket', label: { en: 'Ticket price', fr: 'Tarif de billet' } },
      ],
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: { en: 'Event', fr: 'Événement' },
      admin: { position: 'sidebar', condition: (data) => data?.kind === 'ticket' },
      validate: (value: unknown, { siblingData }: { siblingData: { kind?: string } }) =>
        siblingData.kind !== 'ticket' || value ? true : 'A ticket price belongs to an event: choose it.',
    },
    { name: 'seller', type: 'relationship', relationTo: 'sellers', label: { en: 'Seller', fr: 'Vendeur' }, admin: { position: 'sidebar', description: { en: 'Empty: the site itself.', fr: 'Vide : le site lui-même.' } } },
    { name: 'description', type: 'textarea', maxLength: 4000, label: { en: 'Description', fr: 'Description' } },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: { en: 'Images', fr: 'Images' } },
    ...moneyField({ name: 'price', label: { en: 'Price', fr: 'Prix' }, required: true }),
    vatRateField(),
    stockField,
    {
      name: 'variants',
      type: 'array',
      label: { en: 'Variants (size, paper, format …)', fr: 'Déclinaisons (taille, papier, format …)' },
      labels: { singular: { en: 'Variant', fr: 'Déclinaison' }, plural: { en: 'Variants', fr: 'Déclinaisons' } },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 80, label: { en: 'Label', fr: 'Libellé' } },
        { name: 'sku', type: 'text', maxLength: 40, label: { en: 'SKU', fr: 'Référence' } },
        ...moneyField({ name: 'price', label: { en: 'Price', fr: 'Prix' }, description: { en: "Empty: the product's price.", fr: 'Vide : le prix du produit.' } }),
        stockField,
        {
          name: 'category',
          type: 'text',
          maxLength: 64,
          label: { en: 'Seat category or zone', fr: 'Catégorie de places ou zone' },
          admin: {
            condition: (data) => data?.kind === 'ticket',
            description: { en: 'The id of a category of the seating plan, or of a general-admission zone.', fr: 'L’identifiant d’une catégorie du plan de salle, ou d’une zone en placement libre.' },
          },
        },
      ],
    },
    {
      name: 'priceEvents',
      type: 'array',
      label: { en: 'Price events (sales, early bird)', fr: 'Prix temporaires (soldes, prévente)' },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 80, label: { en: 'Label', fr: 'Libellé' } },
        ...moneyField({ name: 'price', label: { en: 'Price', fr: 'Prix' }, required: true }),
        { name: 'startsAt', type: 'date', required: true, label: { en: 'From', fr: 'Du' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'endsAt', type: 'date', required: true, label: { en: 'Until', fr: "Jusqu'au" }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    questionsField('questions', { en: 'Questions asked of the buyer', fr: "Questions posées à l'acheteur" }),
  ],
}
