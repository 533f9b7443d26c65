import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'
import { moneyDisplayField } from '../fields/money'

/**
 * Store credit: a card with a code, issued by a refund or sold. `balance` is changed only by the
 * conditional updates of cms/commerce/store-credit.ts (never below zero, even under concurrent
 * spending); every change leaves an entry in `store-credit-entries`.
 */
export const GiftCards: CollectionConfig = {
  slug: 'gift-cards',
  labels: { singular: { en: 'Gift card / credit', fr: 'Carte cadeau / avoir' }, plural: { en: 'Gift cards & credit', fr: 'Cartes cadeaux et avoirs' } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { useAsTitle: 'code', defaultColumns: ['code', 'balanceText', 'email', 'origin', 'expiresAt'], group: { en: 'Shop', fr: 'Boutique' } },
  fields: [
    { name: 'code', type: 'text', required: true, unique: true, label: { en: 'Code', fr: 'Code' } },
    { name: 'balance', type: 'number', required: true, defaultValue: 0, label: { en: 'Balance (cents)', fr: 'Solde (centimes)' } },
    moneyDisplayField('balanceText', 'balance', { en: 'Balance', fr: 'Solde' }),
    { name: 'currency', type: 'text', required: true, defaultValue: 'EUR' },
    { name: 'email', type: 'email', label: { en: 'Holder', fr: 'Titulaire' } },
    {
      name: 'origin',
      type: 'select',
      required: true,
      options: [
        { value: 'refund', label: { en: 'Refund', fr: 'Remboursement' } },
        { value: 'sold', label: { en: 'Sold', fr: 'Vendue' } },
        { value: 'gift', label: { en: 'Offered', fr: 'Offerte' } },
      ],
    },
    { name: 'order', type: 'relationship', relationTo: 'orders', label: { en: 'From order', fr: 'Commande d’origine' } },
    { name: 'expiresAt', type: 'date', label: { en: 'Expires', fr: 'Expire le' } },
  ],
}

/** The ledger: one row per credit or debit of a card, in its currency's minor units. */
export const StoreCreditEntries: CollectionConfig = {
  slug: 'store-credit-entries',
  labels: { singular: { en: 'Credit movement', fr: "Mouvement d'avoir" }, plural: { en: 'Credit movements', fr: "Mouvements d'avoir" } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'giftCard', type: 'relationship', relationTo: 'gift-cards', required: true, index: true },
    { name: 'kind', type: 'select', required: true, options: ['issue', 'spend', 'restore', 'expire'] },
    { name: 'amount', type: 'number', required: true },
    { name: 'order', type: 'relationship', relationTo: 'orders' },
    { name: 'by', type: 'text' },
  ],
}
