import type { Block } from 'payload'

export const richTextBlock: Block = {
  slug: 'richText',
  labels: { singular: { en: 'Text', fr: 'Texte' }, plural: { en: 'Texts', fr: 'Textes' } },
  fields: [{ name: 'body', type: 'richText', required: true, label: { en: 'Text', fr: 'Texte' } }],
}
