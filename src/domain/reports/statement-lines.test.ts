import { describe, expect, it } from 'vitest'

import { money } from '../commerce/money'
import { monthPeriod } from '../commerce/statements'
import { pick, randomInt } from '../commerce/test-random'
import { borneFeeShares, monthlyStatement, parseMonth, payoutDecision, refundShares, SITE, statementEntries, type StatementOrder } from './statement-lines'

const eur = (amount: number) => money(amount, 'EUR')
const march = monthPeriod(2026, 3)
const inMarch = (day: number, hour = 12) => new Date(Date.UTC(2026, 2, day, hour))
const cents = (list: { amount: number }[]) => list.map((m) => m.amount)
/** A valid SIRET (Luhn) and one with a wrong check digit. */
const SIRET = '73282932000074'
const WRONG_SIRET = '73282932000075'

/** An order of a photographer's print (seller 7, 20 %) and a book of the site (5.5 %), with a 1 € fee the buyer pays. */
function order(id: string, changes: Partial<StatementOrder> = {}): StatementOrder {
  return {
    id,
    reference: `V-${id}`,
    state: 'paid',
    currency: 'EUR',
    paidAt: inMarch(10),
    lines: [
      { sellerId: '7', label: 'Tirage Brume A3', amount: 6500, vatRateBp: 2000 },
      { sellerId: null, label: 'Le Livre', amount: 2200, vatRateBp: 550 },
    ],
    feeLines: [{ label: 'Frais de service', amount: 100, vatRateBp: 2000, passedToBuyer: true }],
    refunds: [],
    platformFee: 0,
    ...changes,
  }
}

describe('refundShares', () => {
  it('splits a refund over the lines and the fee the buyer paid, in proportion to their amounts, to the cent', () => {
    // 1000 over 6500 / 2200 / 100 (of 8800): 738.63… / 250 / 11.36… → the leftover cent goes to the largest remainder.
    const [share] = refundShares(order('A', { refunds: [{ at: inMarch(12), amount: 1000 }] }))
    expect(cents(share!.lines)).toEqual([739, 250])
    expect(cents(share!.fees)).toEqual([11])
  })

  it('gives each line exactly its amount back after two half refunds, and never more than was paid', () => {
    const halves = refundShares(order('A', { refunds: [{ at: inMarch(20), amount: 4401 }, { at: inMarch(12), amount: 4399 }] }))
    expect(halves.map((refund) => refund.at.getUTCDate())).toEqual([12, 20])
    expect(halves.map((refund) => refund.lines[0]!.amount + refund.lines[1]!.amount + refund.fees[0]!.amount)).toEqual([4399, 4401])
    expect([0, 1].map((line) => halves[0]!.lines[line]!.amount + halves[1]!.lines[line]!.amount)).toEqual([6500, 2200])
    expect(() => refundShares(order('A', { refunds: [{ at: inMarch(12), amount: 8000 }, { at: inMarch(13), amount: 801 }] }))).toThrow(/V-A: a refund of 801 cents .* more than the 800 cents left/)
  })

  it('never loses a cent nor over-refunds a line, however an order is refunded in parts', () => {
    for (let i = 0; i < 300; i++) {
      const lines = Array.from({ length: randomInt(1, 5) }, (_, n) => ({ sellerId: pick(['1', '2', null]), label: `L${n}`, amount: randomInt(0, 20_000), vatRateBp: 2000 }))
      const total = lines.reduce((t, l) => t + l.amount, 0) + 100
      const refunds: StatementOrder['refunds'] = []
      let left = total
      for (let r = 0; r < randomInt(1, 4) && left > 0; r++) {
        const amount = randomInt(1, left)
        refunds.push({ at: inMarch(r + 1), amount })
        left -= amount
      }
      const shares = refundShares(order('R', { lines, refunds }))
      for (const share of shares) expect(share.lines.reduce((t, m) => t + m.amount, 0) + share.fees[0]!.amount).toBe(share.amount)
      lines.forEach((line, index) => expect(shares.reduce((t, s) => t + s.lines[index]!.amount, 0)).toBeLessThanOrEqual(line.amount))
    }
  })
})

describe('borneFeeShares', () => {
  it('splits a fee the sellers absorb over the lines, and the platform fee over everything the buyer paid', () => {
    const fees = borneFeeShares(
      order('A', { feeLines: [...order('A').feeLines, { label: 'Frais de carte', amount: 87, vatRateBp: 2000, passedToBuyer: false }], platformFee: 264 }),
    )
    // 87 over 6500 / 2200 → 64.99… / 22.00… ; 264 over 6500 / 2200 / 100 → 195 / 66 / 3.
    expect(fees.map((fee) => [fee.kind, fee.label, cents(fee.shares.lines), cents(fee.shares.fees)])).toEqual([
      ['fee', 'Frais de carte', [65, 22], []],
      ['platform-fee', '', [195, 66], [3]],
    ])
  })

  it('splits equally when every line is free, and charges nothing when there is no fee', () => {
    const free = order('F', { lines: [order('F').lines[0]!, order('F').lines[0]!].map((line) => ({ ...line, amount: 0 })), feeLines: [{ label: 'Gestion', amount: 5, vatRateBp: 2000, passedToBuyer: false }] })
    expect(borneFeeShares(free).map((fee) => cents(fee.shares.lines))).toEqual([[3, 2]])
    expect(borneFeeShares(order('A'))).toEqual([])
  })
})

describe('statementEntries', () => {
  const orders = [
    order('A', { feeLines: [{ label: 'Frais de carte', amount: 87, vatRateBp: 2000, passedToBuyer: false }], platformFee: 100 }),
    order('B', { paidAt: inMarch(0), refunds: [{ at: inMarch(2), amount: 8800 }] }), // paid 28 February, refunded in March
    order('C', { state: 'pending' }),
    order('D', { paidAt: new Date('2026-03-31T22:00:00Z') }), // midnight in Paris: 1 April
    order('E', { lines: [{ sellerId: '8', label: 'Concert', amount: 3000, vatRateBp: 550 }] }),
  ]

  it('lists the seller’s sales paid in the month, its refunds made in the month and its share of the fees', () => {
    expect(statementEntries(orders, '7', march).map((e) => [e.kind, e.reference, e.label, e.amount.amount])).toEqual([
      ['refund', 'V-B', 'Tirage Brume A3', 6500],
      ['sale', 'V-A', 'Tirage Brume A3', 6500],
      ['fee', 'V-A', 'Frais de carte', 65],
      ['platform-fee', 'V-A', '', 75], // 100 over 6500 / 2200 (the buyer paid no fee on A): 74.71… → 75
    ])
  })

  it('gives the site the lines without a seller', () => {
    expect(statementEntries(orders, SITE, march).map((e) => [e.kind, e.reference, e.label, e.amount.amount])).toEqual([
      ['refund', 'V-B', 'Le Livre', 2200],
      ['sale', 'V-A', 'Le Livre', 2200],
      ['fee', 'V-A', 'Frais de carte', 22],
      ['platform-fee', 'V-A', '', 25],
    ])
    expect(statementEntries(orders, '99', march)).toEqual([])
  })

  it('reconciles to the cent: every party’s sales, refunds and fees add up to the orders’ own', () => {
    for (let i = 0; i < 200; i++) {
      const sample = Array.from({ length: randomInt(1, 6) }, (_, n) => {
        const lines = Array.from({ length: randomInt(1, 4) }, (_, l) => ({ sellerId: pick(['1', '2', null]), label: `L${l}`, amount: randomInt(0, 30_000), vatRateBp: pick([2000, 550, 0]) }))
        const paid = lines.reduce((t, l) => t + l.amount, 0)
        return order(String(n), {
          paidAt: inMarch(randomInt(1, 28)),
          lines,
          feeLines: [{ label: 'Carte', amount: randomInt(0, 300), vatRateBp: 2000, passedToBuyer: false }],
          refunds: paid > 0 && randomInt(0, 2) === 0 ? [{ at: inMarch(randomInt(1, 31)), amount: randomInt(1, paid) }] : [],
          platformFee: randomInt(0, 500),
        })
      })
      const all = ['1', '2', SITE].flatMap((party) => statementEntries(sample, party, march))
      const total = (kind: string) => all.filter((e) => e.kind === kind).reduce((t, e) => t + e.amount.amount, 0)
      expect(total('sale')).toBe(sample.flatMap((o) => o.lines).reduce((t, l) => t + l.amount, 0))
      // The buyer paid no fee here: refunds and the platform fee fall entirely on the lines.
      expect(total('refund')).toBe(sample.flatMap((o) => o.refunds).reduce((t, r) => t + r.amount, 0))
      expect(total('fee')).toBe(sample.reduce((t, o) => t + (o.lines.length ? o.feeLines[0]!.amount : 0), 0))
      expect(total('platform-fee')).toBe(sample.reduce((t, o) => t + o.platformFee, 0))
    }
  })
})

describe('payoutDecision', () => {
  const seller = { receivesPayouts: true, siret: SIRET, commissionBp: 1000 }

  it('marks a payout due only to a seller paid out, with a valid SIRET, owed more than 0', () => {
    expect(payoutDecision(seller, eur(1))).toEqual({ due: true, amount: eur(1) })
    expect(payoutDecision({ ...seller, siret: '732 829 320 00074' }, eur(1))).toMatchObject({ due: true })
  })

  it('says why a payout is held', () => {
    expect(payoutDecision({ ...seller, receivesPayouts: false }, eur(100))).toMatchObject({ due: false, reason: 'no-payouts' })
    expect(payoutDecision({ ...seller, siret: null }, eur(100))).toMatchObject({ due: false, reason: 'siret-missing', message: expect.stringMatching(/^SIRET missing/) })
    expect(payoutDecision({ ...seller, siret: ' ' }, eur(100))).toMatchObject({ reason: 'siret-missing' })
    expect(payoutDecision({ ...seller, siret: WRONG_SIRET }, eur(100))).toMatchObject({ due: false, reason: 'siret-invalid', message: expect.stringMatching(/^SIRET invalid: .*wrong check digit/) })
    expect(payoutDecision(seller, eur(0))).toMatchObject({ due: false, reason: 'nothing-due' })
    expect(payoutDecision(seller, eur(-46))).toMatchObject({ due: false, reason: 'nothing-due' })
  })
})

describe('monthlyStatement', () => {
  it('turns a photographer’s month into its statement: 10 % on sales, fees borne, VAT per rate, payout due', () => {
    const orders = [
      order('A', { feeLines: [{ label: 'Frais de carte', amount: 87, vatRateBp: 2000, passedToBuyer: false }] }),
      order('B', { lines: [{ sellerId: '7', label: 'Livre photo', amount: 3165, vatRateBp: 550 }], feeLines: [], refunds: [{ at: inMarch(15), amount: 1055 }] }),
    ]
    const { statement, vatRates, payout, entries } = monthlyStatement(orders, '7', { receivesPayouts: true, siret: SIRET, commissionBp: 1000, base: 'gross' }, march, 'EUR')
    expect(entries).toHaveLength(4)
    expect(statement).toMatchObject({ gross: eur(9665), refunds: eur(1055), netSales: eur(8610), commission: eur(861), fees: eur(65), platformShare: eur(926), netDue: eur(7684) })
    // 20 %: 6500 → VAT 1083, net 5417; 5.5 %: 3165 − 1055 = 2110 → VAT 165 − 55 = 110, net 2000.
    expect(vatRates.map((r) => [r.rateBp, r.gross.amount, r.vat.amount, r.net.amount])).toEqual([
      [2000, 6500, 1083, 5417],
      [550, 2110, 110, 2000],
    ])
    expect(vatRates.reduce((t, r) => t + r.net.amount, 0)).toBe(statement.netOfVat.amount)
    expect(statement.netSales.amount).toBe(statement.netDue.amount + statement.platformShare.amount + statement.productionCosts.amount)
    expect(payout).toEqual({ due: true, amount: eur(7684) })
  })

  it('holds the payout of a seller without a SIRET, and of a month of refunds only', () => {
    const orders = [order('A'), order('B', { paidAt: inMarch(0), refunds: [{ at: inMarch(3), amount: 8800 }] })]
    expect(monthlyStatement(orders, '7', { receivesPayouts: true, commissionBp: 0, base: 'gross' }, march, 'EUR').payout).toMatchObject({ reason: 'siret-missing' })
    const refundsOnly = monthlyStatement([orders[1]!], '7', { receivesPayouts: true, siret: SIRET, commissionBp: 0, base: 'gross' }, march, 'EUR')
    expect(refundsOnly.statement.netDue).toEqual(eur(-6500))
    expect(refundsOnly.payout).toMatchObject({ due: false, reason: 'nothing-due' })
  })
})

describe('parseMonth', () => {
  it('reads YYYY-MM and says how to write it otherwise', () => {
    expect(parseMonth('2026-03')).toEqual({ ok: true, year: 2026, month: 3 })
    expect(parseMonth('2026-13')).toMatchObject({ ok: false, message: '“2026-13” is not a month; write it like 2026-03.' })
    expect(parseMonth('03/2026')).toMatchObject({ ok: false })
  })
})
