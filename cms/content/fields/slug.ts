import type { TextField } from 'payload'

import { slugify } from '../../../src/domain/tenancy/slug'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A URL slug unique within its tenant (see the collection's compound index), made from the title when left empty. */
export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  index: true,
  label: { en: 'URL slug', fr: 'Adresse (slug)' },
  admin: { position: 'sidebar', description: { en: 'Lowercase words joined by dashes.', fr: 'Mots en minuscules séparés par des tirets.' } },
  hooks: {
    beforeValidate: [({ value, data }) => (value ? String(value).trim() : data?.[from] ? slugify(String(data[from])) : value)],
  },
  validate: (value: string | null | undefined) =>
    !value || SLUG.test(value) ? true : 'Use lowercase letters, digits and dashes only (e.g. "a-propos").',
})
