import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { checkImageMetadata } from './image-rules'
import { exifHasGps, inspectImage, makeDerivatives, normaliseOriginal, watermark } from './process-image'

const solid = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 120, g: 130, b: 140 } } })

/** A phone photo stored sideways (orientation 6) with a location in its EXIF. */
const phonePhoto = () =>
  solid(60, 40)
    .jpeg()
    .withExif({ IFD0: { Make: 'Phone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()

describe('inspectImage', () => {
  it('reports the displayed size and the location metadata', async () => {
    const info = await inspectImage(await phonePhoto())
    expect(info).toMatchObject({ format: 'jpeg', width: 40, height: 60, orientation: 6, hasGps: true })
    expect((await inspectImage(await solid(10, 10).png().toBuffer())).hasGps).toBe(false)
  })

  it('names AVIF as avif', async () => {
    expect((await inspectImage(await solid(16, 16).avif().toBuffer())).format).toBe('avif')
  })

  it('lets the rules refuse an image with too many pixels before decoding it', async () => {
    const huge = await solid(8000, 6500).png({ compressionLevel: 1 }).toBuffer()
    const result = checkImageMetadata(await inspectImage(huge))
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/8000 × 6500 pixels \(52 megapixels\)/) })
    await expect(normaliseOriginal(huge)).rejects.toThrow(/pixel limit/i)
  })
})

describe('normaliseOriginal', () => {
  it('applies the orientation and strips EXIF and GPS, keeping the format', async () => {
    const out = await normaliseOriginal(await phonePhoto())
    const meta = await sharp(out).metadata()
    expect(meta).toMatchObject({ format: 'jpeg', width: 40, height: 60 })
    expect(meta.orientation ?? 1).toBe(1)
    expect(meta.exif).toBeUndefined()
    expect(exifHasGps(meta.exif)).toBe(false)
  })

  it('converts a colour profile to sRGB and keeps it', async () => {
    const withP3 = await solid(20, 20).jpeg().withIccProfile('p3').toBuffer()
    const srgbProfile = (await sharp(await solid(2, 2).jpeg().withIccProfile('srgb').toBuffer()).metadata()).icc
    const out = await normaliseOriginal(withP3)
    const meta = await sharp(out).metadata()
    expect(meta.hasProfile).toBe(true)
    expect(meta.icc?.equals(srgbProfile!)).toBe(true)
    expect((await sharp(withP3).metadata()).icc?.equals(srgbProfile!)).toBe(false)
  })
})

describe('makeDerivatives', () => {
  it('makes each width in each format without upscaling', async () => {
    const out = await makeDerivatives(await solid(700, 350).png().toBuffer(), [320, 640, 1024], ['webp', 'jpeg'])
    expect(out.map(({ width, height, format }) => `${width}x${height}.${format}`).sort()).toEqual(
      ['320x160.jpeg', '320x160.webp', '640x320.jpeg', '640x320.webp', '700x350.jpeg', '700x350.webp'].sort(),
    )
    const webp = out.find((d) => d.format === 'webp')!
    expect((await sharp(webp.buffer).metadata()).format).toBe('webp')
  })

  it('turns a sideways photo upright and drops its location', async () => {
    const [avif] = await makeDerivatives(await phonePhoto(), [320], ['avif'])
    expect(avif).toMatchObject({ width: 40, height: 60, format: 'avif' })
    const meta = await sharp(avif!.buffer).metadata()
    expect(meta.exif).toBeUndefined()
  })
})

describe('watermark', () => {
  it('marks pixels across the image and keeps its size and format', async () => {
    const original = await solid(400, 300).png().toBuffer()
    const marked = await watermark(original, 'Épreuve <Atelier>')
    const meta = await sharp(marked).metadata()
    expect(meta).toMatchObject({ format: 'png', width: 400, height: 300 })
    const before = await sharp(original).raw().toBuffer()
    const after = await sharp(marked).removeAlpha().raw().toBuffer()
    // Count changed pixels in each quarter: the mark is tiled, not a single corner stamp.
    const quarters = [0, 0, 0, 0]
    for (let pixel = 0; pixel < 400 * 300; pixel += 1) {
      if (Math.abs(before[pixel * 3]! - after[pixel * 3]!) > 10) {
        const x = pixel % 400
        const y = Math.floor(pixel / 400)
        const quarter = (y < 150 ? 0 : 2) + (x < 200 ? 0 : 1)
        quarters[quarter] = (quarters[quarter] ?? 0) + 1
      }
    }
    for (const changed of quarters) expect(changed).toBeGreaterThan(100)
  })
})
