import type { Block } from 'payload'

export const imageBlock: Block = {
  slug: 'image',
  labels: { singular: { en: 'Image', fr: 'Image' }, plural: { en: 'Images', fr: 'Images' } },
  fields: [
    { name: 'image', type: 'upload', relationTo: 'media', required: true },
    { name: 'alt', type: 'text', required: true, label: { en: 'Alternative text', fr: 'Texte alternatif' } },
    { name: 'caption', type: 'text', label: { en: 'Caption', fr: 'Légende' } },
  ],
}
