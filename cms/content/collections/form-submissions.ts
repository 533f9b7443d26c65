import type { CollectionConfig } from 'payload'

import { tenantScoped } from '../../platform/access'

/** Messages sent through a site's contact form. Created only by the site (server side). */
export const FormSubmissions: CollectionConfig = {
  slug: 'form-submissions',
  labels: { singular: { en: 'Message', fr: 'Message' }, plural: { en: 'Messages', fr: 'Messages' } },
  access: { read: tenantScoped('content', 'read'), create: () => false, update: () => false, delete: tenantScoped('content', 'delete') },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'page', 'createdAt'], group: { en: 'Content', fr: 'Contenu' } },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    { name: 'email', type: 'email', required: true },
    { name: 'message', type: 'textarea', required: true, maxLength: 5000 },
    { name: 'page', type: 'text' },
  ],
}
