import type { Block } from 'payload'

export const contactFormBlock: Block = {
  slug: 'contactForm',
  labels: { singular: { en: 'Contact form', fr: 'Formulaire de contact' }, plural: { en: 'Contact forms', fr: 'Formulaires de contact' } },
  fields: [
    { name: 'heading', type: 'text', required: true, label: { en: 'Heading', fr: 'Titre' } },
    { name: 'intro', type: 'textarea', label: { en: 'Introduction', fr: 'Introduction' } },
    { name: 'submitLabel', type: 'text', label: { en: 'Button label', fr: 'Libellé du bouton' } },
  ],
}
