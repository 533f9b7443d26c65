import type { Block } from 'payload'

export const columnsBlock: Block = {
  slug: 'columns',
  labels: { singular: { en: 'Columns', fr: 'Colonnes' }, plural: { en: 'Columns', fr: 'Colonnes' } },
  fields: [
    {
      name: 'columns',
      type: 'array',
      minRows: 2,
      maxRows: 4,
      required: true,
      fields: [{ name: 'body', type: 'richText', required: true }],
    },
  ],
}
