// Site as code: a site folder imports into tenants, exports back, and the round trip through an
// empty database gives the same site, shop included; an invalid folder is refused whole, naming
// each problem.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportSite } from '../../cms/platform/site-io/export-site'
import { importSite, SiteImportError } from '../../cms/platform/site-io/import-site'
import type { SiteShopInput } from '../../src/domain/sites/shop-schema'
import { bootTestPayload } from '../support/payload'

let payload: Payload
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'vitrine-site-'))
const o = { overrideAccess: true, depth: 0 } as const

/** The starter site under another address, with `shop` as its shop section. */
function starterWithShop(slug: string, shop: unknown): string {
  const dir = tmp()
  cpSync(path.resolve('sites/_starter'), dir, { recursive: true })
  const file = JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8'))
  file.tenant = { ...file.tenant, slug, name: `Boutique ${slug}` }
  file.shop = shop
  writeFileSync(path.join(dir, 'site.json'), JSON.stringify(file))
  return dir
}

/** A shop using every field, written as export writes it (amounts "45,00", seller keys from names). */
function fullShop(): SiteShopInput {
  return {
    settings: {
      senderName: 'Atelier Morvan',
      replyTo: 'bonjour@atelier-morvan.fr',
      salesNotificationEmail: 'ventes@atelier-morvan.fr',
      mailFooter: 'Atelier Morvan, 12 rue de Siam, 29200 Brest',
      termsUrl: '/mentions-legales',
      acceptsBoxOffice: false,
      fees: [
        { label: 'Frais de dossier', per: 'order', kind: 'fixed', amount: '0,50', vatRate: 20 },
        { label: 'Commission', per: 'item', kind: 'percent', percent: 2.5, vatRate: 20, passedToBuyer: false },
      ],
      orderQuestions: [{ label: 'Comment nous avez-vous connus ?', required: true, choices: ['Bouche à oreille', 'Instagram'] }, { label: 'Un mot pour nous ?' }],
    },
    sellers: [
      {
        key: 'claire-morvan',
        name: 'Claire Morvan',
        email: 'claire@atelier-morvan.fr',
        legalName: 'Claire Morvan EI',
        siret: '73282932000074',
        address: '12 rue de Siam, 29200 Brest',
        receivesPayouts: true,
        commissionPercent: 15,
      },
    ],
    products: [
      {
        title: 'Brume',
        slug: 'brume',
        kind: 'print',
        description: 'Tirage pigmentaire sur papier coton.',
        price: '45,00',
        vatRate: 20,
        images: ['images/exemple-foret.jpg'],
        seller: 'claire-morvan',
        variants: [
          { label: 'A4', sku: 'BRU-A4', price: '45,00' },
          { label: 'A2', price: '95,00', stock: 5 },
        ],
        priceEvents: [{ label: "Soldes d'hiver", price: '39,00', startsAt: '2026-01-07T07:00:00.000Z', endsAt: '2026-02-03T19:00:00.000Z' }],
        questions: [{ label: 'Papier', required: true, choices: ['Mat', 'Brillant'] }],
      },
      { title: 'Le livre de la mer', slug: 'livre-de-la-mer', kind: 'book', price: '22,00', vatRate: 5.5, stock: 0 },
      { title: 'La gazette', slug: 'gazette', kind: 'merchandise', price: '2,50', vatRate: 2.1 },
      { title: 'Ancien tirage', slug: 'ancien-tirage', kind: 'print', price: '30,00', vatRate: 20, active: false },
    ],
    deliveryMethods: [
      { label: "Retrait à l'atelier", description: 'Du mardi au samedi', price: '0,00', vatRate: 20, requiresAddress: false },
      { label: 'Colissimo suivi', price: '8,90', vatRate: 20, freeFrom: '150,00' },
      { label: 'Coursier', price: '15,00', vatRate: 20, active: false },
    ],
    discounts: [
      { code: 'BIENVENUE', kind: 'percent', percent: 10, products: ['brume', 'ancien-tirage'] },
      { code: 'NOEL-5', kind: 'fixed', amount: '5,00', minimumOrder: '40,00', validFrom: '2026-12-01T00:00:00.000Z', validUntil: '2026-12-26T00:00:00.000Z', maxUses: 100 },
    ],
  }
}

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
    const owned = ['pages', 'posts', 'galleries', 'media', 'site-settings', 'navigation', 'domains', 'products', 'sellers', 'delivery-methods', 'discounts', 'shop-settings'] as const
    for (const collection of owned) {
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

  it('imports a shop in cents and basis points, and exports it back unchanged, twice', async () => {
    const { tenantId } = await importSite(payload, starterWithShop('boutique-complete', fullShop()))

    const tenant = { tenant: { equals: tenantId } }
    const { docs: [seller] } = await payload.find({ collection: 'sellers', where: tenant, ...o })
    const { docs: products } = await payload.find({ collection: 'products', where: tenant, sort: 'position', ...o })
    expect(products.map((p) => [p.slug, p.price, p.vatRate, p.stock ?? null])).toEqual([
      ['brume', 4500, '2000', null],
      ['livre-de-la-mer', 2200, '550', 0],
      ['gazette', 250, '210', null],
      ['ancien-tirage', 3000, '2000', null],
    ])
    expect(products[0]).toMatchObject({ seller: seller.id, variants: [{ price: 4500 }, { price: 9500, stock: 5 }], questions: [{ choices: 'Mat, Brillant' }] })
    const { docs: [welcome] } = await payload.find({ collection: 'discounts', where: { ...tenant, code: { equals: 'BIENVENUE' } }, ...o })
    expect(welcome.products).toEqual([products[0].id, products[3].id])
    const { docs: settings } = await payload.find({ collection: 'shop-settings', where: tenant, ...o })
    expect(settings.map((s) => s.fees?.map((fee) => [fee.amount ?? null, fee.percent ?? null]))).toEqual([[[50, null], [null, 2.5]]])

    const first = tmp()
    const exported = await exportSite(payload, 'boutique-complete', first)
    expect(exported.shop).toEqual(fullShop())
    expect(readdirSync(path.join(first, 'images'))).toContain('exemple-foret.jpg')

    await payload.delete({ collection: 'tenants', id: tenantId, overrideAccess: true })
    await importSite(payload, first)
    expect(await exportSite(payload, 'boutique-complete', tmp())).toEqual(exported)
  })

  it('gives a site without a shop section its shop settings, and exports no shop', async () => {
    const { tenantId } = await importSite(payload, starterWithShop('sans-boutique', undefined))
    expect((await payload.count({ collection: 'shop-settings', where: { tenant: { equals: tenantId } } })).totalDocs).toBe(1)
    expect((await exportSite(payload, 'sans-boutique', tmp())).shop).toBeUndefined()
  })

  it('refuses an invalid shop section by path, before writing anything', async () => {
    const dir = starterWithShop('boutique-cassee', {
      products: [
        { title: 'Tirage', slug: 'tirage', price: '12,505' },
        { title: 'Carte', slug: 'carte', price: '3,00', vatRate: 19.6, seller: 'personne' },
      ],
      discounts: [{ code: 'DIX', kind: 'percent', products: ['tirage', 'poster'] }],
    })
    const counted = ['tenants', 'media', 'products', 'shop-settings'] as const
    const counts = async () => Promise.all(counted.map(async (collection) => (await payload.count({ collection })).totalDocs))
    const before = await counts()

    const error = await importSite(payload, dir).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(SiteImportError)
    expect((error as SiteImportError).problems).toEqual([
      { path: 'shop.products[0].price', message: '“12,505” has 3 digits after the comma; an amount in euros has at most 2 (cents).' },
      { path: 'shop.products[1].vatRate', message: '19.6 % is not a French VAT rate; use 20, 10, 5.5, 2.1, 0' },
      { path: 'shop.discounts[0].percent', message: 'a percent discount needs "percent", like 10' },
      { path: 'shop.products[1].seller', message: 'no seller in "shop.sellers" has key "personne"' },
      { path: 'shop.discounts[0].products[1]', message: 'no product in "shop.products" has slug "poster"' },
    ])
    expect(await counts()).toEqual(before)
  })

  it('refuses a second site at an address already taken, leaving the first as it was', async () => {
    const pages = await payload.count({ collection: 'pages' })
    await expect(importSite(payload, path.resolve('sites/atelier-lumiere'))).rejects.toThrow(/already exists/)
    expect((await payload.count({ collection: 'pages' })).totalDocs).toBe(pages.totalDocs)
  })
})
