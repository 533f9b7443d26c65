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
    {
      name: 'tickets',
      type: 'select',
      label: { en: 'For tickets', fr: 'Pour les billets' },
      options: [
        { value: 'e-ticket', label: { en: 'E-ticket (PDF and phone)', fr: 'Billet électronique (PDF et téléphone)' } },
        { value: 'will-call', label: { en: 'Will call (collected at the box office)', fr: 'À retirer au guichet' } },
        { value: 'mail', label: { en: 'Sent by post', fr: 'Envoyé par la poste' } },
      ],
      admin: { description: { en: 'How tickets bought with this method reach the buyer. Empty: not a ticket delivery.', fr: 'Comment les billets achetés avec ce mode parviennent à l’acheteur. Vide : pas un mode pour les billets.' } },
    },
    {
      name: 'closesDaysBefore',
      type: 'number',
      min: 0,
      max: 60,
      label: { en: 'Closes (days before the performance)', fr: 'Fermé (jours avant la représentation)' },
      admin: { condition: (data) => data?.tickets === 'mail', description: { en: 'Post needs time: this method is refused for performances sooner than this.', fr: 'La poste prend du temps : ce mode est refusé pour les représentations plus proches que cela.' } },
    },
    { name: 'active', type: 'checkbox', defaultValue: true, label: { en: 'Offered', fr: 'Proposé' } },
    { name: 'position', type: 'number', defaultValue: 0, label: { en: 'Order', fr: 'Ordre' } },
  ],
}
