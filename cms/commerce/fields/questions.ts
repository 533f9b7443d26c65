import type { ArrayField } from 'payload'

/** Questions the buyer answers at checkout (a dedication, a child's class): per product or once per order. */
export const questionsField = (name: string, label: { en: string; fr: string }): ArrayField => ({
  name,
  type: 'array',
  label,
  fields: [
    { name: 'label', type: 'text', required: true, maxLength: 200, label: { en: 'Question', fr: 'Question' } },
    { name: 'required', type: 'checkbox', defaultValue: false, label: { en: 'Required', fr: 'Obligatoire' } },
    {
      name: 'choices',
      type: 'text',
      label: { en: 'Choices (comma-separated; empty for free text)', fr: 'Choix (séparés par des virgules ; vide pour un texte libre)' },
    },
  ],
})
