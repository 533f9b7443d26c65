import type { GroupField } from 'payload'

/** Per-document SEO: title, description and social image, shown in the sidebar of pages and posts. */
export const seoFields = (): GroupField => ({
  name: 'seo',
  type: 'group',
  label: { en: 'SEO', fr: 'Référencement' },
  fields: [
    { name: 'title', type: 'text', maxLength: 70, label: { en: 'Title', fr: 'Titre' } },
    { name: 'description', type: 'textarea', maxLength: 170, label: { en: 'Description', fr: 'Description' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Social image', fr: 'Image de partage' } },
  ],
})
