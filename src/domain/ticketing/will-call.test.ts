import { describe, expect, it } from 'vitest'

import { money } from '../commerce/money'
import type { TicketView } from './ticket-view'
import { willCallList, type WillCallEntry } from './will-call'

const ticket = (place: TicketView['place'], delivery: TicketView['delivery'] = 'will-call'): TicketView => ({
  code: 'CODE',
  number: '482109375512660427',
  eventTitle: 'La Traviata',
  startsAt: new Date('2026-12-12T19:30:00Z'),
  timeZone: 'Europe/Paris',
  place,
  priceLabel: 'Plein tarif',
  price: money(4500),
  orderReference: 'unused',
  delivery,
})
const seat = (row: string, number: string) => ticket({ kind: 'seat', section: 'Balcon', row, seat: number })
const pit = ticket({ kind: 'zone', zone: 'Fosse' })

const entry = (name: string, orderReference: string, tickets: TicketView[], lastName?: string): WillCallEntry => ({
  name,
  lastName,
  email: `${orderReference.toLowerCase()}@example.fr`,
  orderReference,
  tickets,
})

const names = (groups: ReturnType<typeof willCallList>) => groups.map((group) => `${group.letter}: ${group.rows.map((row) => `${row.familyName} ${row.givenName}`).join(', ')}`)

describe('the will-call list', () => {
  it('sorts by family name then given name, French-style: accents and case do not count', () => {
    const list = willCallList(
      [
        entry('Zoé Martin', 'C-1', [pit]),
        entry('Élodie Durand', 'C-2', [pit]),
        entry('Bernard Émery', 'C-3', [pit]),
        entry('Alice Martin', 'C-4', [pit]),
        entry('Paul Dupont', 'C-5', [pit]),
        entry('Claire ecker', 'C-6', [pit]),
      ],
      'fr',
    )
    expect(names(list)).toEqual(['D: Dupont Paul, Durand Élodie', 'E: ecker Claire, Émery Bernard', 'M: Martin Alice, Martin Zoé'])
  })

  it('takes the family name given apart, even when it has several words or the name holds only the given name', () => {
    const list = willCallList(
      [
        entry('Jean de La Fontaine', 'C-1', [pit], 'de La Fontaine'),
        entry('Anne', 'C-2', [pit], 'Bonnet'),
        entry('Marie Curie-Skłodowska', 'C-3', [pit]),
        entry('Pierre Dupont Fils', 'C-4', [pit], 'Dupont'),
      ],
      'fr',
    )
    expect(names(list)).toEqual(['B: Bonnet Anne', 'C: Curie-Skłodowska Marie', 'D: de La Fontaine Jean, Dupont Pierre Fils'])
  })

  it('counts the tickets to hand over and lists each place once, counted when repeated', () => {
    const [group] = willCallList([entry('Jeanne Dupont', 'T-42', [seat('C', '12'), seat('C', '13'), pit, pit])], 'fr')
    expect(group?.rows).toEqual([
      {
        familyName: 'Dupont',
        givenName: 'Jeanne',
        email: 't-42@example.fr',
        orderReference: 'T-42',
        ticketCount: 4,
        places: ['Balcon · Rang C · Place 12', 'Balcon · Rang C · Place 13', '2 × Fosse (placement libre)'],
      },
    ])
  })

  it('leaves out e-tickets: only what waits at the counter is on the list', () => {
    const list = willCallList([entry('Paul Dupont', 'C-1', [ticket({ kind: 'zone', zone: 'Fosse' }, 'e-ticket')]), entry('Anne Morel', 'C-2', [pit, ticket({ kind: 'zone', zone: 'Fosse' }, 'e-ticket')])], 'en')
    expect(list).toHaveLength(1)
    expect(list[0]?.rows[0]).toMatchObject({ familyName: 'Morel', ticketCount: 1, places: ['Fosse (general admission)'] })
  })

  it('keeps two orders of one person apart, in a stable order, and files a name that starts with no letter under #', () => {
    const list = willCallList([entry('Paul Dupont', 'C-9', [pit]), entry('Paul Dupont', 'C-10', [pit]), entry('Lucie 4Ever', 'C-3', [pit], '4Ever')], 'fr')
    expect(list.map((group) => [group.letter, group.rows.map((row) => row.orderReference)])).toEqual([
      ['#', ['C-3']],
      ['D', ['C-9', 'C-10']],
    ])
  })
})
