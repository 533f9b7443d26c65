import sharp, { type Sharp } from 'sharp'
import { MAX_IMAGE_PIXELS, toImageFormat, type ImageFormat } from './image-rules'

export interface ImageInspection {
  /** Normalised: AVIF reads as `avif` (libvips says `heif`); formats we refuse keep their own name. */
  format: string | undefined
  /** Displayed size, once the EXIF orientation is applied. */
  width: number
  height: number
  size: number
  orientation: number
  hasGps: boolean
  hasIccProfile: boolean
  pages: number
}

export interface Derivative {
  width: number
  height: number
  format: ImageFormat
  buffer: Buffer
}

export const DERIVATIVE_WIDTHS = [320, 640, 1024, 1600, 2400]
export const DERIVATIVE_FORMATS: ImageFormat[] = ['avif', 'webp', 'jpeg']

const ENCODER_OPTIONS = {
  avif: { quality: 55, effort: 4 },
  webp: { quality: 80 },
  jpeg: { quality: 80, mozjpeg: true },
  png: { compressionLevel: 9 },
  gif: {},
} satisfies Record<ImageFormat, object>

const open = (buffer: Buffer, animated = false): Sharp => sharp(buffer, { limitInputPixels: MAX_IMAGE_PIXELS, animated })

/** True when the EXIF block (as sharp returns it, `Exif\0\0` + TIFF) points to a GPS directory. */
export function exifHasGps(exif: Buffer | undefined): boolean {
  if (!exif || exif.length < 14) return false
  const tiff = exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? exif.subarray(6) : exif
  const order = tiff.subarray(0, 2).toString('latin1')
  if (order !== 'II' && order !== 'MM') return false
  const little = order === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const ifd0 = u32(4)
  if (ifd0 + 2 > tiff.length) return false
  const entries = u16(ifd0)
  for (let index = 0; index < entries; index += 1) {
    const entry = ifd0 + 2 + index * 12
    if (entry + 12 > tiff.length) return false
    if (u16(entry) === 0x8825) return true
  }
  return false
}

function outputFormat(format: string | undefined): ImageFormat {
  const known = toImageFormat(format)
  if (!known) throw new Error(`Cannot process “${format ?? 'unknown'}” images; check them with checkImageMetadata first.`)
  return known
}

export async function inspectImage(buffer: Buffer): Promise<ImageInspection> {
  const meta = await sharp(buffer).metadata()
  const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format
  const orientation = meta.orientation ?? 1
  const turned = orientation >= 5 && orientation <= 8
  const width = meta.width ?? 0
  const height = meta.height ?? 0
  return {
    format,
    width: turned ? height : width,
    height: turned ? width : height,
    size: buffer.length,
    orientation,
    hasGps: exifHasGps(meta.exif),
    hasIccProfile: meta.hasProfile ?? false,
    pages: meta.pages ?? 1,
  }
}

/**
 * The original as we keep it: EXIF orientation applied, every metadata block removed (location
 * included) except a colour profile, which becomes sRGB. Same format as uploaded.
 */
export async function normaliseOriginal(buffer: Buffer): Promise<Buffer> {
  const info = await inspectImage(buffer)
  const format = outputFormat(info.format)
  let pipeline = open(buffer, info.pages > 1).rotate()
  if (info.hasIccProfile) pipeline = pipeline.withIccProfile('srgb')
  const quality = format === 'jpeg' || format === 'webp' ? { quality: 92 } : {}
  return pipeline.toFormat(format, { ...ENCODER_OPTIONS[format], ...quality }).toBuffer()
}

/** Resized copies for `srcset`, never wider than the original; metadata stripped. */
export async function makeDerivatives(
  buffer: Buffer,
  widths: number[] = DERIVATIVE_WIDTHS,
  formats: ImageFormat[] = DERIVATIVE_FORMATS,
): Promise<Derivative[]> {
  const { width: originalWidth } = await inspectImage(buffer)
  const targets = [...new Set(widths.filter((width) => width < originalWidth))].sort((a, b) => a - b)
  // An image narrower than a requested width still gets one copy at its own width.
  if (widths.some((width) => width >= originalWidth)) targets.push(originalWidth)
  const base = open(buffer).rotate()
  const jobs = targets.flatMap((width) =>
    formats.map(async (format): Promise<Derivative> => {
      const { data, info } = await base
        .clone()
        .resize({ width, withoutEnlargement: true })
        .toFormat(format, ENCODER_OPTIONS[format])
        .toBuffer({ resolveWithObject: true })
      return { width: info.width, height: info.height, format, buffer: data }
    }),
  )
  return Promise.all(jobs)
}

const escapeSvgText = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char)

export interface WatermarkOptions {
  opacity?: number
}

/** A preview marked with `text` tiled diagonally over the whole image, so it cannot be cropped out. */
export async function watermark(buffer: Buffer, text: string, { opacity = 0.35 }: WatermarkOptions = {}): Promise<Buffer> {
  const info = await inspectImage(buffer)
  const format = outputFormat(info.format)
  const fontSize = Math.max(14, Math.round(Math.min(info.width, info.height) / 14))
  const tileWidth = Math.round(fontSize * Math.max(4, text.length * 0.7))
  const tileHeight = fontSize * 4
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${info.width}" height="${info.height}">
  <defs><pattern id="mark" width="${tileWidth}" height="${tileHeight}" patternUnits="userSpaceOnUse" patternTransform="rotate(-30)">
    <text x="0" y="${fontSize * 2}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${fontSize}" font-weight="bold"
      fill="#ffffff" fill-opacity="${opacity}" stroke="#000000" stroke-opacity="${opacity / 2}" stroke-width="${Math.max(1, fontSize / 24)}">${escapeSvgText(text)}</text>
  </pattern></defs>
  <rect width="100%" height="100%" fill="url(#mark)"/>
</svg>`
  return open(buffer)
    .rotate()
    .composite([{ input: Buffer.from(svg), top: 0, left: 0 }])
    .toFormat(format, ENCODER_OPTIONS[format])
    .toBuffer()
}
