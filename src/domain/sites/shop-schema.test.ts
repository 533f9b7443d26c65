import { describe, expect, it } from 'vitest'

import { findImageReferences, findReferenceProblems } from './site-references'
import { parseSiteFile, type SiteFile, type SiteFileInput, type SiteProblem } from './site-schema'
import { amountText, vatRatePercent, type SiteShopInput } from './shop-schema'

/** A photographer's shop: a seller, a print in three sizes, two deliveries, two codes. */
function shop(): SiteShopInput {
  return {
    settings: {
      senderName: 'Atelier Test',
      salesNotificationEmail: 'ventes@atelier-test.fr',
      termsUrl: '/cgv',
      fees: [{ label: 'Frais de réservation', per: 'order', kind: 'fixed', amount: '0,50' }],
      orderQuestions: [{ label: 'Message pour une dédicace ?' }],
    },
    sellers: [{ key: 'claire', name: 'Claire Morvan', siret: '732 829 320 00074', receivesPayouts: true, commissionPercent: 15 }],
    products: [
      {
        title: 'Brume sur le lac',
        slug: 'brume-sur-le-lac',
        kind: 'print',
        price: '45,00',
        images: ['images/brume.jpg'],
        seller: 'claire',
        variants: [
          { label: 'A4', price: '45' },
          { label: 'A3', price: '65,00' },
          { label: 'A2', price: '95,00', stock: 5 },
        ],
        priceEvents: [{ label: 'Soldes', price: '39,00', startsAt: '2025-01-08T08:00:00+01:00', endsAt: '2025-02-04T20:00:00+01:00' }],
        questions: [{ label: 'Papier', required: true, choices: ['Mat', 'Brillant'] }],
      },
      { title: 'Beau livre', slug: 'beau-livre', kind: 'book', price: '32,00', vatRate: 5.5, stock: 1 },
    ],
    deliveryMethods: [
      { label: "Retrait à l'atelier", price: '0', requiresAddress: false },
      { label: 'Colissimo suivi', price: '8,90', freeFrom: '150,00' },
    ],
    discounts: [
      { code: 'bienvenue', kind: 'percent', percent: 10, products: ['brume-sur-le-lac'] },
      { code: 'NOEL5', kind: 'fixed', amount: '5,00', minimumOrder: '40,00', validUntil: '2025-12-26T00:00:00+01:00', maxUses: 100 },
    ],
  }
}

function siteWith(shopSection: unknown): SiteFileInput {
  return {
    tenant: { slug: 'atelier-test', name: 'Atelier Test', vertical: 'photo-prints', locale: 'fr' },
    theme: 'atelier',
    brand: {},
    navigation: { header: [{ label: 'Boutique', href: '/boutique' }], footer: [] },
    pages: [
      { slug: 'home', title: 'Accueil', layout: [] },
      { slug: 'cgv', title: 'Conditions de vente', layout: [] },
    ],
    posts: [],
    galleries: [],
    shop: shopSection as SiteShopInput,
  }
}

function parsed(shopSection: unknown): SiteFile {
  const result = parseSiteFile(siteWith(shopSection), 'site.json')
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  return result.site
}

function problemsOf(shopSection: unknown): SiteProblem[] {
  const result = parseSiteFile(siteWith(shopSection), 'site.json')
  if (result.ok) throw new Error('expected the shop section to be refused')
  return result.problems
}

describe('the shop section of a site file', () => {
  it('reads amounts into cents, VAT percents into basis points, and fills in the defaults', () => {
    const { shop: read } = parsed(shop())
    const [print, book] = read!.products
    expect(print).toMatchObject({ price: 4500, vatRate: 2000, active: true, seller: 'claire' })
    expect(print!.variants.map((variant) => [variant.price, variant.stock])).toEqual([[4500, undefined], [6500, undefined], [9500, 5]])
    expect(print!.priceEvents[0]!.price).toBe(3900)
    expect(book).toMatchObject({ price: 3200, vatRate: 550, stock: 1, images: [], variants: [] })
    expect(read!.settings!.fees[0]).toMatchObject({ amount: 50, vatRate: 2000, passedToBuyer: true })
    expect(read!.settings!.orderQuestions[0]!.required).toBe(false)
    expect(read!.sellers[0]!.siret).toBe('73282932000074')
    expect(read!.deliveryMethods.map((method) => [method.price, method.freeFrom, method.requiresAddress])).toEqual([[0, undefined, false], [890, 15000, true]])
    expect(read!.discounts.map((discount) => discount.code)).toEqual(['BIENVENUE', 'NOEL5'])
  })

  it('is optional, and an empty one is an empty shop', () => {
    expect(parsed(undefined).shop).toBeUndefined()
    expect(parsed({}).shop).toEqual({ sellers: [], products: [], deliveryMethods: [], discounts: [] })
  })

  it('explains an amount it cannot read, at its path', () => {
    const section = shop() as any
    section.products[1].price = '12,505'
    section.products[0].variants[2].price = 95
    section.deliveryMethods[1].freeFrom = '150 euros'
    expect(problemsOf(section)).toEqual([
      { path: 'shop.products[0].variants[2].price', message: 'must be an amount written as text, like "45,00"' },
      { path: 'shop.products[1].price', message: '“12,505” has 3 digits after the comma; an amount in euros has at most 2 (cents).' },
      { path: 'shop.deliveryMethods[1].freeFrom', message: expect.stringContaining('“150 euros” is not an amount') },
    ])
  })

  it('accepts only French VAT rates, written as a percent', () => {
    const section = shop() as any
    section.products[0].vatRate = 19.6
    section.deliveryMethods[0].vatRate = '20'
    section.settings.fees[0].vatRate = 2000
    expect(problemsOf(section)).toEqual([
      { path: 'shop.settings.fees[0].vatRate', message: '2000 % is not a French VAT rate; use 20, 10, 5.5, 2.1, 0' },
      { path: 'shop.products[0].vatRate', message: '19.6 % is not a French VAT rate; use 20, 10, 5.5, 2.1, 0' },
      { path: 'shop.deliveryMethods[0].vatRate', message: 'must be a VAT rate as a number: 20, 10, 5.5, 2.1, 0' },
    ])
  })

  it('wants a product seller to be a seller key, and discount products to be product slugs', () => {
    const section = shop() as any
    section.products[1].seller = 'paul'
    section.discounts[0].products = ['brume-sur-le-lac', 'beau-livres']
    expect(problemsOf(section)).toEqual([
      { path: 'shop.products[1].seller', message: 'no seller in "shop.sellers" has key "paul"' },
      { path: 'shop.discounts[0].products[1]', message: 'no product in "shop.products" has slug "beau-livres"' },
    ])
  })

  it('still checks references when another item is invalid', () => {
    const section = shop() as any
    section.products[0].price = '-3'
    section.products[1].seller = 'paul'
    expect(problemsOf(section).map((problem) => problem.path)).toEqual(['shop.products[0].price', 'shop.products[1].seller'])
  })

  it('wants unique product slugs, seller keys, variant labels and discount codes', () => {
    const section = shop() as any
    section.products[1].slug = 'brume-sur-le-lac'
    section.products[0].variants[1].label = 'A4'
    section.sellers.push({ key: 'claire', name: 'Claire M.' })
    section.discounts[1].code = 'Bienvenue'
    expect(problemsOf(section)).toEqual([
      { path: 'shop.sellers[1].key', message: 'another seller already uses key "claire" (number 1 in the list); keys must be unique' },
      { path: 'shop.products[0].variants[1].label', message: 'another variant already uses label "A4" (number 1 in the list); labels must be unique' },
      { path: 'shop.products[1].slug', message: 'another product already uses slug "brume-sur-le-lac" (number 1 in the list); slugs must be unique' },
      { path: 'shop.discounts[1].code', message: 'another discount already uses code "BIENVENUE" (number 1 in the list); codes must be unique' },
    ])
  })

  it('checks a SIRET when one is given', () => {
    const section = shop() as any
    section.sellers[0].siret = '732 829 320 00075'
    expect(problemsOf(section)).toEqual([
      { path: 'shop.sellers[0].siret', message: expect.stringContaining('The SIRET 732 829 320 00075 has a wrong check digit') },
    ])
  })

  it('wants a percent for a percent discount or fee, and an amount for a fixed one', () => {
    const section = shop() as any
    delete section.discounts[0].percent
    section.discounts[1].percent = 5
    section.settings.fees[0].kind = 'percent'
    expect(problemsOf(section)).toEqual([
      { path: 'shop.settings.fees[0].percent', message: 'a percent fee needs "percent", like 10' },
      { path: 'shop.settings.fees[0].amount', message: 'a percent fee has no "amount"; remove it or change "kind"' },
      { path: 'shop.discounts[0].percent', message: 'a percent discount needs "percent", like 10' },
      { path: 'shop.discounts[1].percent', message: 'a fixed discount has no "percent"; remove it or change "kind"' },
    ])
  })

  it('refuses a code buyers cannot type, a choice with a comma, a sale that ends before it starts, and a negative stock', () => {
    const section = shop() as any
    section.discounts[1].code = 'NOËL'
    section.products[0].questions[0].choices = ['Mat', 'Brillant, satiné']
    section.products[0].priceEvents[0].endsAt = '2025-01-01T00:00:00+01:00'
    section.products[1].stock = -1
    expect(problemsOf(section)).toEqual([
      { path: 'shop.products[0].priceEvents[0].endsAt', message: 'must be after "startsAt" (2025-01-08T08:00:00+01:00)' },
      { path: 'shop.products[0].questions[0].choices[1]', message: expect.stringContaining('a choice cannot contain a comma') },
      { path: 'shop.products[1].stock', message: 'cannot be negative' },
      { path: 'shop.discounts[1].code', message: expect.stringContaining('a code is 3 to 40 letters') },
    ])
  })

  it('keeps Stripe state out of the file', () => {
    const section = shop() as any
    section.settings.stripeAccountId = 'acct_123'
    expect(problemsOf(section)).toEqual([
      { path: 'shop.settings.stripeAccountId', message: 'is not a field here; check its spelling or remove it' },
    ])
  })
})

describe('the shop in the rest of the site file', () => {
  it('counts product images among the images the folder must hold', () => {
    expect(findImageReferences(siteWith(shop()))).toContainEqual({ path: 'shop.products[0].images[0]', file: 'images/brume.jpg' })
  })

  it('lets links land on the shop, a product on sale and the cart, not on a missing or withdrawn product', () => {
    const section = shop() as any
    section.products[1].active = false
    const site = parsed(section)
    site.navigation.header.push(
      { label: 'Brume', href: '/boutique/brume-sur-le-lac' },
      { label: 'Panier', href: '/panier' },
      { label: 'Livre', href: '/boutique/beau-livre' },
      { label: 'Absent', href: '/boutique/absent' },
    )
    site.shop!.settings!.termsUrl = '/conditions'
    expect(findReferenceProblems(site)).toEqual([
      { path: 'navigation.header[3].href', message: '"/boutique/beau-livre" points to product "beau-livre", which is not on sale' },
      { path: 'navigation.header[4].href', message: '"/boutique/absent" points to a product "absent" that the shop does not have' },
      { path: 'shop.settings.termsUrl', message: '"/conditions" points to a page "conditions" that the site does not have' },
    ])
  })
})

describe('writing amounts and rates back', () => {
  it('gives the text the schema reads', () => {
    expect([amountText(4500), amountText(890), amountText(5), amountText(0)]).toEqual(['45,00', '8,90', '0,05', '0,00'])
    expect([2000, 1000, 550, 210, 0].map(vatRatePercent)).toEqual([20, 10, 5.5, 2.1, 0])
  })
})
