// What a ticket, a cart line or an order line says about where its holder goes. Pure.
import type { PlanSeat } from './seat'
import type { SeatingPlan } from './seating-plan'

export type Locale = 'fr' | 'en'

/** A numbered seat as a person reads it: the section, the row (or table) and the seat number. */
export interface SeatPlace {
  kind: 'seat'
  section: string
  /** "C" for a row, "Table 4" for a table. */
  row: string
  seat: string
  /** Seated at a table: `row` is then the table's label. */
  atTable?: boolean
}

export interface ZonePlace {
  kind: 'zone'
  zone: string
}

export type Place = SeatPlace | ZonePlace

export function seatPlace(plan: SeatingPlan, seat: PlanSeat): SeatPlace {
  const section = plan.sections.find((s) => s.id === seat.sectionId)
  return { kind: 'seat', section: section?.label ?? seat.sectionId, row: seat.rowLabel, seat: seat.number, ...(seat.tableId !== undefined ? { atTable: true } : {}) }
}

/** "Orchestre, rang C, place 12", "Cabaret, Table 4, place 2", "Fosse (placement libre)". */
export function placeLabel(place: Place, locale: Locale = 'fr'): string {
  if (place.kind === 'zone') return locale === 'fr' ? `${place.zone} (placement libre)` : `${place.zone} (general admission)`
  if (place.atTable) return locale === 'fr' ? `${place.section}, ${place.row}, place ${place.seat}` : `${place.section}, ${place.row}, seat ${place.seat}`
  return locale === 'fr' ? `${place.section}, rang ${place.row}, place ${place.seat}` : `${place.section}, row ${place.row}, seat ${place.seat}`
}
