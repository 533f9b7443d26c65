import { describe, expect, it } from 'vitest'

import type { CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import { money } from '../../../src/domain/commerce/money'
import type { HeldSeat, TillPerformance } from '../../ticketing/endpoints/box-office-seats'
import { addZonePlaces, saleItems, ticketPriceOptions, withHeldSeats, withoutSeats, type SaleLine } from './box-office-cart'

const performance: TillPerformance = {
  id: 7,
  startsAt: '2026-12-12T19:30:00.000Z',
  eventId: 3,
  eventTitle: 'Le Misanthrope',
  venue: null,
  holdMinutes: 15,
  categories: [{ id: 'cat1', label: 'Catégorie 1', free: 18 }],
  zones: [{ zoneId: 'fosse', label: 'Fosse', category: 'fosse', remaining: 20 }],
  prices: {
    cat1: [
      { productId: '10', variantId: 'v-full-1', label: 'Plein tarif', amount: 3000 },
      { productId: '11', variantId: 'v-reduced-1', label: 'Tarif réduit', amount: 2200 },
    ],
    fosse: [{ productId: '10', variantId: 'v-full-pit', label: 'Plein tarif', amount: 1500 }],
  },
  heldHere: 0,
}
const seat = (seatId: string, expiresAt = '2026-11-25T20:00:00.000Z'): HeldSeat => ({ seatId, place: `Salle, rang A, place ${seatId.slice(-1)}`, category: 'cat1', expiresAt })
const book: SaleLine = { key: 1, productId: '99', quantity: '2', answers: {} }
const keys = () => {
  let next = 100
  return () => next++
}

describe('seats held at the till in the sale', () => {
  it('adds a line per newly held seat at its category’s first price, after what the sale already has', () => {
    const lines = withHeldSeats([book], performance, [seat('salle-A-5'), seat('salle-A-6')], keys())

    expect(lines.map((line) => [line.key, line.productId, line.variantId, line.quantity, line.ticket?.seatId, line.ticket?.place])).toEqual([
      [1, '99', undefined, '2', undefined, undefined],
      [100, '10', 'v-full-1', '1', 'salle-A-5', 'Salle, rang A, place 5'],
      [101, '10', 'v-full-1', '1', 'salle-A-6', 'Salle, rang A, place 6'],
    ])
  })

  it('keeps the price picked for a seat already in the sale and takes its new hold time', () => {
    const first = withHeldSeats([], performance, [seat('salle-A-5')], keys())
    const repriced = first.map((line) => ({ ...line, productId: '11', variantId: 'v-reduced-1' }))

    const again = withHeldSeats(repriced, performance, [seat('salle-A-5', '2026-11-25T20:10:00.000Z')], keys())

    expect(again).toHaveLength(1)
    expect(again[0]).toMatchObject({ productId: '11', variantId: 'v-reduced-1', ticket: { expiresAt: '2026-11-25T20:10:00.000Z' } })
  })

  it('only updates hold times when asked not to add seats (a late read must not put back a seat taken out)', () => {
    const before = withHeldSeats([book], performance, [seat('salle-A-5')], keys())

    const after = withHeldSeats(before, performance, [seat('salle-A-5', '2026-11-25T20:10:00.000Z'), seat('salle-A-6')], keys(), { addNew: false })

    expect(after.map((line) => [line.ticket?.seatId, line.ticket?.expiresAt])).toEqual([
      [undefined, undefined],
      ['salle-A-5', '2026-11-25T20:10:00.000Z'],
    ])
  })

  it('leaves out a held seat whose category has no price, and drops given-back seats of that performance only', () => {
    const lines = withHeldSeats([book], performance, [seat('salle-A-5'), { ...seat('salle-Z-1'), category: 'loge' }], keys())
    expect(lines.map((line) => line.ticket?.seatId)).toEqual([undefined, 'salle-A-5'])

    expect(withoutSeats(lines, '8')).toEqual(lines)
    expect(withoutSeats(lines, '7', ['salle-A-6'])).toEqual(lines)
    expect(withoutSeats(lines, '7')).toEqual([book])
  })
})

describe('general-admission places', () => {
  it('adds places of a zone at a price, and more of them to the same zone and price', () => {
    const zone = performance.zones[0]!
    const price = performance.prices.fosse![0]!
    const once = addZonePlaces([], { performance, zone, price, quantity: 2 }, 1)
    const twice = addZonePlaces(once, { performance, zone, price, quantity: 3 }, 2)

    expect(twice).toEqual([{ key: 1, productId: '10', variantId: 'v-full-pit', quantity: '5', answers: {}, ticket: expect.objectContaining({ zoneId: 'fosse', place: 'Fosse (placement libre)', performanceId: '7' }) }])
  })
})

describe('the sale’s items', () => {
  it('name a ticket’s performance and seat or zone, a seat always being one ticket', () => {
    const lines = addZonePlaces(withHeldSeats([book], performance, [seat('salle-A-5')], keys()), { performance, zone: performance.zones[0]!, price: performance.prices.fosse![0]!, quantity: 2 }, 9)

    expect(saleItems(lines)).toEqual([
      { productId: '99', quantity: 2 },
      { productId: '10', variantId: 'v-full-1', quantity: 1, performanceId: '7', seatId: 'salle-A-5' },
      { productId: '10', variantId: 'v-full-pit', quantity: 2, performanceId: '7', zoneId: 'fosse' },
    ])
  })
})

describe('prices a ticket line may take', () => {
  it('are the event’s ticket products in their variant of the line’s category', () => {
    const product = (id: string, title: string, eventId: string, variants: CatalogueProduct['variants']): CatalogueProduct => ({
      id, title, active: true, price: money(0), vatRateBp: 550, stock: null, variants, priceEvents: [], questions: [], ticketOf: { eventId },
    })
    const catalogue = new Map([
      ['10', product('10', 'Plein tarif', '3', [{ id: 'a', label: 'Catégorie 1', stock: null, category: 'cat1' }, { id: 'b', label: 'Fosse', stock: null, category: 'fosse' }])],
      ['11', product('11', 'Tarif réduit', '3', [{ id: 'c', label: 'Catégorie 1', stock: null, category: 'cat1' }])],
      ['12', product('12', 'Plein tarif', '4', [{ id: 'd', label: 'Catégorie 1', stock: null, category: 'cat1' }])],
    ])

    expect(ticketPriceOptions(catalogue, { eventId: '3', category: 'cat1' })).toEqual([
      { productId: '10', variantId: 'a', label: 'Plein tarif' },
      { productId: '11', variantId: 'c', label: 'Tarif réduit' },
    ])
  })
})
