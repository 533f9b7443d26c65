import { describe, expect, it } from 'vitest'
import { money } from './money'
import { balance, canSpend, expireCredit, spendCredit, type StoreCreditEntry } from './store-credit'
import { randomInt } from './test-random'

const eur = (amount: number) => money(amount, 'EUR')
const day = (n: number) => new Date(Date.UTC(2025, 0, n))

const refundAsCredit: StoreCreditEntry = { kind: 'issue', amount: eur(3000), at: day(1), reason: 'refund of order 1042' }
const giftCredit: StoreCreditEntry = { kind: 'issue', amount: eur(1000), at: day(2), expiresAt: day(10) }

describe('balance', () => {
  it('is what was issued minus what was spent and expired', () => {
    expect(balance([])).toEqual(eur(0))
    expect(balance([refundAsCredit, giftCredit, { kind: 'spend', amount: eur(1200), at: day(3) }])).toEqual(eur(2800))
    expect(balance([refundAsCredit, { kind: 'spend', amount: eur(3000), at: day(3) }])).toEqual(eur(0))
  })

  it('leaves out credit past its expiry when asked at a date', () => {
    expect(balance([refundAsCredit, giftCredit], day(9))).toEqual(eur(4000))
    expect(balance([refundAsCredit, giftCredit], day(10))).toEqual(eur(3000))
  })

  it('spends the credit that expires soonest first', () => {
    const entries: StoreCreditEntry[] = [refundAsCredit, giftCredit, { kind: 'spend', amount: eur(800), at: day(5) }]
    expect(balance(entries, day(11))).toEqual(eur(3000)) // the 8 € came from the gift credit
  })

  it('refuses a ledger that ever goes below zero', () => {
    expect(() => balance([refundAsCredit, { kind: 'spend', amount: eur(3001), at: day(2) }])).toThrow(/spend of 30,01\s€ .* is 0,01\s€ more than the credit available then/)
    // Spent before it was issued: dates matter, not the order of the array.
    expect(() => balance([{ kind: 'spend', amount: eur(100), at: day(1) }, { ...refundAsCredit, at: day(2) }])).toThrow(/more than the credit available/)
    expect(() => balance([giftCredit, { kind: 'spend', amount: eur(100), at: day(10) }])).toThrow(/more than the credit available/)
  })

  it('refuses zero or negative entries and mixed currencies', () => {
    expect(() => balance([{ kind: 'issue', amount: eur(0), at: day(1) }])).toThrow(/must be more than zero/)
    expect(() => balance([refundAsCredit, { kind: 'spend', amount: eur(-5), at: day(2) }])).toThrow(/must be more than zero, not -0,05/)
    expect(() => balance([refundAsCredit, { kind: 'issue', amount: money(5, 'GBP'), at: day(2) }])).toThrow(/in EUR; an entry in GBP/)
  })

  it('never goes negative over many random ledgers built with spendCredit', () => {
    for (let i = 0; i < 300; i++) {
      const entries: StoreCreditEntry[] = []
      let expected = 0
      for (let d = 1; d <= 20; d++) {
        if (randomInt(0, 2) === 0) {
          const amount = randomInt(1, 5000)
          entries.push({ kind: 'issue', amount: eur(amount), at: day(d) })
          expected += amount
        } else {
          const amount = eur(randomInt(1, 4000))
          const result = spendCredit(entries, amount, { at: day(d) })
          expect(result.ok).toBe(canSpend(entries, amount, day(d)))
          expect(result.ok).toBe(amount.amount <= expected)
          if (result.ok) {
            entries.push(result.entry)
            expected -= result.entry.amount.amount
            expect(result.balanceAfter.amount).toBe(expected)
          }
        }
        expect(balance(entries).amount).toBe(expected)
        expect(expected).toBeGreaterThanOrEqual(0)
      }
    }
  })
})

describe('canSpend', () => {
  it('allows up to the balance and nothing below one cent', () => {
    expect(canSpend([refundAsCredit], eur(3000))).toBe(true)
    expect(canSpend([refundAsCredit], eur(3001))).toBe(false)
    expect(canSpend([refundAsCredit], eur(0))).toBe(false)
    expect(canSpend([refundAsCredit, giftCredit], eur(3500), day(12))).toBe(false)
  })
})

describe('spendCredit', () => {
  it('writes the spend entry and the balance left', () => {
    expect(spendCredit([refundAsCredit], eur(1250), { at: day(4), orderId: 'ord_7' })).toEqual({
      ok: true,
      entry: { kind: 'spend', amount: eur(1250), at: day(4), orderId: 'ord_7' },
      balanceAfter: eur(1750),
    })
  })

  it('says how much is left when asked for more', () => {
    expect(spendCredit([refundAsCredit], eur(5000), { at: day(4) })).toEqual({ ok: false, message: expect.stringMatching(/^Only 30,00\s€ of store credit is left; 50,00\s€ cannot be used\.$/) })
    expect(spendCredit([], eur(100), { at: day(4) })).toEqual({ ok: false, message: 'There is no store credit left to use.' })
    expect(spendCredit([refundAsCredit], eur(0), { at: day(4) })).toMatchObject({ ok: false, message: expect.stringMatching(/more than 0,00/) })
  })
})

describe('expireCredit', () => {
  it('writes off what is left of expired credit, once', () => {
    const entries: StoreCreditEntry[] = [refundAsCredit, giftCredit, { kind: 'spend', amount: eur(300), at: day(5) }]
    expect(expireCredit(entries, day(9))).toBeNull()
    const expiry = expireCredit(entries, day(10))
    expect(expiry).toEqual({ kind: 'expire', amount: eur(700), at: day(10) })
    const written = [...entries, expiry as StoreCreditEntry]
    expect(balance(written)).toEqual(eur(3000))
    expect(expireCredit(written, day(20))).toBeNull()
  })
})
