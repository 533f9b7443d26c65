// What the designer's canvas draws, grouped the way it is selected and dragged: sections, and in
// them rows or tables with their seats. Positions, sizes and colours come from the buyer's seat
// map (seat-map.ts), so the organizer draws what the buyer will see. Pure.
import { flattenPlan } from '../plan-geometry'
import { seatMapModel, type MapStandingZone, type MapTable, type SeatMapLocale, type SeatMapModel } from '../seat-map'
import type { SeatingPlan } from '../seating-plan'
import type { CanvasHit } from './selection'

export interface CanvasSeat {
  key: string
  number: string
  cx: number
  cy: number
  r: number
  color: string
  accessible: boolean
  /** "Orchestre, rang C, place 12 — Catégorie 1" */
  title: string
  hit: CanvasHit
}

/** A row or a table and its seats. */
export interface CanvasGroup {
  key: string
  rowId?: string
  tableId?: string
  table?: MapTable
  seats: CanvasSeat[]
}

export interface CanvasSection {
  id: string
  label: string
  kind: 'rows' | 'tables' | 'standing'
  groups: CanvasGroup[]
  zone?: MapStandingZone
}

export interface CanvasModel {
  width: number
  height: number
  stage: SeatMapModel['stage']
  labels: SeatMapModel['labels']
  labelSize: number
  sections: CanvasSection[]
  seatCount: number
  standingCapacity: number
}

const NONE = new Set<string>()

export function canvasModel(plan: SeatingPlan, locale: SeatMapLocale): CanvasModel {
  const seats = flattenPlan(plan)
  const map = seatMapModel({ plan, seats, taken: NONE, mine: NONE, prices: new Map(), locale })
  const tables = new Map(map.tables.map((table) => [table.id, table]))
  const zones = new Map(map.standing.map((zone) => [zone.id, zone]))

  const sections = plan.sections.map((section): CanvasSection => {
    const groups: CanvasGroup[] =
      section.kind === 'rows'
        ? section.rows.map((row) => ({ key: `${section.id}-${row.id}`, rowId: row.id, seats: [] }))
        : section.kind === 'tables'
          ? section.tables.map((table) => ({
              key: `${section.id}-${table.id}`,
              tableId: table.id,
              table: tables.get(`${section.id}-${table.id}`),
              seats: [],
            }))
          : []
    return { id: section.id, label: section.label, kind: section.kind, groups, zone: zones.get(section.id) }
  })

  // Seats come section by section, row by row, as flattenPlan lays them; the map keeps that order.
  const bySection = new Map(sections.map((section) => [section.id, new Map(section.groups.map((group) => [group.key, group]))]))
  seats.forEach((seat, i) => {
    const drawn = map.seats[i]
    const group = bySection.get(seat.sectionId)?.get(seat.rowId)
    if (!group) return
    const hit: CanvasHit = group.tableId
      ? { kind: 'table', sectionId: seat.sectionId, tableId: group.tableId }
      : { kind: 'seat', sectionId: seat.sectionId, rowId: group.rowId!, seat: seat.number }
    group.seats.push({
      key: `${seat.id}#${i}`,
      number: seat.number,
      cx: drawn.cx,
      cy: drawn.cy,
      r: drawn.r,
      color: drawn.color,
      accessible: drawn.accessible,
      title: drawn.title,
      hit,
    })
  })

  return {
    width: plan.size.width,
    height: plan.size.height,
    stage: map.stage,
    labels: map.labels,
    labelSize: map.labelSize,
    sections,
    seatCount: seats.length,
    standingCapacity: map.standing.reduce((total, zone) => total + zone.capacity, 0),
  }
}
