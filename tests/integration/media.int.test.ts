// Uploads: only images, upright, without location metadata, within the plan's storage.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { exifHasGps } from '../../src/domain/media/process-image'
import { imageFile, jpeg } from '../support/factories'
import { bootTestPayload, mediaDir } from '../support/payload'

let payload: Payload
let tenant: { id: number }
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await bootTestPayload()
  tenant = await payload.create({ collection: 'tenants', data: { name: 'Photos', slug: 'photos-test' }, ...o })
})

/** A 60×40 JPEG shot "sideways" (EXIF orientation 6) with a GPS position. */
async function sidewaysPhotoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 60, height: 40, channels: 3, background: '#aa3322' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Vitrine test' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 0/1' } })
    .withMetadata({ orientation: 6 })
    .toBuffer()
}

describe('an uploaded photo', () => {
  it('is stored upright with its EXIF orientation applied and its GPS position removed', async () => {
    const original = await sidewaysPhotoWithGps()
    const before = await sharp(original).metadata()
    expect(before.orientation).toBe(6)
    expect(exifHasGps(before.exif)).toBe(true)

    const media = await payload.create({ collection: 'media', data: { tenant: tenant.id, alt: 'Phare' }, file: imageFile(original, 'phare.jpg'), ...o })
    expect([media.width, media.height]).toEqual([40, 60])
    const stored = await sharp(path.join(mediaDir(), media.filename!)).metadata()
    expect(stored.orientation ?? 1).toBe(1)
    expect(exifHasGps(stored.exif)).toBe(false)
    expect([stored.width, stored.height]).toEqual([40, 60])
  })

  it('counts towards the tenant’s storage', async () => {
    const fresh = await payload.findByID({ collection: 'tenants', id: tenant.id, ...o })
    expect(fresh.storageUsedBytes).toBeGreaterThan(0)
  })
})

describe('a refused upload', () => {
  const filesOnDisk = () => readdirSync(mediaDir()).filter((name) => !name.startsWith('.')).length
  const count = async () => (await payload.count({ collection: 'media', where: { tenant: { equals: tenant.id } } })).totalDocs

  it('refuses an SVG (it can carry script) and stores nothing', async () => {
    const [docs, files] = [await count(), filesOnDisk()]
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    await expect(payload.create({ collection: 'media', data: { tenant: tenant.id }, file: imageFile(svg, 'x.svg', 'image/svg+xml'), ...o })).rejects.toThrow()
    expect([await count(), filesOnDisk()]).toEqual([docs, files])
  })

  it('refuses a file that is not an image, naming it', async () => {
    const text = Buffer.from('not an image at all')
    await expect(payload.create({ collection: 'media', data: { tenant: tenant.id }, file: imageFile(text, 'notes.jpg'), ...o })).rejects.toThrow(/notes\.jpg/)
  })

  it('refuses an image of too many pixels', async () => {
    const huge = await sharp({ create: { width: 12_001, height: 10, channels: 3, background: '#000' } }).png().toBuffer()
    await expect(payload.create({ collection: 'media', data: { tenant: tenant.id }, file: imageFile(huge, 'huge.png', 'image/png'), ...o })).rejects.toThrow()
  })

  it('refuses an upload over the plan’s storage with a clear message, leaving storage as it was', async () => {
    // Fill the free plan (500 MB) on paper: the quota counts what the tenant's media weigh.
    const full = await payload.create({ collection: 'tenants', data: { name: 'Plein', slug: 'plein-test' }, ...o })
    const first = await payload.create({ collection: 'media', data: { tenant: full.id }, file: imageFile(await jpeg()), ...o })
    await payload.db.updateOne({ collection: 'media', id: first.id, data: { filesize: 500 * 1024 * 1024 - 100 } })
    const [files, docs] = [filesOnDisk(), (await payload.count({ collection: 'media', where: { tenant: { equals: full.id } } })).totalDocs]

    await expect(payload.create({ collection: 'media', data: { tenant: full.id }, file: imageFile(await jpeg(200, 200)), ...o })).rejects.toThrow(
      /500 MB \(free plan\)/,
    )
    expect(filesOnDisk()).toBe(files)
    expect((await payload.count({ collection: 'media', where: { tenant: { equals: full.id } } })).totalDocs).toBe(docs)
    expect(existsSync(path.join(mediaDir(), first.filename!))).toBe(true)
  })
})
