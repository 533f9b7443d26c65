// Resized copies of originals, made on first request and kept on disk beside the media
// (media/.derived/<tenant-scoped id>-<width>.<format>), so each size is encoded once.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Media } from '../../cms/payload-types'
import { DERIVATIVE_WIDTHS, makeDerivatives } from '../domain/media/process-image'
import { PUBLIC_FORMATS, type PublicFormat } from './images'

const mediaDir = () => path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.MEDIA_DIR ?? 'media')

export function parseDerivativeName(file: string): { width: number; format: PublicFormat } | null {
  const match = /^(\d{2,4})\.(avif|webp|jpeg)$/.exec(file)
  if (!match) return null
  return { width: Number(match[1]), format: match[2] as PublicFormat }
}

/** Only the standard widths, or the image's own width when it is smaller than the largest step. */
function allowedWidth(media: Pick<Media, 'width'>, width: number): boolean {
  const max = DERIVATIVE_WIDTHS[DERIVATIVE_WIDTHS.length - 1]
  const own = Math.min(media.width ?? max, max)
  return (DERIVATIVE_WIDTHS.includes(width) && width <= own) || width === own
}

const inFlight = new Map<string, Promise<Buffer>>()

export async function derivedImage(media: Media, { width, format }: { width: number; format: PublicFormat }): Promise<{ buffer: Buffer } | null> {
  if (!media.filename || !allowedWidth(media, width) || !PUBLIC_FORMATS.includes(format)) return null
  const cacheFile = path.join(mediaDir(), '.derived', `${media.id}-${path.parse(media.filename).name}-${width}.${format}`)
  try {
    return { buffer: await readFile(cacheFile) }
  } catch {
    // not made yet
  }
  let job = inFlight.get(cacheFile)
  if (!job) {
    job = (async () => {
      const original = await readFile(path.join(mediaDir(), path.basename(media.filename!)))
      const [{ buffer }] = await makeDerivatives(original, [width], [format])
      await mkdir(path.dirname(cacheFile), { recursive: true })
      const temp = `${cacheFile}.${process.pid}.tmp`
      await writeFile(temp, buffer)
      await rename(temp, cacheFile)
      return buffer
    })().finally(() => inFlight.delete(cacheFile))
    inFlight.set(cacheFile, job)
  }
  return { buffer: await job }
}
