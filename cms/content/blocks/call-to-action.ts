import type { Block } from 'payload'

export const callToActionBlock: Block = {
  slug: 'cta',
  labels: { singular: { en: 'Call to action', fr: "Appel à l'action" }, plural: { en: 'Calls to action', fr: "Appels à l'action" } },
  fields: [
    { name: 'heading', type: 'text', required: true, label: { en: 'Heading', fr: 'Titre' } },
    { name: 'text', type: 'textarea', label: { en: 'Text', fr: 'Texte' } },
    { name: 'label', type: 'text', required: true, label: { en: 'Button label', fr: 'Libellé du bouton' } },
    { name: 'href', type: 'text', required: true, label: { en: 'Link', fr: 'Lien' } },
  ],
}
