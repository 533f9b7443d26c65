import { formatMoney, money, type Money } from '../commerce/money'
import { formatSiret } from '../commerce/siret'
import type { CommissionTerms } from '../commerce/statements'
import { formatVatRate } from '../commerce/vat'
import { centsCell, toCsv, type Cell } from './csv'
import type { MonthlyStatement, PayoutHeldReason, StatementEntry } from './statement-lines'

export type StatementLanguage = 'fr' | 'en'

/** Who the statement is for and from, as printed at its top. */
export interface StatementHeading {
  tenantName: string
  /** The seller's name, or the site's for its own lines. */
  partyName: string
  legalName?: string | null
  siret?: string | null
  address?: string | null
  year: number
  month: number
  generatedAt: Date
  timeZone?: string
  /** The statement of the site's own lines (no seller). */
  isSite?: boolean
}

const FR = {
  title: 'Relevé de ventes',
  site: 'Ventes propres du site',
  siret: 'SIRET',
  noSiret: 'SIRET : non renseigné',
  period: (from: string, to: string) => `Période : du ${from} au ${to}`,
  gross: 'Ventes brutes (TTC)',
  refunds: 'Remboursements (TTC)',
  netSales: 'Ventes nettes (TTC)',
  netAt: (rate: string) => `dont hors taxes à ${rate}`,
  netOfVat: 'Ventes nettes hors taxes',
  commission: (rate: string) => `Commission du site (${rate})`,
  base: { gross: 'du TTC', 'net-of-vat': 'du HT' } satisfies Record<CommissionTerms['base'], string>,
  fees: 'Frais à votre charge',
  platformShare: 'Part conservée par le site',
  productionCosts: 'Coûts de production',
  netDue: 'Net à reverser',
  due: (amount: string) => `Reversement dû : ${amount}`,
  held: (reason: string) => `Reversement suspendu : ${reason}`,
  reasons: {
    'no-payouts': 'ce vendeur ne reçoit pas de reversements',
    'siret-missing': 'SIRET manquant',
    'siret-invalid': 'SIRET invalide',
    'nothing-due': 'rien à reverser ce mois-ci',
  } satisfies Record<PayoutHeldReason, string>,
  siteHeld: 'les ventes du site lui sont versées directement',
  generated: (at: string) => `Généré le ${at}`,
  detail: 'Détail',
  columns: ['Date', 'Nature', 'Commande', 'Article', 'TVA', 'Montant'],
  kinds: { sale: 'Vente', refund: 'Remboursement', fee: 'Frais', 'platform-fee': 'Frais de paiement' } satisfies Record<StatementEntry['kind'], string>,
  platformFee: 'Frais de la plateforme de paiement',
  none: 'Aucune vente ni aucun remboursement sur la période.',
}
const EN: typeof FR = {
  title: 'Sales statement',
  site: 'The site’s own sales',
  siret: 'SIRET',
  noSiret: 'SIRET: not given',
  period: (from, to) => `Period: ${from} to ${to}`,
  gross: 'Gross sales (VAT incl.)',
  refunds: 'Refunds (VAT incl.)',
  netSales: 'Net sales (VAT incl.)',
  netAt: (rate) => `of which net of VAT at ${rate}`,
  netOfVat: 'Net sales excluding VAT',
  commission: (rate) => `Site commission (${rate})`,
  base: { gross: 'of prices incl. VAT', 'net-of-vat': 'of prices excl. VAT' },
  fees: 'Fees you bear',
  platformShare: 'Kept by the site',
  productionCosts: 'Production costs',
  netDue: 'Net due to you',
  due: (amount) => `Payout due: ${amount}`,
  held: (reason) => `Payout held: ${reason}`,
  reasons: { 'no-payouts': 'this seller does not receive payouts', 'siret-missing': 'SIRET missing', 'siret-invalid': 'SIRET invalid', 'nothing-due': 'nothing due this month' },
  siteHeld: 'the site’s sales are paid to it directly',
  generated: (at) => `Generated on ${at}`,
  detail: 'Detail',
  columns: ['Date', 'Kind', 'Order', 'Item', 'VAT', 'Amount'],
  kinds: { sale: 'Sale', refund: 'Refund', fee: 'Fee', 'platform-fee': 'Payment fee' },
  platformFee: 'Payment platform fee',
  none: 'No sale and no refund in this period.',
}
export const STATEMENT_WORDS = { fr: FR, en: EN }

/** A statement as words and figures, ready to lay out on paper: the PDF prints exactly this. */
export interface StatementDocument {
  title: string
  tenantName: string
  party: string[]
  period: string
  summary: { label: string; value: string; strong?: boolean; indent?: boolean }[]
  payout: string
  generated: string
  detailTitle: string
  columns: string[]
  rows: string[][]
  empty?: string
}

const locale = (language: StatementLanguage) => (language === 'en' ? 'en-GB' : 'fr-FR')
/** Refunds and fees reduce what is due: shown and exported as negative amounts. */
const signed = (entry: StatementEntry): Money => (entry.kind === 'sale' ? entry.amount : money(-entry.amount.amount, entry.amount.currency))

export function statementDocument(heading: StatementHeading, result: MonthlyStatement, language: StatementLanguage = 'fr'): StatementDocument {
  const words = STATEMENT_WORDS[language]
  const timeZone = heading.timeZone ?? 'Europe/Paris'
  const amount = (m: Money) => formatMoney(m, locale(language))
  const day = (date: Date) => new Intl.DateTimeFormat(locale(language), { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(date)
  const { statement: s, payout } = result
  const lastDay = new Date(s.period.to.getTime() - 1)
  return {
    title: `${words.title} — ${monthName(heading.year, heading.month, language)}`,
    tenantName: heading.tenantName,
    party: [
      heading.isSite ? `${heading.partyName} — ${words.site}` : heading.partyName,
      ...(heading.legalName && heading.legalName !== heading.partyName ? [heading.legalName] : []),
      heading.siret ? `${words.siret} ${/^\d{14}$/.test(heading.siret) ? formatSiret(heading.siret) : heading.siret}` : words.noSiret,
      ...(heading.address ?? '').split(/\r?\n/).map((line) => line.trim()).filter(Boolean),
    ],
    period: words.period(day(s.period.from), day(lastDay)),
    summary: [
      { label: words.gross, value: amount(s.gross) },
      { label: words.refunds, value: amount(s.refunds) },
      { label: words.netSales, value: amount(s.netSales), strong: true },
      ...result.vatRates.map((rate) => ({ label: words.netAt(formatVatRate(rate.rateBp, locale(language))), value: amount(rate.net), indent: true })),
      { label: words.netOfVat, value: amount(s.netOfVat) },
      { label: words.commission(commissionRate(result, language)), value: amount(s.commission) },
      { label: words.fees, value: amount(s.fees) },
      { label: words.platformShare, value: amount(s.platformShare) },
      { label: words.productionCosts, value: amount(s.productionCosts) },
      { label: words.netDue, value: amount(s.netDue), strong: true },
    ],
    payout: payout.due ? words.due(amount(payout.amount)) : words.held(heading.isSite && payout.reason === 'no-payouts' ? words.siteHeld : words.reasons[payout.reason]),
    generated: words.generated(new Intl.DateTimeFormat(locale(language), { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(heading.generatedAt)),
    detailTitle: words.detail,
    columns: words.columns,
    rows: result.entries.map((entry) => [
      new Intl.DateTimeFormat(locale(language), { timeZone, dateStyle: 'short' }).format(entry.at),
      words.kinds[entry.kind],
      entry.reference,
      entry.kind === 'platform-fee' ? words.platformFee : entry.label,
      entry.vatRateBp === undefined ? '' : formatVatRate(entry.vatRateBp, locale(language)),
      amount(signed(entry)),
    ]),
    ...(result.entries.length === 0 ? { empty: words.none } : {}),
  }
}

/** `10 % du TTC`, `7 % of net of VAT`: the rate and what it is taken on. */
function commissionRate({ terms }: MonthlyStatement, language: StatementLanguage): string {
  return `${formatVatRate(terms.commissionBp, locale(language))} ${STATEMENT_WORDS[language].base[terms.base]}`
}

/** `mars 2026`, `March 2026`. */
export function monthName(year: number, month: number, language: StatementLanguage = 'fr'): string {
  return new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, 15)))
}

/** Cents as a spreadsheet number (`-650` → -6.5): a number cell, so a negative one is not taken for a formula and defused. */
const amountCell = (cents: number) => Number(centsCell(cents))

/**
 * The statement as a spreadsheet: one row per entry (sales positive, refunds and fees negative, so
 * the column adds up to the net before commission), then the summary rows and the payout.
 */
export function statementCsv(result: MonthlyStatement, language: StatementLanguage = 'fr'): string {
  const words = STATEMENT_WORDS[language]
  const { statement: s, payout } = result
  const currency = s.currency.toLowerCase()
  const rows: Cell[][] = result.entries.map((entry) => [
    entry.at,
    entry.kind,
    entry.reference,
    entry.kind === 'platform-fee' ? words.platformFee : entry.label,
    entry.vatRateBp === undefined ? null : entry.vatRateBp / 100,
    amountCell(signed(entry).amount),
  ])
  const total = (label: string, m: Money, rateBp?: number): Cell[] => [null, 'summary', null, label, rateBp === undefined ? null : rateBp / 100, amountCell(m.amount)]
  rows.push(
    total(words.gross, s.gross),
    total(words.refunds, s.refunds),
    total(words.netSales, s.netSales),
    ...result.vatRates.map((rate) => total(words.netAt(formatVatRate(rate.rateBp, locale(language))), rate.net, rate.rateBp)),
    total(words.netOfVat, s.netOfVat),
    total(words.commission(commissionRate(result, language)), s.commission),
    total(words.fees, s.fees),
    total(words.platformShare, s.platformShare),
    total(words.productionCosts, s.productionCosts),
    total(words.netDue, s.netDue),
    [null, 'payout', null, payout.due ? 'due' : `held: ${payout.reason}`, null, amountCell(payout.due ? payout.amount.amount : 0)],
  )
  return toCsv(['date', 'kind', 'order', 'item', 'vat_rate_percent', `amount_${currency}`], rows)
}

/** `Atelier Brume` → `atelier-brume`, for file names. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'vendeur'
  )
}
