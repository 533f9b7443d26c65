import { describe, expect, it } from 'vitest'
import { money, type Money } from './money'
import { planRefund, type RefundableOrder, type RefundPlan, type RefundPlanResult } from './refunds'
import { pick, randomInt } from './test-random'
import { FRENCH_VAT_RATES, vatBreakdown, type VatLine } from './vat'

const eur = (amount: number) => money(amount, 'EUR')
const vatLine = (amount: number, vatRateBp: number): VatLine => ({ amount: eur(amount), vatRateBp })

function paidOrder(lines: VatLine[]): RefundableOrder {
  return { state: 'paid', total: eur(lines.reduce((acc, l) => acc + l.amount.amount, 0)), refunded: eur(0), lines, refunds: [] }
}

function after(order: RefundableOrder, plan: RefundPlan): RefundableOrder {
  return { ...order, state: plan.stateAfter, refunded: eur(order.refunded.amount + plan.amount.amount), refunds: [...order.refunds, plan] }
}

function planned(result: RefundPlanResult): RefundPlan {
  if (!result.ok) throw new Error(`expected a plan: ${result.message}`)
  return result.plan
}

function refusal(result: RefundPlanResult): string {
  if (result.ok) throw new Error('expected a refusal')
  return result.message
}

// A book at 20,00 € (5.5 %) and a print at 10,00 € (20 %).
const order = paidOrder([vatLine(2000, 550), vatLine(1000, 2000)])

describe('planRefund', () => {
  it('refunds everything with exactly the VAT collected, per rate', () => {
    const plan = planned(planRefund(order, { kind: 'full', to: 'card' }))
    expect(plan.amount).toEqual(eur(3000))
    expect(plan.stateAfter).toBe('refunded')
    expect(plan.byRate).toEqual(vatBreakdown(order.lines).rates)
    expect(plan.vat).toEqual(eur(104 + 167))
  })

  it('splits a partial refund over the rates in proportion', () => {
    const plan = planned(planRefund(order, { kind: 'partial', amount: eur(1000), to: 'store_credit' }))
    expect(plan).toMatchObject({ amount: eur(1000), to: 'store_credit', stateAfter: 'partially_refunded' })
    expect(plan.byRate.map((r) => [r.rateBp, r.gross.amount, r.vat.amount, r.net.amount])).toEqual([
      [2000, 333, 56, 277], // 333/6 = 55.5 → 56
      [550, 667, 35, 632],
    ])
  })

  it('refunds the remainder after earlier refunds', () => {
    const first = planned(planRefund(order, { kind: 'partial', amount: eur(1000), to: 'card' }))
    const rest = planned(planRefund(after(order, first), { kind: 'full', to: 'card' }))
    expect(rest.amount).toEqual(eur(2000))
    expect(rest.stateAfter).toBe('refunded')
    expect(rest.byRate.map((r) => [r.rateBp, r.gross.amount, r.vat.amount])).toEqual([
      [2000, 667, 111], // 167 in all − 56 already
      [550, 1333, 69], // 104 in all − 35 already
    ])
  })

  it('refuses zero, negative and too much, saying what is left', () => {
    expect(refusal(planRefund(order, { kind: 'partial', amount: eur(0), to: 'card' }))).toMatch(/^A refund of 0,00\s€ gives nothing back/)
    expect(refusal(planRefund(order, { kind: 'partial', amount: eur(-500), to: 'card' }))).toMatch(/^A refund cannot be negative \(-5,00\s€\)/)
    expect(refusal(planRefund(order, { kind: 'partial', amount: eur(3001), to: 'card' }))).toMatch(/^30,01\s€ is more than the 30,00\s€ left to refund\.$/)
    const first = planned(planRefund(order, { kind: 'partial', amount: eur(1000), to: 'card' }))
    expect(refusal(planRefund(after(order, first), { kind: 'partial', amount: eur(2500), to: 'card' }))).toMatch(
      /^25,00\s€ is more than the 20,00\s€ left to refund \(30,00\s€ paid, 10,00\s€ already refunded\)\.$/,
    )
  })

  it('refuses orders that cannot be refunded', () => {
    expect(refusal(planRefund({ ...order, state: 'pending' }, { kind: 'full', to: 'card' }))).toBe('An order that is pending cannot be refunded: nothing has been paid yet.')
    expect(refusal(planRefund({ ...order, state: 'refunded', refunded: eur(3000) }, { kind: 'full', to: 'card' }))).toMatch(/refunded cannot be refunded/)
    expect(refusal(planRefund({ ...paidOrder([vatLine(0, 550)]) }, { kind: 'full', to: 'card' }))).toMatch(/already been refunded/)
  })

  it('throws on inconsistent data rather than guessing', () => {
    expect(() => planRefund(order, { kind: 'partial', amount: money(100, 'GBP'), to: 'card' })).toThrow(/in EUR; a refund in GBP/)
    expect(() => planRefund({ ...order, total: eur(3100) }, { kind: 'full', to: 'card' })).toThrow(/lines add up to 30,00\s€ but its total is 31,00\s€/)
    expect(() => planRefund({ ...order, refunded: eur(100) }, { kind: 'full', to: 'card' })).toThrow(/earlier refunds add up to 0,00\s€/)
  })

  it('gives back exactly the order’s VAT per rate, in any number of parts, over many orders', () => {
    const rates = Object.values(FRENCH_VAT_RATES)
    for (let i = 0; i < 400; i++) {
      let current = paidOrder(Array.from({ length: randomInt(1, 6) }, () => vatLine(randomInt(1, 30_000), pick(rates))))
      const refunds: RefundPlan[] = []
      while (current.state !== 'refunded') {
        const left = current.total.amount - current.refunded.amount
        const amount = randomInt(0, 3) === 0 ? left : randomInt(1, Math.max(1, Math.min(left, randomInt(1, 5000))))
        const plan = planned(planRefund(current, { kind: 'partial', amount: eur(amount), to: 'card' }))
        for (const part of plan.byRate) {
          expect(part.vat.amount).toBeGreaterThanOrEqual(0)
          expect(part.vat.amount).toBeLessThanOrEqual(part.gross.amount)
          expect(part.net.amount + part.vat.amount).toBe(part.gross.amount)
        }
        expect(plan.byRate.reduce((acc, r) => acc + r.gross.amount, 0)).toBe(amount)
        refunds.push(plan)
        current = after(current, plan)
      }
      const byRate = (field: (r: RefundPlan['byRate'][number]) => Money, rate: number) =>
        refunds.flatMap((p) => p.byRate).filter((r) => r.rateBp === rate).reduce((acc, r) => acc + field(r).amount, 0)
      for (const rate of vatBreakdown(current.lines).rates) {
        expect(byRate((r) => r.gross, rate.rateBp)).toBe(rate.gross.amount)
        expect(byRate((r) => r.vat, rate.rateBp)).toBe(rate.vat.amount)
      }
    }
  })
})
