import type { CollectionConfig, Field } from 'payload'

import { ORDER_STATES } from '../../../src/domain/commerce/order-state'
import { tenantScoped } from '../../platform/access'
import { cancelEndpoint, refundEndpoint, resendEndpoint } from '../endpoints/order-actions'
import { moneyDisplayField } from '../fields/money'

const cents = (name: string, label: { en: string; fr: string }): Field => ({ name, type: 'number', required: true, defaultValue: 0, label })
const stateOptions = ORDER_STATES.map((state) => ({ value: state, label: state }))

export const PAYMENT_METHODS = ['card', 'cash', 'cheque', 'card_in_person', 'store_credit'] as const

/**
 * Orders are written only by the commerce services (checkout, box office, fulfilment, refunds):
 * the admin reads them and acts through buttons that call those services, never by editing
 * amounts or the state by hand.
 */
export const Orders: CollectionConfig = {
  slug: 'orders',
  labels: { singular: { en: 'Order', fr: 'Commande' }, plural: { en: 'Orders', fr: 'Commandes' } },
  access: { read: tenantScoped('sales', 'read'), create: () => false, update: () => false, delete: () => false },
  endpoints: [refundEndpoint, resendEndpoint, cancelEndpoint],
  admin: {
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'state', 'email', 'totalText', 'channel', 'createdAt'],
    group: { en: 'Shop', fr: 'Boutique' },
    components: { edit: { beforeDocumentControls: ['/commerce/components/OrderActions#OrderActions'] } },
  },
  fields: [
    { name: 'reference', type: 'text', required: true, unique: true, label: { en: 'Reference', fr: 'Référence' } },
    { name: 'state', type: 'select', required: true, defaultValue: 'pending', options: stateOptions, index: true, label: { en: 'State', fr: 'État' } },
    {
      name: 'channel',
      type: 'select',
      required: true,
      defaultValue: 'online',
      label: { en: 'Channel', fr: 'Canal' },
      options: [
        { value: 'online', label: { en: 'Online', fr: 'En ligne' } },
        { value: 'box_office', label: { en: 'Box office', fr: 'Guichet' } },
        { value: 'phone', label: { en: 'Phone', fr: 'Téléphone' } },
      ],
    },
    { name: 'email', type: 'email', required: true, label: { en: 'Email', fr: 'E-mail' } },
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' } },
    { name: 'phone', type: 'text', label: { en: 'Phone', fr: 'Téléphone' } },
    { name: 'marketingOptIn', type: 'checkbox', defaultValue: false, label: { en: 'Agreed to receive news', fr: 'Accepte les actualités' } },
    { name: 'address', type: 'textarea', label: { en: 'Delivery address', fr: 'Adresse de livraison' } },
    { name: 'customer', type: 'relationship', relationTo: 'customers', label: { en: 'Customer', fr: 'Client' } },
    { name: 'siteOrigin', type: 'text', admin: { readOnly: true, description: { en: 'The site the order was placed on; mails link back to it.', fr: 'Le site où la commande a été passée ; les e-mails y renvoient.' } } },
    { name: 'currency', type: 'text', required: true, defaultValue: 'EUR' },
    {
      name: 'lines',
      type: 'array',
      label: { en: 'Lines', fr: 'Lignes' },
      fields: [
        { name: 'product', type: 'relationship', relationTo: 'products' },
        { name: 'variantId', type: 'text' },
        { name: 'label', type: 'text', required: true },
        { name: 'quantity', type: 'number', required: true },
        cents('unitPrice', { en: 'Unit price', fr: 'Prix unitaire' }),
        cents('gross', { en: 'Gross', fr: 'Brut' }),
        cents('discount', { en: 'Discount', fr: 'Remise' }),
        cents('amount', { en: 'Amount', fr: 'Montant' }),
        { name: 'vatRateBp', type: 'number', required: true },
        { name: 'seller', type: 'relationship', relationTo: 'sellers' },
        { name: 'stockTaken', type: 'checkbox', defaultValue: false },
        { name: 'answers', type: 'json' },
        // A ticket line: the performance, and the seat (one per line) or the general-admission zone.
        { name: 'performance', type: 'relationship', relationTo: 'performances' },
        { name: 'seatId', type: 'text' },
        { name: 'zoneId', type: 'text' },
        { name: 'place', type: 'text', label: { en: 'Place', fr: 'Place' } },
      ],
    },
    {
      name: 'feeLines',
      type: 'array',
      fields: [
        { name: 'kind', type: 'select', options: ['service', 'delivery'], required: true },
        { name: 'label', type: 'text', required: true },
        cents('amount', { en: 'Amount', fr: 'Montant' }),
        { name: 'vatRateBp', type: 'number', required: true },
        { name: 'passedToBuyer', type: 'checkbox', defaultValue: true },
      ],
    },
    { name: 'deliveryMethod', type: 'relationship', relationTo: 'delivery-methods' },
    { name: 'discount', type: 'relationship', relationTo: 'discounts' },
    { name: 'discountCode', type: 'text' },
    cents('subtotal', { en: 'Subtotal', fr: 'Sous-total' }),
    cents('discountTotal', { en: 'Discount', fr: 'Remise' }),
    cents('total', { en: 'Total', fr: 'Total' }),
    moneyDisplayField('totalText', 'total', { en: 'Total', fr: 'Total' }),
    cents('refunded', { en: 'Refunded', fr: 'Remboursé' }),
    { name: 'vat', type: 'json', label: { en: 'VAT', fr: 'TVA' } },
    { name: 'answers', type: 'json', label: { en: 'Answers', fr: 'Réponses' } },
    {
      name: 'payment',
      type: 'group',
      label: { en: 'Payment', fr: 'Paiement' },
      fields: [
        { name: 'method', type: 'select', options: [...PAYMENT_METHODS] },
        { name: 'stripeSessionId', type: 'text', unique: true },
        { name: 'stripePaymentIntentId', type: 'text' },
        { name: 'stripeAccountId', type: 'text' },
        { name: 'platformFee', type: 'number', defaultValue: 0 },
        { name: 'storeCredit', type: 'number', defaultValue: 0, label: { en: 'Paid with store credit', fr: 'Payé en avoir' } },
        { name: 'giftCard', type: 'relationship', relationTo: 'gift-cards' },
        { name: 'paidAt', type: 'date' },
        { name: 'note', type: 'text' },
      ],
    },
    { name: 'expiresAt', type: 'date', index: true },
    { name: 'released', type: 'checkbox', defaultValue: false, admin: { hidden: true } },
    {
      name: 'refunds',
      type: 'array',
      label: { en: 'Refunds', fr: 'Remboursements' },
      fields: [
        cents('amount', { en: 'Amount', fr: 'Montant' }),
        { name: 'to', type: 'select', options: ['card', 'store_credit', 'cash', 'cheque'], required: true },
        { name: 'at', type: 'date', required: true },
        { name: 'by', type: 'text' },
        { name: 'stripeRefundId', type: 'text' },
        { name: 'giftCardCode', type: 'text' },
        { name: 'note', type: 'text' },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { en: 'History', fr: 'Historique' },
      fields: [
        { name: 'from', type: 'text' },
        { name: 'to', type: 'text', required: true },
        { name: 'event', type: 'text', required: true },
        { name: 'by', type: 'text', required: true },
        { name: 'at', type: 'date', required: true },
        { name: 'note', type: 'text' },
      ],
    },
  ],
}
