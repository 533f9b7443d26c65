// Site as code: a site folder imports into tenants, exports back, and the round trip through an
// empty database gives the same site; an invalid folder is refused whole, naming each problem.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportSite } from '../../cms/platform/site-io/export-site'
import { importSite, SiteImportError } from '../../cms/platform/site-io/import-site'
import { bootTestPayload } from '../support/payload'

let payload: Payload
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'vitrine-site-'))

beforeAll(async () => {
  payload = await bootTestPayload()
})

describe('site import and export', () => {
  it('round-trips a demo site: export, import under another address, export again gives the same site', async () => {
    await importSite(payload, path.resolve('sites/atelier-lumiere'), { trustDomains: true })
    const first = tmp()
    const exported = await exportSite(payload, 'atelier-lumiere', first)
    expect(exported.pages.length).toBeGreaterThan(3)
    expect(exported.galleries[0].photos.length).toBeGreaterThan(3)

    // Empty the database of that site (the multi-tenant plugin removes a deleted tenant's rows),
    // then import the export and export again.
    const { docs: [tenant] } = await payload.find({ collection: 'tenants', where: { slug: { equals: 'atelier-lumiere' } }, overrideAccess: true })
    await payload.delete({ collection: 'tenants', id: tenant.id, overrideAccess: true })
    for (const collection of ['pages', 'posts', 'galleries', 'media', 'site-settings', 'navigation', 'domains'] as const) {
      expect((await payload.count({ collection })).totalDocs, collection).toBe(0)
    }
    await importSite(payload, first, { trustDomains: true })
    const second = tmp()
    const again = await exportSite(payload, 'atelier-lumiere', second)

    expect(again).toEqual(exported)
    const images = (dir: string) => readdirSync(path.join(dir, 'images')).sort()
    expect(images(second)).toEqual(images(first))
    const [a, b] = await Promise.all([sharp(path.join(first, 'images', images(first)[0])).metadata(), sharp(path.join(second, 'images', images(second)[0])).metadata()])
    expect([b.width, b.height]).toEqual([a.width, a.height])
  })

  it('turns Markdown into rich text that renders', async () => {
    const { docs } = await payload.find({ collection: 'posts', where: { 'tenant.slug': { equals: 'atelier-lumiere' } }, limit: 1, overrideAccess: true })
    const body = docs[0].body as { root: { children: { type: string }[] } }
    expect(body.root.children.map((child) => child.type)).toContain('paragraph')
  })

  it('refuses an invalid folder with every problem by path, and creates nothing', async () => {
    const dir = tmp()
    cpSync(path.resolve('sites/_starter'), dir, { recursive: true })
    const file = JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8'))
    file.tenant.slug = 'cassee'
    file.brand.colors = { primary: 'rouge' }
    file.pages[0].layout.push({ type: 'carousel' })
    file.galleries[0].photos[0].image = 'images/absente.jpg'
    writeFileSync(path.join(dir, 'site.json'), JSON.stringify(file))
    const before = await payload.count({ collection: 'tenants' })

    const error = await importSite(payload, dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SiteImportError)
    const paths = (error as SiteImportError).problems.map((p) => p.path)
    expect(paths).toEqual(expect.arrayContaining(['brand.colors.primary', expect.stringMatching(/^pages\[0\]\.layout\[\d+\]/)]))
    expect((await payload.count({ collection: 'tenants' })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a second site at an address already taken, leaving the first as it was', async () => {
    const pages = await payload.count({ collection: 'pages' })
    await expect(importSite(payload, path.resolve('sites/atelier-lumiere'))).rejects.toThrow(/already exists/)
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(pages.totalDocs)
  })
})
