import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'
import { composeAccountUsername } from '../hooks/compose-account-username'

/** Thirty days: a buyer stays logged in on the site they shop on, as they would expect of a shop. */
export const ACCOUNT_SESSION_SECONDS = 60 * 60 * 24 * 30

/**
 * A buyer's account on one tenant's site. Payload hashes the password, signs the session and
 * keeps the reset token; the login name is `<tenant>:<email>` (see accountUsername), so the same
 * email on two sites is two accounts. The site works through the Local API only: this collection
 * has no REST endpoint at all (no public login, first-register or forgot-password routes that
 * would bypass the site's rules), and staff with sales rights read it in the admin.
 */
export const CustomerAccounts: CollectionConfig = {
  slug: 'customer-accounts',
  labels: { singular: { en: 'Customer account', fr: 'Compte client' }, plural: { en: 'Customer accounts', fr: 'Comptes clients' } },
  auth: {
    loginWithUsername: { allowEmailLogin: false, requireEmail: false },
    tokenExpiration: ACCOUNT_SESSION_SECONDS,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    forgotPassword: { expiration: 60 * 60 * 1000 },
  },
  endpoints: false,
  access: {
    read: tenantScoped('sales', 'read'),
    create: () => false,
    update: () => false,
    delete: tenantScoped('sales', 'delete'),
    unlock: tenantScoped('sales', 'update'),
  },
  admin: {
    useAsTitle: 'contactEmail',
    defaultColumns: ['contactEmail', 'name', 'customer', 'createdAt'],
    group: { en: 'Shop', fr: 'Boutique' },
    // No REST route to link to (see above).
    hideAPIURL: true,
    description: { en: 'Buyers who made an account on the site. They sign up, log in and reset their password on the site itself.', fr: 'Les acheteurs qui ont créé un compte sur le site. Ils s’inscrivent, se connectent et changent leur mot de passe sur le site même.' },
  },
  hooks: { beforeValidate: [composeAccountUsername] },
  fields: [
    { name: 'contactEmail', type: 'email', required: true, index: true, label: { en: 'Email', fr: 'E-mail' } },
    { name: 'name', type: 'text', maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: 'customers',
      label: { en: 'Customer record', fr: 'Fiche client' },
      admin: { readOnly: true, description: { en: 'The customer of the same site with the same email.', fr: 'Le client du même site avec le même e-mail.' } },
    },
    // The account's cart, the same on every browser it logs in from (see customer-session.ts).
    { name: 'cartToken', type: 'text', admin: { hidden: true } },
  ],
}
