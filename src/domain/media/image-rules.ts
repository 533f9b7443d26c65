import { formatBytes } from '../storage/quota'

export const ALLOWED_IMAGE_FORMATS = ['jpeg', 'png', 'webp', 'avif', 'gif'] as const
export type ImageFormat = (typeof ALLOWED_IMAGE_FORMATS)[number]

export const MAX_IMAGE_BYTES = 20 * 1024 * 1024
export const MAX_IMAGE_PIXELS = 50_000_000
export const MAX_IMAGE_SIDE = 12_000

export interface ImageMetadata {
  format: string | undefined
  width: number
  height: number
  size: number
}

export type ImageCheck = { ok: true; format: ImageFormat } | { ok: false; message: string }

const FORMAT_ALIASES: Record<string, ImageFormat> = { jpg: 'jpeg', 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'avif', 'image/gif': 'gif' }

export function toImageFormat(format: string | undefined): ImageFormat | undefined {
  const name = (format ?? '').toLowerCase()
  if ((ALLOWED_IMAGE_FORMATS as readonly string[]).includes(name)) return name as ImageFormat
  return FORMAT_ALIASES[name]
}

/** Says whether an uploaded image can be accepted, before it is decoded or stored. */
export function checkImageMetadata({ format, width, height, size }: ImageMetadata): ImageCheck {
  const allowed = toImageFormat(format)
  if (format === 'svg' || format === 'image/svg+xml') {
    return { ok: false, message: 'SVG files are not accepted because they can carry scripts; export the image as PNG or JPEG.' }
  }
  if (allowed === undefined) {
    return {
      ok: false,
      message: `${format ? `“${format}” images are` : 'This file is'} not accepted; upload a JPEG, PNG, WebP, AVIF or GIF image.`,
    }
  }
  if (size > MAX_IMAGE_BYTES) {
    return { ok: false, message: `This image weighs ${formatBytes(size)}; the limit is ${formatBytes(MAX_IMAGE_BYTES)} per image.` }
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    return {
      ok: false,
      message: `This image is ${width} × ${height} pixels; each side may be at most ${MAX_IMAGE_SIDE} pixels. Resize it before uploading.`,
    }
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    const megapixels = Math.round((width * height) / 100_000) / 10
    return {
      ok: false,
      message: `This image is ${width} × ${height} pixels (${megapixels} megapixels); the limit is ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Resize it before uploading.`,
    }
  }
  if (width < 1 || height < 1) return { ok: false, message: 'This image has no pixels; the file may be damaged.' }
  return { ok: true, format: allowed }
}
