import type { Block } from 'payload'

export const heroBlock: Block = {
  slug: 'hero',
  labels: { singular: { en: 'Hero', fr: 'Bandeau' }, plural: { en: 'Heroes', fr: 'Bandeaux' } },
  fields: [
    { name: 'heading', type: 'text', required: true, label: { en: 'Heading', fr: 'Titre' } },
    { name: 'subheading', type: 'textarea', label: { en: 'Subheading', fr: 'Sous-titre' } },
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', fr: 'Image' } },
    {
      name: 'cta',
      type: 'group',
      label: { en: 'Button', fr: 'Bouton' },
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', fr: 'Libellé' } },
        { name: 'href', type: 'text', label: { en: 'Link', fr: 'Lien' } },
      ],
    },
  ],
}
