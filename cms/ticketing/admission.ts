// General admission: the zones of a performance that sell a count of places, not seats — its own
// zones and the standing sections of its seating plan. Each has a counter of places left, taken
// by a conditional update so that concurrent buyers can never exceed the capacity.
import { APIError, type CollectionAfterChangeHook, type Payload, type PayloadRequest } from 'payload'

import { standingZones } from '../../src/domain/ticketing/plan-geometry'
import { parseSeatingPlan } from '../../src/domain/ticketing/seating-plan'
import type { AdmissionCounter, Performance } from '../payload-types'
import { resizeAdmissionCounter } from '../commerce/atomic'
import { relationId, relationValue } from '../relation-id'

type Id = number | string

export interface AdmissionZone {
  zoneId: string
  label: string
  category: string
  capacity: number
}

/** The zones a performance sells by count: its own (the zone is its category) and its plan's standing sections. */
export async function zonesOfPerformance(payload: Payload, performance: Performance, req?: PayloadRequest): Promise<AdmissionZone[]> {
  const own = (performance.zones ?? []).map((zone) => ({ zoneId: zone.zoneId, label: zone.label, category: zone.zoneId, capacity: zone.capacity }))
  const planId = relationId(performance.seatingPlan)
  if (planId === undefined) return own
  const plan = await payload.findByID({ collection: 'seating-plans', id: planId, depth: 0, overrideAccess: true, ...(req ? { req } : {}) })
  const parsed = parseSeatingPlan(plan.plan)
  const standing = parsed.ok ? standingZones(parsed.plan).map((zone) => ({ zoneId: zone.id, label: zone.label, category: zone.category, capacity: zone.capacity })) : []
  return [...own, ...standing.filter((zone) => !own.some((o) => o.zoneId === zone.zoneId))]
}

export async function countersOf(payload: Payload, performanceId: Id, req?: PayloadRequest): Promise<AdmissionCounter[]> {
  const { docs } = await payload.find({
    collection: 'admission-counters',
    where: { performance: { equals: relationValue(performanceId) } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs
}

/**
 * Keeps the counters in step with the performance: a new zone starts full, a new capacity moves
 * what is left by the difference (never below what is sold), a removed zone with nothing sold goes.
 */
export const syncAdmissionCounters: CollectionAfterChangeHook<Performance> = async ({ doc, req }) => {
  const { payload } = req
  const zones = await zonesOfPerformance(payload, doc, req)
  const counters = await countersOf(payload, doc.id, req)
  for (const zone of zones) {
    const counter = counters.find((c) => c.zoneId === zone.zoneId)
    if (!counter) {
      await payload.create({
        collection: 'admission-counters',
        data: { tenant: relationId(doc.tenant), performance: doc.id, zoneId: zone.zoneId, label: zone.label, category: zone.category, capacity: zone.capacity, remaining: zone.capacity },
        overrideAccess: true,
        req,
      })
      continue
    }
    if (counter.capacity === zone.capacity && counter.label === zone.label && counter.category === zone.category) continue
    if (!(await resizeAdmissionCounter(payload, counter.id, zone.capacity, zone.label, zone.category))) {
      const sold = counter.capacity - counter.remaining
      throw new APIError(`“${zone.label}” already has ${sold} places sold or in carts: its capacity cannot go below that.`, 400, undefined, true)
    }
  }
  const gone = counters.filter((counter) => !zones.some((zone) => zone.zoneId === counter.zoneId) && counter.remaining === counter.capacity)
  if (gone.length > 0) await payload.delete({ collection: 'admission-counters', where: { id: { in: gone.map((c) => c.id) } }, overrideAccess: true, req })
  return doc
}
