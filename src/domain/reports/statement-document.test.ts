import { describe, expect, it } from 'vitest'

import { monthPeriod } from '../commerce/statements'
import { fileSlug, monthName, statementCsv, statementDocument } from './statement-document'
import { monthlyStatement, SITE, type StatementOrder } from './statement-lines'

const march = monthPeriod(2026, 3)
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const orders: StatementOrder[] = [
  {
    id: '1',
    reference: 'V-AAA',
    state: 'paid',
    currency: 'EUR',
    paidAt: new Date('2026-03-10T09:00:00Z'),
    lines: [
      { sellerId: '7', label: 'Tirage Brume A3', amount: 6500, vatRateBp: 2000 },
      { sellerId: null, label: 'Le Livre', amount: 2200, vatRateBp: 550 },
    ],
    feeLines: [{ label: 'Frais de carte', amount: 87, vatRateBp: 2000, passedToBuyer: false }],
    refunds: [{ at: new Date('2026-03-12T09:00:00Z'), amount: 870 }],
    platformFee: 0,
  },
]
const heading = {
  tenantName: 'Galerie Brume',
  partyName: 'Léa Martin',
  legalName: 'Léa Martin Photographie EI',
  siret: '73282932000074',
  address: '12 rue des Écoles\n75005 Paris',
  year: 2026,
  month: 3,
  generatedAt: new Date('2026-04-02T08:30:00Z'),
}
const terms = { receivesPayouts: true, siret: heading.siret, commissionBp: 1000, base: 'gross' as const }

describe('statementDocument', () => {
  it('words a seller’s month in French: who, when, the figures down to the net due, and the payout', () => {
    const doc = statementDocument(heading, monthlyStatement(orders, '7', terms, march, 'EUR'))
    expect(doc.title).toBe('Relevé de ventes — mars 2026')
    expect(doc.party.map(plain)).toEqual(['Léa Martin', 'Léa Martin Photographie EI', 'SIRET 732 829 320 00074', '12 rue des Écoles', '75005 Paris'])
    expect(doc.period).toBe('Période : du 1 mars 2026 au 31 mars 2026')
    // 870 refunded over 6500 / 2200 → 650 / 220; commission 10 % of 5850 = 585; card fee share 87 × 65/87 = 65.
    expect(doc.summary.map((row) => [plain(row.label), plain(row.value)])).toEqual([
      ['Ventes brutes (TTC)', '65,00 €'],
      ['Remboursements (TTC)', '6,50 €'],
      ['Ventes nettes (TTC)', '58,50 €'],
      ['dont hors taxes à 20 %', '48,75 €'],
      ['Ventes nettes hors taxes', '48,75 €'],
      ['Commission du site (10 % du TTC)', '5,85 €'],
      ['Frais à votre charge', '0,65 €'],
      ['Part conservée par le site', '6,50 €'],
      ['Coûts de production', '0,00 €'],
      ['Net à reverser', '52,00 €'],
    ])
    expect(plain(doc.payout)).toBe('Reversement dû : 52,00 €')
    expect(plain(doc.generated)).toBe('Généré le 2 avril 2026 à 10:30')
    expect(doc.rows.map((row) => row.map(plain))).toEqual([
      ['10/03/2026', 'Vente', 'V-AAA', 'Tirage Brume A3', '20 %', '65,00 €'],
      ['10/03/2026', 'Frais', 'V-AAA', 'Frais de carte', '', '-0,65 €'],
      ['12/03/2026', 'Remboursement', 'V-AAA', 'Tirage Brume A3', '20 %', '-6,50 €'],
    ])
  })

  it('says why a payout is held, in English too, and that the site is paid directly', () => {
    const held = statementDocument({ ...heading, siret: null }, monthlyStatement(orders, '7', { ...terms, siret: null }, march, 'EUR'), 'en')
    expect(held.party).toContain('SIRET: not given')
    expect(held.payout).toBe('Payout held: SIRET missing')
    const site = statementDocument({ ...heading, partyName: 'Galerie Brume', legalName: null, siret: null, address: null, isSite: true }, monthlyStatement(orders, SITE, { receivesPayouts: false, commissionBp: 0, base: 'gross' }, march, 'EUR'))
    expect(site.party[0]).toBe('Galerie Brume — Ventes propres du site')
    expect(site.payout).toBe('Reversement suspendu : les ventes du site lui sont versées directement')
    const quiet = statementDocument(heading, monthlyStatement([], '7', terms, march, 'EUR'))
    expect(quiet.empty).toBe('Aucune vente ni aucun remboursement sur la période.')
    expect(plain(quiet.payout)).toBe('Reversement suspendu : rien à reverser ce mois-ci')
  })
})

describe('statementCsv', () => {
  it('lists the entries signed so that they add up, then the summary and the payout', () => {
    const csv = statementCsv(monthlyStatement(orders, '7', terms, march, 'EUR'))
    const rows = csv.replace('\uFEFF', '').trimEnd().split('\r\n')
    expect(rows[0]).toBe('date,kind,order,item,vat_rate_percent,amount_eur')
    expect(rows.slice(1, 4)).toEqual([
      '2026-03-10T09:00:00.000Z,sale,V-AAA,Tirage Brume A3,20,65',
      '2026-03-10T09:00:00.000Z,fee,V-AAA,Frais de carte,,-0.65',
      '2026-03-12T09:00:00.000Z,refund,V-AAA,Tirage Brume A3,20,-6.5',
    ])
    expect(rows).toContain(',summary,,Net à reverser,,52')
    expect(rows).toContain(',summary,,dont hors taxes à 20\u00a0%,20,48.75')
    expect(rows.at(-1)).toBe(',payout,,due,,52')
    const held = statementCsv(monthlyStatement(orders, '7', { ...terms, siret: '123' }, march, 'EUR'))
    expect(held.trimEnd().split('\r\n').at(-1)).toBe(',payout,,held: siret-invalid,,0')
  })
})

describe('names', () => {
  it('names months and files', () => {
    expect(monthName(2026, 3)).toBe('mars 2026')
    expect(monthName(2026, 12, 'en')).toBe('December 2026')
    expect(fileSlug('Léa Martin — Photographie')).toBe('lea-martin-photographie')
    expect(fileSlug('…')).toBe('vendeur')
  })
})
