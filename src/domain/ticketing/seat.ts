/** One sellable seat of a seating plan, flattened for allocation, maps and tickets. */
export interface PlanSeat {
  id: string            // stable within a plan version, e.g. "orch-C-12"
  sectionId: string
  rowId: string         // unique within the plan; seats of one row are adjacent by `position`
  rowLabel: string      // what a person reads: "C"
  number: string        // what a person reads: "12"
  position: number      // order along the row, left to right, 0-based; adjacent seats differ by 1 (a gap/aisle = a jump)
  x: number; y: number  // plan coordinates (for the map)
  category: string      // price category id, e.g. "cat1"
  rating: number        // higher is better (centre, near the stage); used by best-available
  tableId?: string      // seats around a table
  soldWhole?: boolean   // nightclub table: its seats sell only together
  accessible?: boolean  // wheelchair place
}
