import type { Block } from 'payload'

export const galleryBlock: Block = {
  slug: 'gallery',
  labels: { singular: { en: 'Gallery', fr: 'Galerie' }, plural: { en: 'Galleries', fr: 'Galeries' } },
  fields: [
    { name: 'heading', type: 'text', label: { en: 'Heading', fr: 'Titre' } },
    { name: 'gallery', type: 'relationship', relationTo: 'galleries', required: true },
    { name: 'limit', type: 'number', min: 1, max: 100, label: { en: 'Photos shown', fr: 'Photos affichées' } },
  ],
}
