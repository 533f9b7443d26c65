import { describe, expect, it } from 'vitest'
import {
  add,
  allocate,
  compare,
  divideRoundHalfAwayFromZero,
  formatMoney,
  money,
  moneySchema,
  multiply,
  negate,
  parseMoney,
  percentOf,
  subtract,
  sum,
  toDecimalString,
  zero,
  type Money,
} from './money'
import { randomInt } from './test-random'

const eur = (amount: number): Money => money(amount, 'EUR')

function refusal(input: string): string {
  const result = parseMoney(input, 'EUR')
  if (result.ok) throw new Error(`expected “${input}” to be refused, got ${result.money.amount}`)
  return result.message
}

describe('money', () => {
  it('keeps integer minor units with their currency', () => {
    expect(money(1250, 'EUR')).toEqual({ amount: 1250, currency: 'EUR' })
    expect(money(0)).toEqual({ amount: 0, currency: 'EUR' })
    expect(Object.is(money(-0).amount, 0)).toBe(true)
  })

  it.each([12.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])('refuses %s', (amount) => {
    expect(() => money(amount, 'EUR')).toThrow(/whole number of minor units/)
  })

  it('refuses an unknown currency', () => {
    expect(() => money(100, 'XYZ' as never)).toThrow(/Unknown currency “XYZ”.*EUR/)
  })
})

describe('arithmetic', () => {
  it('adds, subtracts and multiplies by a quantity', () => {
    expect(add(eur(1250), eur(75))).toEqual(eur(1325))
    expect(subtract(eur(1250), eur(2000))).toEqual(eur(-750))
    expect(multiply(eur(1250), 3)).toEqual(eur(3750))
    expect(negate(eur(5))).toEqual(eur(-5))
    expect(sum([eur(1), eur(2), eur(3)])).toEqual(eur(6))
    expect(sum([], 'GBP')).toEqual(zero('GBP'))
  })

  it('never mixes currencies', () => {
    expect(() => add(eur(100), money(100, 'GBP'))).toThrow('Cannot add EUR and GBP: amounts in different currencies never mix.')
    expect(() => subtract(eur(100), money(100, 'USD'))).toThrow(/Cannot subtract EUR and USD/)
    expect(() => compare(eur(100), money(100, 'CHF'))).toThrow(/Cannot compare EUR and CHF/)
    expect(() => sum([eur(1), money(1, 'GBP')])).toThrow(/different currencies/)
  })

  it('refuses to multiply by a fraction or to overflow', () => {
    expect(() => multiply(eur(100), 1.5)).toThrow(/whole number.*percentOf/)
    expect(() => multiply(eur(Number.MAX_SAFE_INTEGER), 2)).toThrow(/too large/)
    expect(() => add(eur(Number.MAX_SAFE_INTEGER), eur(1))).toThrow(/too large/)
  })
})

describe('divideRoundHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [7n, 3n, 2n],
    [8n, 3n, 3n],
    [-8n, 3n, -3n],
    [5n, -2n, -3n],
    [0n, 7n, 0n],
  ])('%d / %d → %d', (n, d, expected) => expect(divideRoundHalfAwayFromZero(n, d)).toBe(expected))

  it('agrees with the rule on many values', () => {
    for (let i = 0; i < 2000; i++) {
      const n = randomInt(-1_000_000, 1_000_000)
      const d = randomInt(1, 10_000)
      const exact = n / d
      const expected = Math.sign(exact) * Math.floor(Math.abs(exact) + 0.5)
      // Floats are exact enough at this size; ties are checked above.
      if (Math.abs(Math.abs(exact) % 1 - 0.5) > 1e-9) expect(Number(divideRoundHalfAwayFromZero(BigInt(n), BigInt(d)))).toBe(expected || 0)
    }
  })
})

describe('percentOf', () => {
  it('takes basis points and rounds half away from zero', () => {
    expect(percentOf(eur(1000), 700)).toEqual(eur(70))
    expect(percentOf(eur(50), 100)).toEqual(eur(1)) // 0.5 cent → 1
    expect(percentOf(eur(-50), 100)).toEqual(eur(-1))
    expect(percentOf(eur(49), 100)).toEqual(eur(0))
    expect(percentOf(eur(Number.MAX_SAFE_INTEGER), 10_000)).toEqual(eur(Number.MAX_SAFE_INTEGER))
    expect(() => percentOf(eur(100), 5.5)).toThrow(/basis points/)
    expect(() => percentOf(eur(100), -1)).toThrow(/basis points/)
  })
})

describe('allocate', () => {
  it('splits without losing a cent, largest remainders first', () => {
    expect(allocate(eur(100), [1, 1, 1]).map((m) => m.amount)).toEqual([34, 33, 33])
    expect(allocate(eur(5), [3, 7]).map((m) => m.amount)).toEqual([2, 3]) // 1.5 / 3.5: tie, first wins
    expect(allocate(eur(1000), [0, 1, 3]).map((m) => m.amount)).toEqual([0, 250, 750])
    expect(allocate(eur(-100), [1, 1, 1]).map((m) => m.amount)).toEqual([-34, -33, -33])
    expect(allocate(eur(0), [0, 0]).map((m) => m.amount)).toEqual([0, 0])
  })

  it('refuses ratios it cannot honour', () => {
    expect(() => allocate(eur(100), [])).toThrow(/at least one ratio/)
    expect(() => allocate(eur(100), [0, 0])).toThrow(/every ratio is 0/)
    expect(() => allocate(eur(100), [1, -1])).toThrow(/Ratio 2 is -1/)
    expect(() => allocate(eur(100), [0.5, 1])).toThrow(/Ratio 1 is 0.5/)
  })

  it('always sums to the amount, gives zero ratios nothing and stays within a cent of the exact share', () => {
    for (let i = 0; i < 1000; i++) {
      const amount = randomInt(-100_000, 100_000)
      const ratios = Array.from({ length: randomInt(1, 8) }, () => (randomInt(0, 3) === 0 ? 0 : randomInt(1, 50_000)))
      if (!ratios.some((r) => r > 0)) ratios[0] = 1
      const parts = allocate(eur(amount), ratios)
      const total = ratios.reduce((a, b) => a + b, 0)
      expect(parts.reduce((acc, p) => acc + p.amount, 0)).toBe(amount)
      parts.forEach((part, index) => {
        if (ratios[index] === 0) expect(part.amount).toBe(0)
        expect(Math.abs(part.amount - (amount * (ratios[index] ?? 0)) / total)).toBeLessThan(1)
      })
    }
  })
})

describe('formatMoney', () => {
  it('writes French amounts by default, with non-breaking spaces', () => {
    expect(formatMoney(eur(1250))).toBe('12,50\u00a0€')
    expect(formatMoney(eur(123456789))).toBe('1\u202f234\u202f567,89\u00a0€')
    expect(formatMoney(eur(-5))).toBe('-0,05\u00a0€')
    expect(formatMoney(eur(1250), 'en-GB')).toBe('€12.50')
    expect(formatMoney(money(999, 'GBP'), 'en-GB')).toBe('£9.99')
  })

  it('is exact for the largest amounts', () => {
    expect(toDecimalString(eur(Number.MAX_SAFE_INTEGER))).toBe('90071992547409.91')
    expect(formatMoney(eur(Number.MAX_SAFE_INTEGER), 'en-GB')).toBe('€90,071,992,547,409.91')
  })

  it('parses back what it formats', () => {
    for (let i = 0; i < 500; i++) {
      const amount = eur(randomInt(0, 10_000_000))
      expect(parseMoney(formatMoney(amount), 'EUR')).toEqual({ ok: true, money: amount })
    }
  })
})

describe('parseMoney', () => {
  it.each([
    ['12,50', 1250],
    ['12.5', 1250],
    ['12', 1200],
    [' 0,05 ', 5],
    ['1 234,50', 123450],
    ['12,50 €', 1250],
    ['€12.50', 1250],
    ['12 EUR', 1200],
    ['0', 0],
  ])('“%s” → %d cents', (input, amount) => {
    expect(parseMoney(input, 'EUR')).toEqual({ ok: true, money: eur(amount) })
  })

  it('explains what is wrong', () => {
    expect(refusal('')).toBe('Enter an amount in euros, for example 12,50.')
    expect(refusal('12,505')).toBe('“12,505” has 3 digits after the comma; an amount in euros has at most 2 (cents).')
    expect(refusal('12.505')).toMatch(/3 digits after the dot/)
    expect(refusal('-3')).toMatch(/negative/)
    expect(refusal('1.234,50')).toMatch(/more than one comma or dot/)
    expect(refusal('12a')).toMatch(/“a” is not allowed/)
    expect(refusal('1e3')).toMatch(/“e” is not allowed/)
    expect(refusal(',50')).toMatch(/digit before the comma/)
    expect(refusal('12,')).toMatch(/ends with a separator; write 12 or 12,00/)
    expect(refusal('99999999999999999')).toMatch(/too large/)
  })

  it('names the currency’s minor unit', () => {
    const result = parseMoney('1.999', 'GBP')
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/pounds has at most 2 \(pence\)/) })
    expect(parseMoney('£4.20', 'GBP')).toEqual({ ok: true, money: money(420, 'GBP') })
  })
})

describe('moneySchema', () => {
  it('accepts stored amounts and refuses floats and unknown currencies', () => {
    expect(moneySchema.parse({ amount: 1250, currency: 'EUR' })).toEqual(eur(1250))
    expect(moneySchema.safeParse({ amount: 12.5, currency: 'EUR' }).error?.issues[0]?.message).toMatch(/whole number of cents/)
    expect(moneySchema.safeParse({ amount: 1, currency: 'XYZ' }).error?.issues[0]?.message).toMatch(/one of EUR/)
  })
})
