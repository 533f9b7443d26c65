import { describe, expect, it } from 'vitest'

import { money } from '../commerce/money'
import { bandTextColor, contrastRatio, performanceDateText, placeText, ticketDetails, ticketPriceText, type TicketView } from './ticket-view'

const seated: TicketView = {
  code: '0G8Z1AT0',
  number: '482109375512660427',
  eventTitle: 'La Traviata',
  // 19:30 UTC is 20:30 in Paris in December (UTC+1).
  startsAt: new Date('2026-12-12T19:30:00Z'),
  timeZone: 'Europe/Paris',
  venue: 'Opéra de Lyon',
  place: { kind: 'seat', section: 'Orchestre', row: 'C', seat: '12' },
  priceLabel: 'Plein tarif — Catégorie 1',
  price: money(4500),
  holderName: 'Jeanne Dupont',
  orderReference: 'T-2026-00042',
  delivery: 'e-ticket',
}
const standing: TicketView = { ...seated, place: { kind: 'zone', zone: 'Fosse' }, holderName: undefined }

describe('the place a ticket shows', () => {
  it('names section, row and seat for a seated ticket', () => {
    expect(placeText(seated, 'fr')).toBe('Orchestre · Rang C · Place 12')
    expect(placeText(seated, 'en')).toBe('Orchestre · Row C · Seat 12')
  })

  it('names the table itself for a seat at a table, without calling it a row', () => {
    const atTable: TicketView = { ...seated, place: { kind: 'seat', section: 'Cabaret', row: 'Table 4', seat: '2', atTable: true } }
    expect(placeText(atTable, 'fr')).toBe('Cabaret · Table 4 · Place 2')
  })

  it('says a standing zone is unreserved', () => {
    expect(placeText(standing, 'fr')).toBe('Fosse (placement libre)')
    expect(placeText(standing, 'en')).toBe('Fosse (general admission)')
  })
})

describe('the performance date', () => {
  it('reads as the clock in the venue, in French typography', () => {
    expect(performanceDateText(seated, 'fr')).toBe('samedi 12 décembre 2026 à 20 h 30')
    expect(performanceDateText(seated, 'en')).toBe('Saturday 12 December 2026 at 20:30')
  })

  it('writes the first of the month 1er and a time on the hour without minutes', () => {
    // 18:00 UTC is 20:00 in Paris in May (UTC+2, summer time).
    const may = { startsAt: new Date('2027-05-01T18:00:00Z'), timeZone: 'Europe/Paris' }
    expect(performanceDateText(may, 'fr')).toBe('samedi 1er mai 2027 à 20 h')
    expect(performanceDateText(may, 'en')).toBe('Saturday 1 May 2027 at 20:00')
  })

  it('uses the venue’s zone, not the server’s: the same instant is another day in Montréal', () => {
    const montreal = { startsAt: new Date('2026-12-13T02:15:00Z'), timeZone: 'America/Montreal' }
    expect(performanceDateText(montreal, 'fr')).toBe('samedi 12 décembre 2026 à 21 h 15')
  })
})

describe('the ticket’s details', () => {
  it('lists place, tariff, price, holder and order, with the price in the reader’s format', () => {
    expect(ticketDetails(seated, 'fr').map(({ label, value }) => `${label}: ${value.replace(/\u00a0|\u202f/g, ' ')}`)).toEqual([
      'Place: Orchestre · Rang C · Place 12',
      'Tarif: Plein tarif — Catégorie 1',
      'Prix: 45,00 €',
      'Titulaire: Jeanne Dupont',
      'Commande: T-2026-00042',
    ])
    expect(ticketPriceText(seated, 'en')).toBe('€45.00')
  })

  it('leaves out the holder of an unnamed ticket and calls an invitation free', () => {
    const invitation = { ...standing, price: money(0) }
    expect(ticketDetails(invitation, 'en').map((detail) => detail.label)).toEqual(['Place', 'Ticket type', 'Price', 'Order'])
    expect(ticketPriceText(invitation, 'fr')).toBe('Gratuit')
  })
})

describe('the text colour on the brand band', () => {
  it('is white on a dark primary and black on a light one, each readable (WCAG AA)', () => {
    expect(bandTextColor({ primaryColor: '#1d4ed8' })).toBe('#ffffff')
    expect(bandTextColor({ primaryColor: '#facc15' })).toBe('#000000')
    expect(contrastRatio('#1d4ed8', '#ffffff')).toBeGreaterThan(4.5)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
  })

  it('keeps the tenant’s own text colour, and names the setting that is not a colour', () => {
    expect(bandTextColor({ primaryColor: '#1d4ed8', textColor: '#fef3c7' })).toBe('#fef3c7')
    expect(() => bandTextColor({ primaryColor: 'blue' })).toThrow('The primary colour must be a colour written #rrggbb, like #1d4ed8, not “blue”.')
  })
})
