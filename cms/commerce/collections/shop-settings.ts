import type { CollectionConfig } from 'payload'

import { platformAdminField, tenantCrud } from '../../platform/access'
import { connectedStripeEndpoint, connectStripeEndpoint } from '../endpoints/connect-stripe'
import { moneyField } from '../fields/money'
import { questionsField } from '../fields/questions'
import { vatRateField } from '../fields/vat-rate'

/** One per tenant (a global in the multi-tenant plugin): payments, fees, mail and checkout questions. */
export const ShopSettings: CollectionConfig = {
  slug: 'shop-settings',
  labels: { singular: { en: 'Shop settings', fr: 'Réglages de la boutique' }, plural: { en: 'Shop settings', fr: 'Réglages de la boutique' } },
  access: tenantCrud('settings'),
  endpoints: [connectStripeEndpoint, connectedStripeEndpoint],
  admin: { group: { en: 'Shop', fr: 'Boutique' } },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Payments', fr: 'Paiements' },
          fields: [
            {
              name: 'stripeAccountId',
              type: 'text',
              label: { en: 'Stripe account', fr: 'Compte Stripe' },
              access: { update: platformAdminField },
              admin: { readOnly: true, description: { en: 'Set by “Connect Stripe”.', fr: 'Renseigné par « Connecter Stripe ».' } },
            },
            { name: 'stripeChargesEnabled', type: 'checkbox', access: { update: platformAdminField }, admin: { readOnly: true }, label: { en: 'Stripe ready to take payments', fr: 'Stripe prêt à encaisser' } },
            { name: 'connectStripe', type: 'ui', admin: { components: { Field: '/commerce/components/ConnectStripeButton#ConnectStripeButton' } } },
            {
              name: 'acceptsBoxOffice',
              type: 'checkbox',
              defaultValue: true,
              label: { en: 'Box office (cash, cheque, card in person)', fr: 'Guichet (espèces, chèque, carte sur place)' },
            },
          ],
        },
        {
          label: { en: 'Service fees', fr: 'Frais de service' },
          fields: [
            {
              name: 'fees',
              type: 'array',
              labels: { singular: { en: 'Fee', fr: 'Frais' }, plural: { en: 'Fees', fr: 'Frais' } },
              fields: [
                { name: 'label', type: 'text', required: true, maxLength: 80, label: { en: 'Label', fr: 'Libellé' } },
                {
                  name: 'per',
                  type: 'select',
                  required: true,
                  defaultValue: 'order',
                  label: { en: 'Charged', fr: 'Appliqué' },
                  options: [
                    { value: 'item', label: { en: 'per item', fr: 'par article' } },
                    { value: 'order', label: { en: 'per order', fr: 'par commande' } },
                  ],
                },
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'fixed',
                  label: { en: 'Kind', fr: 'Type' },
                  options: [
                    { value: 'fixed', label: { en: 'Fixed amount', fr: 'Montant fixe' } },
                    { value: 'percent', label: { en: 'Percentage', fr: 'Pourcentage' } },
                  ],
                },
                { name: 'percent', type: 'number', min: 0, max: 100, label: { en: 'Percentage', fr: 'Pourcentage' }, admin: { condition: (_, s) => s?.kind === 'percent' } },
                ...moneyField({ name: 'amount', label: { en: 'Amount', fr: 'Montant' }, condition: (_, sibling) => sibling?.kind === 'fixed' }),
                vatRateField(),
                { name: 'passedToBuyer', type: 'checkbox', defaultValue: true, label: { en: 'Paid by the buyer', fr: "Payé par l'acheteur" } },
              ],
            },
          ],
        },
        {
          label: { en: 'Checkout', fr: 'Commande' },
          fields: [
            questionsField('orderQuestions', { en: 'Questions asked once per order', fr: 'Questions posées une fois par commande' }),
            { name: 'termsUrl', type: 'text', label: { en: 'Terms of sale (link)', fr: 'Conditions générales de vente (lien)' } },
          ],
        },
        {
          label: { en: 'Mail', fr: 'E-mails' },
          fields: [
            { name: 'senderName', type: 'text', maxLength: 80, label: { en: 'Sender name', fr: "Nom de l'expéditeur" } },
            { name: 'replyTo', type: 'email', label: { en: 'Reply-to address', fr: 'Adresse de réponse' } },
            { name: 'salesNotificationEmail', type: 'email', label: { en: 'Send sale notifications to', fr: 'Envoyer les avis de vente à' } },
            { name: 'mailFooter', type: 'textarea', maxLength: 600, label: { en: 'Footer (address, legal notice)', fr: 'Pied de page (adresse, mentions légales)' } },
          ],
        },
      ],
    },
  ],
}
