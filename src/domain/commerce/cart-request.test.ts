import { describe, expect, it } from 'vitest'

import { cartItemSchema, parseChoices, resolveCart, type CatalogueProduct } from './cart-request'
import { money } from './money'

const now = new Date('2026-11-25T12:00:00Z')
const print: CatalogueProduct = {
  id: '1',
  title: 'Tirage « Brume »',
  active: true,
  price: money(4500),
  vatRateBp: 2000,
  stock: null,
  variants: [
    { id: 'a4', label: 'A4', stock: 3 },
    { id: 'a3', label: 'A3', price: money(6500), stock: null },
  ],
  priceEvents: [],
  questions: [{ label: 'Dédicace ?', required: false, choices: [] }],
}
const book: CatalogueProduct = {
  id: '2',
  title: 'Le Livre',
  active: true,
  price: money(2200),
  vatRateBp: 550,
  stock: 1,
  sellerId: '9',
  variants: [],
  priceEvents: [{ label: 'Rentrée', price: money(1800), startsAt: new Date('2026-11-01'), endsAt: new Date('2026-12-01') }],
  questions: [{ label: 'Emballage', required: true, choices: ['Cadeau', 'Simple'] }],
}
const catalogue = new Map([print, book].map((p) => [p.id, p]))

describe('resolveCart', () => {
  it('prices lines from the catalogue: variant price, price event, VAT rate, seller, stock to take', () => {
    const result = resolveCart(
      [
        { productId: '1', variantId: 'a3', quantity: 2 },
        { productId: '2', quantity: 1, answers: { '0': 'Cadeau' } },
      ],
      catalogue,
      now,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.lines.map((l) => [l.label, l.unitPrice.amount, l.quantity, l.vatRateBp])).toEqual([
      ['Tirage « Brume » — A3', 6500, 2, 2000],
      ['Le Livre', 1800, 1, 550],
    ])
    expect(result.lines[0]!.stock).toBeUndefined()
    expect(result.lines[1]).toMatchObject({ sellerId: '9', stock: { available: 1 }, priceEvent: 'Rentrée', answers: [{ question: 'Emballage', answer: 'Cadeau' }] })
  })

  it('falls back to the product price for a variant without its own', () => {
    const result = resolveCart([{ productId: '1', variantId: 'a4', quantity: 1 }], catalogue, now)
    expect(result.ok && result.lines[0]!.unitPrice.amount).toBe(4500)
  })

  it('refuses, by path, unknown products, missing or unknown variants, too many items and bad answers', () => {
    const result = resolveCart(
      [
        { productId: '77', quantity: 1 },
        { productId: '1', quantity: 1 },
        { productId: '1', variantId: 'a5', quantity: 1 },
        { productId: '1', variantId: 'a4', quantity: 4 },
        { productId: '2', quantity: 1, answers: { '0': 'Papier kraft' } },
        { productId: '2', quantity: 1 },
      ],
      catalogue,
      now,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'items.0.productId', message: 'This product is not sold on this site.' },
      { field: 'items.1.variantId', message: 'Choose one of the options of “Tirage « Brume »”.' },
      { field: 'items.2.variantId', message: '“Tirage « Brume »” has no such option.' },
      { field: 'items.3.quantity', message: 'Only 3 of “Tirage « Brume » — A4” left.' },
      { field: 'items.4.answers.0', message: '“Papier kraft” is not one of the choices for “Emballage”.' },
      { field: 'items.5.quantity', message: 'Only 1 of “Le Livre” left.' },
    ])
  })

  it('words every problem for a French buyer too', () => {
    const result = resolveCart([{ productId: '77', quantity: 1 }, { productId: '1', variantId: 'a4', quantity: 4 }], catalogue, now)
    expect(result.ok ? [] : result.problems.map((p) => p.fr)).toEqual(['Ce produit n’est pas vendu sur ce site.', 'Il ne reste que 3 « Tirage « Brume » — A4 ».'])
  })

  it('counts the same stock across lines: two lines of the last book are one too many', () => {
    const result = resolveCart([{ productId: '2', quantity: 1, answers: { '0': 'Simple' } }, { productId: '2', quantity: 1, answers: { '0': 'Simple' } }], catalogue, now)
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['items.1.quantity'])
  })

  it('refuses a product taken off sale and says sold out at zero', () => {
    const off = new Map([['1', { ...print, active: false }], ['2', { ...book, stock: 0 }]])
    const result = resolveCart([{ productId: '1', variantId: 'a4', quantity: 1 }, { productId: '2', quantity: 1, answers: { '0': 'Simple' } }], off, now)
    expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual(['“Tirage « Brume »” is no longer on sale.', '“Le Livre” is sold out.'])
  })
})

describe('cartItemSchema', () => {
  it('takes ids and quantities only: a price in the request is refused', () => {
    expect(cartItemSchema.safeParse({ productId: 3, quantity: 2 }).success).toBe(true)
    const forged = cartItemSchema.safeParse({ productId: 3, quantity: 1, unitPrice: 1 })
    expect(forged.success).toBe(false)
    const zero = cartItemSchema.safeParse({ productId: 3, quantity: 0 })
    expect(zero.success ? '' : zero.error.issues[0]!.path.join('.')).toBe('quantity')
    expect(cartItemSchema.safeParse({ productId: 3, quantity: 1.5 }).success).toBe(false)
    expect(cartItemSchema.safeParse({ productId: 3, quantity: 100 }).success).toBe(false)
  })
})

describe('parseChoices', () => {
  it('splits on commas and drops blanks', () => {
    expect(parseChoices(' Cadeau, Simple ,, ')).toEqual(['Cadeau', 'Simple'])
    expect(parseChoices(null)).toEqual([])
  })
})
