import { describe, expect, it } from 'vitest'

import { money } from '../../../src/domain/commerce/money'
import type { TicketBrand, TicketView } from '../../../src/domain/ticketing/ticket-view'
import { willCallList, type WillCallEntry } from '../../../src/domain/ticketing/will-call'
import { plain } from '../../../tests/support/checkout-helpers'
import { pdfText } from '../../../tests/support/pdf-text'
import { renderWillCallListPdf } from './will-call-pdf'

const brand: TicketBrand = { siteName: 'Théâtre des Célestins', primaryColor: '#7c2d12' }
const performance = { title: 'La Traviata', startsAt: new Date('2026-12-12T19:30:00Z'), timeZone: 'Europe/Paris' }

const ticket = (place: TicketView['place']): TicketView => ({
  code: 'CODE',
  number: '482109375512660427',
  eventTitle: 'La Traviata',
  startsAt: performance.startsAt,
  timeZone: performance.timeZone,
  place,
  priceLabel: 'Plein tarif',
  price: money(4500),
  orderReference: 'unused',
  delivery: 'will-call',
})
const entry = (name: string, orderReference: string, tickets: TicketView[]): WillCallEntry => ({ name, email: `${orderReference.toLowerCase()}@example.fr`, orderReference, tickets })
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0

describe('the will-call list as a PDF', () => {
  it('lists buyers alphabetically under their letter, with order, count of tickets and places', async () => {
    const groups = willCallList(
      [
        entry('Élodie Martin', 'T-7', [ticket({ kind: 'zone', zone: 'Fosse' }), ticket({ kind: 'zone', zone: 'Fosse' })]),
        entry('Paul Dupont', 'T-3', [ticket({ kind: 'seat', section: 'Balcon', row: 'B', seat: '4' })]),
      ],
      'fr',
    )
    const text = plain(pdfText(await renderWillCallListPdf(groups, brand, { locale: 'fr', ...performance })))

    for (const expected of ['Théâtre des Célestins', 'Billets à retirer — La Traviata', 'samedi 12 décembre 2026 à 20 h 30', '2 commandes, 3 billets à remettre', 'Nom', 'Commande', 'Billets', 'Places', 'Balcon · Rang B · Place 4', '2 × Fosse (placement libre)', 'Page 1 sur 1']) {
      expect(text).toContain(expected)
    }
    const lines = text.split('\n')
    const order = ['D', 'DUPONT Paul', 't-3@example.fr', 'T-3', 'M', 'MARTIN Élodie', 'T-7'].map((line) => lines.indexOf(line))
    expect(order.every((index) => index >= 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('runs over pages with the column headings on each and “page n of m” at the foot', async () => {
    const entries = Array.from({ length: 120 }, (_, index) => entry(`Client ${String(index).padStart(3, '0')} Nom${String.fromCharCode(65 + (index % 26))}`, `T-${index}`, [ticket({ kind: 'zone', zone: 'Fosse' })]))
    const pdf = await renderWillCallListPdf(willCallList(entries, 'en'), brand, { locale: 'en', ...performance })
    const pages = pageCount(pdf)

    expect(pages).toBeGreaterThan(2)
    const text = plain(pdfText(pdf))
    expect(text).toContain('120 orders, 120 tickets to hand over')
    expect(text.split('\n').filter((line) => line === 'Order')).toHaveLength(pages)
    expect(text).toContain(`Page ${pages} of ${pages}`)
    for (let index = 0; index < 120; index++) expect(text).toContain(`T-${index}\n`)
  })

  it('says so when nobody has tickets to collect', async () => {
    const text = pdfText(await renderWillCallListPdf([], brand, { locale: 'en', ...performance }))
    expect(text).toContain('No tickets are waiting at the box office for this performance.')
    expect(text).toContain('0 orders, 0 tickets to hand over')
  })
})
