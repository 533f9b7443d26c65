import { describe, expect, it } from 'vitest'
import { money } from './money'
import { monthPeriod, sellerStatement, type StatementRefund, type StatementSale } from './statements'
import { pick, randomInt } from './test-random'
import { FRENCH_VAT_RATES } from './vat'

const eur = (amount: number) => money(amount, 'EUR')
const march = monthPeriod(2025, 3)
const inMarch = (day: number) => new Date(Date.UTC(2025, 2, day, 12))
const book = (orderId: string, day: number, amount = 1055): StatementSale => ({ orderId, at: inMarch(day), amount: eur(amount), vatRateBp: 550 })

describe('monthPeriod', () => {
  it('runs from local midnight to local midnight in Paris, across daylight saving', () => {
    expect(march.from.toISOString()).toBe('2025-02-28T23:00:00.000Z')
    expect(march.to.toISOString()).toBe('2025-03-31T22:00:00.000Z') // summer time started on 30 March
    expect(monthPeriod(2025, 12).to.toISOString()).toBe('2025-12-31T23:00:00.000Z')
    expect(monthPeriod(2025, 3, 'UTC').from.toISOString()).toBe('2025-03-01T00:00:00.000Z')
    expect(() => monthPeriod(2025, 13)).toThrow(/from 1 to 12/)
  })
})

describe('sellerStatement', () => {
  it('pays a bookshop 93 %: 7 % commission on the price excluding VAT', () => {
    // Three books at 10,55 € (10,00 € + 5.5 % VAT).
    const statement = sellerStatement([book('A', 3), book('B', 10), book('C', 20)], [], { commissionBp: 700, base: 'net-of-vat' }, march)
    expect(statement).toMatchObject({
      gross: eur(3165),
      refunds: eur(0),
      netOfVat: eur(3000),
      commissionBase: eur(3000),
      commission: eur(210),
      platformShare: eur(210),
      netDue: eur(2955),
    })
    // 93 % of the price without VAT, plus the VAT the bookshop declares itself.
    expect(statement.netDue.amount).toBe((3000 * 93) / 100 + 165)
  })

  it('gives the commission back on refunds and ignores what falls outside the month', () => {
    const refunds: StatementRefund[] = [{ orderId: 'B', at: inMarch(12), amount: eur(1055), vatRateBp: 550 }]
    const february = book('Z', 0) // 28 February, 12:00 UTC
    const april = { ...book('Y', 1), at: new Date('2025-03-31T22:00:00Z') } // midnight in Paris, 1 April
    const statement = sellerStatement([february, book('A', 3), book('B', 10), book('C', 20), april], refunds, { commissionBp: 700, base: 'net-of-vat' }, march)
    expect(statement).toMatchObject({ gross: eur(3165), refunds: eur(1055), netSales: eur(2110), netOfVat: eur(2000), commission: eur(140), netDue: eur(1970) })
  })

  it('pays a photographer the margin over the lab’s production price', () => {
    // Two prints at 60,00 € and one at 120,00 € (20 % VAT); the lab charges 18 € and 35 €.
    const prints: StatementSale[] = [
      { orderId: 'P1', at: inMarch(2), amount: eur(6000), vatRateBp: 2000, productionCost: eur(1800) },
      { orderId: 'P2', at: inMarch(9), amount: eur(6000), vatRateBp: 2000, productionCost: eur(1800) },
      { orderId: 'P3', at: inMarch(15), amount: eur(12_000), vatRateBp: 2000, productionCost: eur(3500) },
    ]
    const margin = sellerStatement(prints, [], { commissionBp: 0, base: 'gross' }, march)
    expect(margin).toMatchObject({ gross: eur(24_000), productionCosts: eur(7100), commission: eur(0), netDue: eur(16_900) })

    // The same with a 10 % commission on prices VAT included and a payment fee; one print cancelled before the lab made it.
    const cancelled: StatementRefund[] = [{ orderId: 'P2', at: inMarch(10), amount: eur(6000), vatRateBp: 2000, productionCost: eur(1800) }]
    const withCommission = sellerStatement(prints, cancelled, { commissionBp: 1000, base: 'gross' }, march, { fees: [{ label: 'Card fees', at: inMarch(31), amount: eur(252) }] })
    expect(withCommission).toMatchObject({
      netSales: eur(18_000),
      commission: eur(1800),
      fees: eur(252),
      platformShare: eur(2052),
      productionCosts: eur(5300),
      netDue: eur(18_000 - 2052 - 5300),
    })
  })

  it('rounds the commission once, half away from zero, and lets a month of refunds go negative', () => {
    const statement = sellerStatement([{ orderId: 'A', at: inMarch(1), amount: eur(50), vatRateBp: 0 }], [], { commissionBp: 700, base: 'gross' }, march)
    expect(statement.commission).toEqual(eur(4)) // 3.5 → 4
    const refundOnly = sellerStatement([], [{ orderId: 'A', at: inMarch(2), amount: eur(50), vatRateBp: 0 }], { commissionBp: 700, base: 'gross' }, march)
    expect(refundOnly).toMatchObject({ netSales: eur(-50), commission: eur(-4), netDue: eur(-46) })
  })

  it('refuses inverted periods, negative lines and fractional commissions', () => {
    expect(() => sellerStatement([], [], { commissionBp: 700, base: 'gross' }, { from: march.to, to: march.from })).toThrow(/end after it starts/)
    expect(() => sellerStatement([book('A', 3, -100)], [], { commissionBp: 700, base: 'gross' }, march)).toThrow(/Order A: amounts on a statement are positive/)
    expect(() => sellerStatement([], [], { commissionBp: 7.5, base: 'gross' }, march)).toThrow(/The commission is a whole number of basis points/)
  })

  it('always balances: net sales = net due + platform share + production costs, over many months', () => {
    const rates = Object.values(FRENCH_VAT_RATES)
    for (let i = 0; i < 500; i++) {
      const sales = Array.from({ length: randomInt(0, 15) }, (_, n): StatementSale => {
        const amount = randomInt(0, 50_000)
        return { orderId: `S${n}`, at: inMarch(randomInt(1, 31)), amount: eur(amount), vatRateBp: pick(rates), productionCost: eur(randomInt(0, amount)) }
      })
      const refunds = sales.filter(() => randomInt(0, 4) === 0).map((s): StatementRefund => ({ orderId: s.orderId, at: s.at, amount: eur(randomInt(1, Math.max(1, s.amount.amount))), vatRateBp: s.vatRateBp }))
      const terms = { commissionBp: randomInt(0, 3000), base: pick(['gross', 'net-of-vat'] as const) }
      const s = sellerStatement(sales, refunds, terms, march, { fees: [{ label: 'fee', at: inMarch(5), amount: eur(randomInt(0, 500)) }] })
      expect(s.gross.amount - s.refunds.amount).toBe(s.netSales.amount)
      expect(s.netSales.amount).toBe(s.netDue.amount + s.platformShare.amount + s.productionCosts.amount)
      expect(s.platformShare.amount).toBe(s.commission.amount + s.fees.amount)
      expect(Math.abs(s.commission.amount - (s.commissionBase.amount * terms.commissionBp) / 10_000)).toBeLessThanOrEqual(0.5)
      if (refunds.length === 0) expect(s.netOfVat.amount).toBeLessThanOrEqual(s.gross.amount)
    }
  })
})
