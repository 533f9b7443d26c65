import { describe, expect, it } from 'vitest'
import { money } from './money'
import { randomInt, pick } from './test-random'
import { FRENCH_VAT_RATES, formatVatRate, vatBreakdown, vatOfInclusive, type VatLine } from './vat'

const RATES = Object.values(FRENCH_VAT_RATES)
const line = (amount: number, vatRateBp: number): VatLine => ({ amount: money(amount, 'EUR'), vatRateBp })

describe('vatOfInclusive', () => {
  it.each([
    [1200, 2000, 200, 1000], // 12,00 € TTC at 20 %
    [1055, 550, 55, 1000], // a 10,55 € book at 5.5 %
    [1100, 1000, 100, 1000],
    [1021, 210, 21, 1000],
    [999, 0, 0, 999],
    [3, 2000, 1, 2], // VAT is exactly 0.5 cent: rounded away from zero
    [2, 2000, 0, 2], // 0.33 cent
    [-3, 2000, -1, -2], // a refund rounds like the sale
    [0, 2000, 0, 0],
  ])('%d cents at %d bp → VAT %d, net %d', (gross, rate, vat, net) => {
    expect(vatOfInclusive(gross, rate)).toEqual({ gross, vat, net })
  })

  it('keeps net + VAT = gross and the VAT within half a cent of the exact value, symmetric for refunds', () => {
    for (let i = 0; i < 3000; i++) {
      const gross = randomInt(0, 5_000_000)
      const rate = pick(RATES)
      const split = vatOfInclusive(gross, rate)
      expect(split.net + split.vat).toBe(gross)
      expect(Math.abs(split.vat - (gross * rate) / (10_000 + rate))).toBeLessThanOrEqual(0.5 + 1e-9)
      expect(vatOfInclusive(-gross, rate).vat).toBe(-split.vat || 0)
    }
  })

  it('refuses rates that are not basis points and fractional cents', () => {
    expect(() => vatOfInclusive(100, 5.5)).toThrow(/basis points.*not 5.5/)
    expect(() => vatOfInclusive(100, 20_000)).toThrow(/0 to 10000/)
    expect(() => vatOfInclusive(10.5, 2000)).toThrow(/whole number of cents/)
  })
})

describe('vatBreakdown', () => {
  it('groups per rate, highest first, and computes VAT once per rate', () => {
    // Three 0,03 € lines at 20 %: per line VAT would be 3 × 1 cent, on the rate's total it is 2 cents (0.09/6 = 1.5 → 2).
    const breakdown = vatBreakdown([line(3, 2000), line(1055, 550), line(3, 2000), line(3, 2000)])
    expect(breakdown.rates.map((r) => [r.rateBp, r.gross.amount, r.vat.amount, r.net.amount])).toEqual([
      [2000, 9, 2, 7],
      [550, 1055, 55, 1000],
    ])
    expect(breakdown.gross.amount).toBe(1064)
    expect(breakdown.vat.amount).toBe(57)
    expect(breakdown.net.amount).toBe(1007)
  })

  it('does not depend on how the lines are split', () => {
    expect(vatBreakdown([line(600, 2000), line(600, 2000)])).toEqual(vatBreakdown([line(1200, 2000)]))
  })

  it('gives an empty breakdown for no lines, in the currency asked', () => {
    expect(vatBreakdown([], 'GBP')).toEqual({ rates: [], gross: money(0, 'GBP'), vat: money(0, 'GBP'), net: money(0, 'GBP') })
  })

  it('refuses lines in another currency', () => {
    expect(() => vatBreakdown([line(100, 2000), { amount: money(100, 'GBP'), vatRateBp: 2000 }])).toThrow(/different currencies/)
  })

  it('sums per-rate gross to the lines total exactly, and net + VAT to gross, over many carts', () => {
    for (let i = 0; i < 500; i++) {
      const lines = Array.from({ length: randomInt(0, 12) }, () => line(randomInt(0, 200_000), pick(RATES)))
      const breakdown = vatBreakdown(lines, 'EUR')
      const total = lines.reduce((acc, l) => acc + l.amount.amount, 0)
      expect(breakdown.rates.reduce((acc, r) => acc + r.gross.amount, 0)).toBe(total)
      expect(breakdown.gross.amount).toBe(total)
      expect(breakdown.net.amount + breakdown.vat.amount).toBe(total)
      expect(new Set(breakdown.rates.map((r) => r.rateBp)).size).toBe(breakdown.rates.length)
    }
  })
})

describe('formatVatRate', () => {
  it('writes rates as people read them', () => {
    expect(formatVatRate(2000)).toMatch(/^20\s%$/)
    expect(formatVatRate(550)).toMatch(/^5,5\s%$/)
    expect(formatVatRate(210, 'en-GB')).toBe('2.1%')
  })
})
