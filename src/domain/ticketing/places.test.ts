import { describe, expect, it } from 'vitest'

import { flattenPlan } from './plan-geometry'
import { placeLabel, seatPlace } from './places'
import { parseSeatingPlan } from './seating-plan'

const parsed = parseSeatingPlan({
  version: 1,
  name: 'Salle',
  size: { width: 400, height: 300 },
  categories: [{ id: 'cat1', label: 'Catégorie 1', color: '#1f3a5f' }],
  sections: [
    { id: 'orch', label: 'Orchestre', kind: 'rows', category: 'cat1', rows: [{ id: 'C', label: 'C', seats: 3, start: { x: 10, y: 10 }, spacing: 20, numbering: { scheme: 'left-to-right' } }] },
    { id: 'cab', label: 'Cabaret', kind: 'tables', category: 'cat1', tables: [{ id: 't4', label: 'Table 4', x: 200, y: 200, seats: 4 }] },
  ],
})
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems))
const seats = flattenPlan(parsed.plan)

describe('place labels', () => {
  it('names a seat in a row by section, row and number, in French and English', () => {
    const place = seatPlace(parsed.plan, seats.find((seat) => seat.id === 'orch-C-2')!)
    expect(placeLabel(place)).toBe('Orchestre, rang C, place 2')
    expect(placeLabel(place, 'en')).toBe('Orchestre, row C, seat 2')
  })

  it('names a seat at a table by its table, without calling it a row', () => {
    const place = seatPlace(parsed.plan, seats.find((seat) => seat.id === 'cab-t4-3')!)
    expect(placeLabel(place)).toBe('Cabaret, Table 4, place 3')
  })

  it('names a general-admission place by its zone', () => {
    expect(placeLabel({ kind: 'zone', zone: 'Fosse' })).toBe('Fosse (placement libre)')
    expect(placeLabel({ kind: 'zone', zone: 'Pit' }, 'en')).toBe('Pit (general admission)')
  })
})
