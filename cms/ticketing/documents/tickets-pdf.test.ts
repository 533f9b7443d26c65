import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { money } from '../../../src/domain/commerce/money'
import { encodeTicketCode, formatTicketNumber, generateTicketKeys, ticketNumber } from '../../../src/domain/ticketing/ticket-code'
import type { TicketBrand, TicketView } from '../../../src/domain/ticketing/ticket-view'
import { plain } from '../../../tests/support/checkout-helpers'
import { pdfStreams, pdfText } from '../../../tests/support/pdf-text'
import { winAnsi } from './pdf-document'
import { renderTicketsPdf, THERMAL_WIDTH } from './tickets-pdf'

const keys = generateTicketKeys()

function ticket(ticketId: number, overrides: Partial<TicketView> = {}): TicketView {
  const code = encodeTicketCode({ tenantId: 7, performanceId: 310, ticketId, reissue: 0 }, keys.privateKey)
  return {
    code,
    number: ticketNumber(code)!,
    eventTitle: 'La Traviata',
    startsAt: new Date('2026-12-12T19:30:00Z'),
    timeZone: 'Europe/Paris',
    venue: 'Opéra de Lyon',
    place: { kind: 'seat', section: 'Orchestre', row: 'C', seat: String(ticketId) },
    priceLabel: 'Plein tarif — Catégorie 1',
    price: money(4500),
    holderName: 'Jeanne Dupont',
    orderReference: 'T-2026-00042',
    delivery: 'e-ticket',
    ...overrides,
  }
}

const brand: TicketBrand = { siteName: 'Théâtre des Célestins', primaryColor: '#7c2d12' }
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0
const mediaBoxes = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Number(match[1]), Number(match[2])])
const images = (pdf: Buffer) => pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length ?? 0
/** Every colour the pages paint or stroke with (pdfkit sets RGB colours with scn/SCN), as #rrggbb. */
const colours = (pdf: Buffer) =>
  new Set(
    pdfStreams(pdf).flatMap((stream) =>
      [...stream.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) (?:scn|SCN)\b/g)].map((match) => `#${match.slice(1, 4).map((value) => Math.round(Number(value) * 255).toString(16).padStart(2, '0')).join('')}`),
    ),
  )

describe('tickets on A4', () => {
  it('shows what the door and the buyer read: event, date, venue, seat, tariff, price, holder, order, number, notice', async () => {
    const view = ticket(12)
    const pdf = await renderTicketsPdf([view], brand, { locale: 'fr', layout: 'a4' })

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(mediaBoxes(pdf)).toEqual([[595.28, 841.89]])
    const text = plain(pdfText(pdf))
    for (const expected of [
      'Théâtre des Célestins',
      'La Traviata',
      'samedi 12 décembre 2026 à 20 h 30',
      'Opéra de Lyon',
      'Orchestre · Rang C · Place 12',
      'Plein tarif — Catégorie 1',
      '45,00 €',
      'Jeanne Dupont',
      'T-2026-00042',
      formatTicketNumber(view.number),
      'Présentez ce billet à l’entrée',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('speaks English when asked', async () => {
    const text = plain(pdfText(await renderTicketsPdf([ticket(12)], brand, { locale: 'en', layout: 'a4' })))
    for (const expected of ['Saturday 12 December 2026 at 20:30', 'Orchestre · Row C · Seat 12', '€45.00', 'Show this ticket at the entrance']) expect(text).toContain(expected)
  })

  it('prints the band in the tenant’s colour, with white text on it', async () => {
    const pdf = await renderTicketsPdf([ticket(12)], brand, { locale: 'fr', layout: 'a4' })
    expect(colours(pdf)).toContain('#7c2d12')
    expect(colours(pdf)).toContain('#ffffff')
  })

  it('puts fifty tickets on fifty pages, each with its own seat and number', async () => {
    const views = Array.from({ length: 50 }, (_, index) => ticket(index + 1))
    const pdf = await renderTicketsPdf(views, brand, { locale: 'fr', layout: 'a4' })
    expect(pageCount(pdf)).toBe(50)
    const text = plain(pdfText(pdf))
    expect(text).toContain('Orchestre · Rang C · Place 50')
    expect(text).toContain(formatTicketNumber(views[49]!.number))
  })

  it('embeds the logo once for all pages when there is one, and no image otherwise', async () => {
    const logo = await sharp({ create: { width: 120, height: 40, channels: 3, background: '#facc15' } }).png().toBuffer()
    const views = [ticket(1), ticket(2), ticket(3)]
    expect(images(await renderTicketsPdf(views, { ...brand, logo }, { locale: 'fr', layout: 'a4' }))).toBe(1)
    expect(images(await renderTicketsPdf(views, brand, { locale: 'fr', layout: 'a4' }))).toBe(0)
  })

  it('refuses a logo that is not a PNG or JPEG, and an empty list', async () => {
    await expect(renderTicketsPdf([ticket(1)], { ...brand, logo: Buffer.from('<svg/>') }, { locale: 'fr', layout: 'a4' })).rejects.toThrow('The logo must be a PNG or JPEG image')
    await expect(renderTicketsPdf([], brand, { locale: 'fr', layout: 'a4' })).rejects.toThrow('There is no ticket to print')
  })
})

describe('tickets on an 80 mm thermal roll', () => {
  it('are 80 mm wide pages cut to their content, one a ticket, in black only', async () => {
    const pdf = await renderTicketsPdf([ticket(12), ticket(13, { place: { kind: 'zone', zone: 'Fosse' }, holderName: undefined })], { ...brand, logo: await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ff0000' } }).png().toBuffer() }, { locale: 'fr', layout: 'thermal-80mm' })

    const boxes = mediaBoxes(pdf)
    expect(boxes).toHaveLength(2)
    for (const [width, height] of boxes) {
      expect(width).toBeCloseTo((80 / 25.4) * 72, 2)
      expect(height).toBeGreaterThan(THERMAL_WIDTH)
      expect(height).toBeLessThan(842)
    }
    // The unnamed ticket has one line less.
    expect(boxes[1]![1]).toBeLessThan(boxes[0]![1]!)
    expect([...colours(pdf)]).toEqual(['#000000'])
    expect(images(pdf)).toBe(0)
  })

  it('holds the same information, stacked', async () => {
    const view = ticket(12)
    const text = plain(pdfText(await renderTicketsPdf([view], brand, { locale: 'fr', layout: 'thermal-80mm' })))
    for (const expected of ['Théâtre des Célestins', 'La Traviata', 'samedi 12 décembre 2026 à 20 h 30', 'Orchestre · Rang C · Place 12', 'Tarif : Plein tarif — Catégorie 1', 'Prix : 45,00 €', 'Titulaire : Jeanne Dupont', 'Commande : T-2026-00042', formatTicketNumber(view.number)]) {
      expect(text).toContain(expected)
    }
  })
})

describe('text for Helvetica', () => {
  it('keeps French and the euro, and drops accents WinAnsi cannot write rather than garbling the name', async () => {
    expect(winAnsi('Œuvre à 12,50\u202f€ — « Noël »')).toBe('Œuvre à 12,50\u00a0€ — « Noël »')
    expect(winAnsi('Łukasz Dvořák, Đorđe')).toBe('Lukasz Dvorák, Dorde')
    expect(winAnsi('日本')).toBe('??')
    const text = pdfText(await renderTicketsPdf([ticket(12, { holderName: 'Łukasz Dvořák' })], brand, { locale: 'fr', layout: 'a4' }))
    expect(text).toContain('Lukasz Dvorák')
  })
})
