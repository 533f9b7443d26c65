// Public image URLs. Visitors never get an original: /media/<id>/<width>.<format> serves a resized,
// re-encoded copy after checking the image belongs to the host's tenant.
import type { Media } from '../../cms/payload-types'
import { DERIVATIVE_WIDTHS } from '../domain/media/process-image'

export type PublicFormat = 'avif' | 'webp' | 'jpeg'
export const PUBLIC_FORMATS: PublicFormat[] = ['avif', 'webp', 'jpeg']

export const mediaUrl = (media: Pick<Media, 'id'>, width: number, format: PublicFormat = 'jpeg') => `/media/${media.id}/${width}.${format}`

/** Widths worth offering for an image: the standard steps below its own width, and its width capped at the largest step. */
export function widthsFor(media: Pick<Media, 'width'>, maxWidth = DERIVATIVE_WIDTHS[DERIVATIVE_WIDTHS.length - 1]): number[] {
  const own = Math.min(media.width ?? maxWidth, maxWidth)
  const steps = DERIVATIVE_WIDTHS.filter((width) => width < own && width <= maxWidth)
  return [...steps, own]
}

export const srcset = (media: Pick<Media, 'id' | 'width'>, format: PublicFormat, maxWidth?: number) =>
  widthsFor(media, maxWidth)
    .map((width) => `${mediaUrl(media, width, format)} ${width}w`)
    .join(', ')

/** Height for a width, keeping the original's ratio (for width/height attributes). */
export const heightFor = (media: Pick<Media, 'width' | 'height'>, width: number) =>
  media.width && media.height ? Math.round((media.height * width) / media.width) : undefined

export const asMedia = (value: unknown): Media | null => (value && typeof value === 'object' && 'filename' in value ? (value as Media) : null)
