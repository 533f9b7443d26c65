import type { CollectionConfig } from 'payload'

import { FONT_STACKS } from '../../../src/domain/themes/fonts'
import { tenantCrud } from '../access'
import { sanitizeTenantCss } from '../hooks/sanitize-tenant-css'
import { touchTenant } from '../hooks/touch-tenant'
import { themeNames } from '../themes'

const HEX = /^#[0-9a-fA-F]{6}$/
const colour = (name: string, en: string, fr: string) => ({
  name,
  type: 'text' as const,
  label: { en, fr },
  admin: { placeholder: '#1a1a1a' },
  validate: (value: string | null | undefined) => (!value || HEX.test(value) ? true : `Use a colour like #1a6b8f (got "${value}").`),
})
const fontOptions = FONT_STACKS.map((font) => ({ value: font.id, label: font.label }))

/** Theme, brand, custom CSS, SEO defaults and embedding of one site (one document per tenant). */
export const SiteSettings: CollectionConfig = {
  slug: 'site-settings',
  labels: { singular: { en: 'Design & settings', fr: 'Design et réglages' }, plural: { en: 'Design & settings', fr: 'Design et réglages' } },
  access: tenantCrud('design'),
  admin: { group: { en: 'Design', fr: 'Design' } },
  hooks: { beforeChange: [sanitizeTenantCss], afterChange: [touchTenant], afterDelete: [touchTenant] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Theme & brand', fr: 'Thème et marque' },
          fields: [
            {
              // Text, not a select: a theme added to themes/ must not need a database migration.
              name: 'theme',
              type: 'text',
              required: true,
              defaultValue: 'atelier',
              label: { en: 'Theme', fr: 'Thème' },
              admin: { description: { en: `One of: ${themeNames().join(', ')}`, fr: `Au choix : ${themeNames().join(', ')}` } },
              validate: (value: string | null | undefined) =>
                value && themeNames().includes(value) ? true : `Choose one of the installed themes: ${themeNames().join(', ')}.`,
            },
            { name: 'tagline', type: 'text', maxLength: 140, label: { en: 'Tagline', fr: 'Slogan' } },
            { name: 'logo', type: 'upload', relationTo: 'media', label: { en: 'Logo', fr: 'Logo' } },
            { name: 'favicon', type: 'upload', relationTo: 'media', label: { en: 'Favicon', fr: 'Favicon' } },
            { name: 'headerImage', type: 'upload', relationTo: 'media', label: { en: 'Header image', fr: "Image d'en-tête" } },
            {
              name: 'colors',
              type: 'group',
              label: { en: 'Colours', fr: 'Couleurs' },
              fields: [
                colour('primary', 'Primary', 'Principale'),
                colour('accent', 'Accent', "D'accent"),
                colour('background', 'Background', 'Fond'),
                colour('text', 'Text', 'Texte'),
              ],
            },
            {
              name: 'fonts',
              type: 'group',
              label: { en: 'Fonts', fr: 'Polices' },
              fields: [
                { name: 'heading', type: 'select', options: fontOptions, label: { en: 'Headings', fr: 'Titres' } },
                { name: 'body', type: 'select', options: fontOptions, label: { en: 'Text', fr: 'Texte' } },
              ],
            },
          ],
        },
        {
          label: { en: 'Custom CSS', fr: 'CSS personnalisé' },
          fields: [
            {
              // A textarea, not Payload's code field: its editor (Monaco) loads from a CDN at run
              // time and never appears offline.
              name: 'customCss',
              type: 'textarea',
              admin: { rows: 16, description: { en: 'Cleaned on save: remote loads and anything that could inject markup are removed.', fr: 'Nettoyé à l’enregistrement : les chargements distants et tout ce qui pourrait injecter du code sont retirés.' } },
              label: { en: 'Custom CSS', fr: 'CSS personnalisé' },
            },
            { name: 'customCssClean', type: 'textarea', admin: { hidden: true } },
            {
              name: 'customCssReport',
              type: 'array',
              label: { en: 'Removed on last save', fr: 'Retiré au dernier enregistrement' },
              admin: { readOnly: true },
              fields: [
                { name: 'line', type: 'number' },
                { name: 'reason', type: 'text' },
              ],
            },
          ],
        },
        {
          label: { en: 'SEO & embedding', fr: 'Référencement et intégration' },
          fields: [
            { name: 'seoTitle', type: 'text', maxLength: 70, label: { en: 'Default title', fr: 'Titre par défaut' } },
            { name: 'seoDescription', type: 'textarea', maxLength: 170, label: { en: 'Default description', fr: 'Description par défaut' } },
            { name: 'seoImage', type: 'upload', relationTo: 'media', label: { en: 'Default social image', fr: 'Image de partage par défaut' } },
            {
              name: 'frameAncestors',
              type: 'array',
              label: { en: 'Sites allowed to embed this site', fr: 'Sites autorisés à intégrer ce site' },
              fields: [
                {
                  name: 'origin',
                  type: 'text',
                  required: true,
                  validate: (value: string | null | undefined) =>
                    value && /^https:\/\/[a-z0-9.-]+(:\d+)?$/.test(value) ? true : 'An origin like https://www.example.com (no path).',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
