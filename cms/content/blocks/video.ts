import type { Block } from 'payload'

import { parseVideoUrl } from '../../../src/domain/content/video'

export const videoBlock: Block = {
  slug: 'video',
  labels: { singular: { en: 'Video', fr: 'Vidéo' }, plural: { en: 'Videos', fr: 'Vidéos' } },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { en: 'YouTube or Vimeo link', fr: 'Lien YouTube ou Vimeo' },
      validate: (value: string | null | undefined) => {
        if (!value) return 'A video link is required.'
        const parsed = parseVideoUrl(value)
        return parsed.ok ? true : parsed.message
      },
    },
    { name: 'caption', type: 'text', label: { en: 'Caption', fr: 'Légende' } },
  ],
}
