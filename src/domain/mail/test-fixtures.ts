import type { FeeLine } from '../commerce/fees'
import { money, type Money } from '../commerce/money'
import { vatBreakdown } from '../commerce/vat'
import type { MailBrand } from './brand'
import type { Receipt, ReceiptLine } from './receipt'

export const eur = (cents: number): Money => money(cents, 'EUR')

/** Non-breaking and narrow spaces (French money and punctuation) read as plain spaces in assertions. */
export const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ')

export const HTML_TAG = /<\/?[a-z][^>]*>/i

export const brand: MailBrand = {
  siteName: 'Atelier Lumière',
  siteUrl: 'https://atelier.example',
  logoUrl: 'https://atelier.example/media/logo.png',
  colors: { primary: '#B45309' },
  footer: 'Atelier Lumière – 12 rue des Lilas, 75011 Paris',
}

function line(label: string, quantity: number, unitCents: number, discountCents: number, vatRateBp: number): ReceiptLine {
  const gross = unitCents * quantity
  return { label, quantity, unitPrice: eur(unitCents), gross: eur(gross), discount: eur(discountCents), amount: eur(gross - discountCents), vatRateBp }
}

/**
 * An order whose VAT is easy to check by hand: at 20 %, 12,00 € of prints + 0,60 € of fee +
 * 6,00 € of delivery = 18,60 €, VAT 3,10 €, net 15,50 €; at 5,5 %, 21,10 € of books, VAT 1,10 €,
 * net 20,00 €. Total 39,70 €, of which 5,00 € in store credit and 34,70 € by card.
 */
export function receiptFixture(overrides: Partial<Receipt> = {}): Receipt {
  const lines = [line('Tirage A3 « Marée basse »', 2, 700, 200, 2000), line('Carnet de croquis', 2, 1055, 0, 550)]
  const feeLines: FeeLine[] = [{ kind: 'service', label: 'Frais de service', amount: eur(60), vatRateBp: 2000, passedToBuyer: true }]
  const deliveryLine: FeeLine = { kind: 'delivery', label: 'Colissimo', amount: eur(600), vatRateBp: 2000, passedToBuyer: true }
  const receiptLines = overrides.lines ?? lines
  return {
    reference: 'AL-2025-0042',
    createdAt: new Date('2025-03-03T13:05:00Z'),
    buyer: { name: 'Léa Martin', email: 'lea@example.fr' },
    currency: 'EUR',
    lines: receiptLines,
    feeLines,
    deliveryLine,
    discountCode: 'PRINTEMPS',
    discountTotal: eur(200),
    total: eur(3970),
    paidWithStoreCredit: eur(500),
    paymentMethod: 'card',
    vat: vatBreakdown([...receiptLines, ...feeLines, deliveryLine]),
    answers: [{ question: 'Dédicace ?', answer: 'Pour Jeanne' }],
    orderUrl: 'https://atelier.example/compte/commandes/AL-2025-0042',
    adminUrl: 'https://vitrine.example/admin/collections/orders/42',
    seller: { legalName: 'Atelier Lumière SARL', siret: '73282932000074', address: '12 rue des Lilas\n75011 Paris' },
    ...overrides,
  }
}

/** The `<tr>` of an HTML table that holds `label`, to check a label and its amount sit on one row. */
export function rowWith(html: string, label: string): string {
  const row = plainSpaces(html)
    .split('<tr>')
    .find((part) => part.includes(label))
  if (row === undefined) throw new Error(`No table row contains “${label}”.`)
  return row.slice(0, row.indexOf('</tr>'))
}
