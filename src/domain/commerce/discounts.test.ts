import { describe, expect, it } from 'vitest'
import type { CartLine } from './cart-line'
import { applyDiscount, normaliseDiscountCode, priceAt, type DiscountCode, type DiscountResult, type PriceEvent } from './discounts'
import { money } from './money'
import { pick, randomInt } from './test-random'

const eur = (amount: number) => money(amount, 'EUR')
const line = (productId: string, unit: number, quantity = 1, vatRateBp = 2000): CartLine => ({ productId, label: productId, unitPrice: eur(unit), quantity, vatRateBp })
const now = new Date('2025-06-15T10:00:00Z')
const spring: DiscountCode = { code: 'SPRING', kind: 'percent', rateBp: 1000, usedCount: 0 }

function refused(result: DiscountResult) {
  if (result.ok) throw new Error('expected a refusal')
  return result
}

function accepted(result: DiscountResult) {
  if (!result.ok) throw new Error(`expected the code to apply: ${result.message}`)
  return result
}

describe('applyDiscount', () => {
  it('takes a percentage off every line, rounded once on the total', () => {
    const result = accepted(applyDiscount([line('print', 4500), line('frame', 2999)], spring, now))
    expect(result.discountTotal).toEqual(eur(750)) // 10 % of 74,99 € = 7,499 → 7,50 €
    expect(result.lines.map((l) => [l.discount.amount, l.amount.amount])).toEqual([
      [450, 4050],
      [300, 2699],
    ])
  })

  it('spreads a fixed amount over the eligible lines without losing a cent', () => {
    const code: DiscountCode = { code: 'TEN', kind: 'fixed', amount: eur(1000), usedCount: 0 }
    const result = accepted(applyDiscount([line('a', 1000), line('b', 1000), line('c', 1000)], code, now))
    expect(result.lines.map((l) => l.discount.amount)).toEqual([334, 333, 333])
  })

  it('never takes more than the eligible lines are worth', () => {
    const code: DiscountCode = { code: 'BIG', kind: 'fixed', amount: eur(5000), usedCount: 0, productIds: ['poster'] }
    const result = accepted(applyDiscount([line('poster', 1500, 2), line('book', 2000, 1, 550)], code, now))
    expect(result.discountTotal).toEqual(eur(3000))
    expect(result.lines.map((l) => [l.productId, l.amount.amount])).toEqual([
      ['poster', 0],
      ['book', 2000],
    ])
  })

  it('refuses with a reason and words a buyer understands', () => {
    const cart = [line('print', 4500)]
    expect(refused(applyDiscount(cart, { ...spring, validFrom: new Date('2025-07-01T00:00:00+02:00') }, now))).toEqual({
      ok: false,
      reason: 'not-yet-valid',
      message: 'The code SPRING can be used from 1 July 2025 at 00:00.',
      fr: 'Le code SPRING est valable à partir du 1 juillet 2025 à 00:00.',
    })
    expect(refused(applyDiscount(cart, { ...spring, validUntil: new Date('2025-06-01T00:00:00+02:00') }, now))).toMatchObject({
      reason: 'expired',
      message: 'The code SPRING expired on 1 June 2025 at 00:00.',
      fr: 'Le code SPRING a expiré le 1 juin 2025 à 00:00.',
    })
    expect(refused(applyDiscount(cart, { ...spring, maxUses: 100, usedCount: 100 }, now)).message).toBe('The code SPRING has already been used 100 times, its limit.')
    expect(refused(applyDiscount(cart, { ...spring, maxUses: 1, usedCount: 1 }, now)).reason).toBe('used-up')
    expect(refused(applyDiscount(cart, { ...spring, productIds: ['book'] }, now))).toMatchObject({
      reason: 'not-for-these-products',
      message: 'The code SPRING does not apply to anything in your cart.',
    })
    expect(refused(applyDiscount([], spring, now)).reason).toBe('not-for-these-products')
    expect(refused(applyDiscount(cart, { ...spring, minimumOrder: eur(5000) }, now))).toMatchObject({
      reason: 'below-minimum',
      message: expect.stringMatching(/applies from 50,00\s€ of purchases; your cart comes to 45,00\s€\.$/),
    })
  })

  it('works inside its dates: from inclusive, until exclusive', () => {
    const cart = [line('print', 4500)]
    expect(applyDiscount(cart, { ...spring, validFrom: now }, now).ok).toBe(true)
    expect(applyDiscount(cart, { ...spring, validUntil: now }, now).ok).toBe(false)
    expect(applyDiscount(cart, { ...spring, validUntil: new Date(now.getTime() + 1) }, now).ok).toBe(true)
    expect(applyDiscount(cart, { ...spring, maxUses: 2, usedCount: 1 }, now).ok).toBe(true)
    expect(applyDiscount(cart, { ...spring, minimumOrder: eur(4500) }, now).ok).toBe(true)
  })

  it('refuses codes that make no sense', () => {
    expect(() => applyDiscount([line('a', 100)], { ...spring, rateBp: 10_001 }, now)).toThrow(/more than 100 %/)
    expect(() => applyDiscount([line('a', 100)], { code: 'X', kind: 'fixed', amount: eur(-5), usedCount: 0 }, now)).toThrow(/negative/)
    expect(() => applyDiscount([line('a', 100)], { code: 'X', kind: 'fixed', amount: money(5, 'GBP'), usedCount: 0 }, now)).toThrow(/different currencies/)
  })

  it('keeps every line between zero and its price and the discounts summing to the total, over many carts', () => {
    for (let i = 0; i < 1000; i++) {
      const cart = Array.from({ length: randomInt(1, 6) }, (_, n) => line(`p${n}`, randomInt(0, 20_000), randomInt(1, 4)))
      const code: DiscountCode =
        randomInt(0, 1) === 0
          ? { code: 'P', kind: 'percent', rateBp: randomInt(0, 10_000), usedCount: 0 }
          : { code: 'F', kind: 'fixed', amount: eur(randomInt(0, 50_000)), usedCount: 0 }
      if (randomInt(0, 1) === 0) code.productIds = [pick(cart).productId]
      const result = accepted(applyDiscount(cart, code, now))
      const discounts = result.lines.reduce((acc, l) => acc + l.discount.amount, 0)
      expect(discounts).toBe(result.discountTotal.amount)
      for (const l of result.lines) {
        expect(l.amount.amount).toBeGreaterThanOrEqual(0)
        expect(l.amount.amount + l.discount.amount).toBe(l.gross.amount)
        if (code.productIds && !code.productIds.includes(l.productId)) expect(l.discount.amount).toBe(0)
      }
    }
  })
})

describe('normaliseDiscountCode', () => {
  it('ignores case and stray spaces', () => {
    expect(normaliseDiscountCode('  spring 25 ')).toBe('SPRING25')
  })
})

describe('priceAt', () => {
  const print = { id: 'print', price: eur(4500) }
  const sale: PriceEvent = { productId: 'print', label: 'Summer sale', price: eur(3600), startsAt: new Date('2025-06-01T00:00:00Z'), endsAt: new Date('2025-07-01T00:00:00Z') }
  const flash: PriceEvent = { ...sale, label: 'Flash sale', price: eur(3000), startsAt: new Date('2025-06-15T09:00:00Z'), endsAt: new Date('2025-06-15T12:00:00Z') }

  it('uses the usual price outside any event', () => {
    expect(priceAt(print, [sale], new Date('2025-05-31T23:59:59Z'))).toEqual({ price: eur(4500) })
    expect(priceAt(print, [sale], sale.endsAt)).toEqual({ price: eur(4500) })
  })

  it('uses the event price while it runs, the lowest when events overlap', () => {
    expect(priceAt(print, [sale], sale.startsAt)).toEqual({ price: eur(3600), event: sale })
    expect(priceAt(print, [sale, flash], now)).toEqual({ price: eur(3000), event: flash })
    expect(priceAt(print, [flash, sale], now)).toEqual({ price: eur(3000), event: flash })
  })

  it('ignores other products and never raises a price', () => {
    expect(priceAt(print, [{ ...sale, productId: 'frame' }], now)).toEqual({ price: eur(4500) })
    expect(priceAt(print, [{ ...sale, price: eur(5000) }], now)).toEqual({ price: eur(4500) })
  })
})
