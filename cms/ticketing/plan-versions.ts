// A seating plan already used to sell is versioned, not rewritten: when its layout changes, the
// previous layout is kept as its own plan (named "… (version n)") and the performances that sold
// on it move there, so a sold seat never changes place, row or category under its ticket.
import type { CollectionBeforeChangeHook } from 'payload'

import type { SeatingPlan } from '../payload-types'

const o = { overrideAccess: true, depth: 0 } as const

const sameLayout = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export const keepSoldVersion: CollectionBeforeChangeHook<SeatingPlan> = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !originalDoc || data.plan === undefined || sameLayout(data.plan, originalDoc.plan)) return data
  const { payload } = req
  const { docs: performances } = await payload.find({ collection: 'performances', where: { seatingPlan: { equals: originalDoc.id } }, pagination: false, select: {}, ...o, req })
  if (performances.length === 0) return data
  const inUse: (number | string)[] = []
  for (const { id } of performances) {
    const held = await payload.count({ collection: 'seat-reservations', where: { performance: { equals: id } }, overrideAccess: true, req })
    const issued = held.totalDocs > 0 ? held : await payload.count({ collection: 'tickets', where: { performance: { equals: id } }, overrideAccess: true, req })
    if (issued.totalDocs > 0) inUse.push(id)
  }
  if (inUse.length === 0) return data
  const { totalDocs: versions } = await payload.count({ collection: 'seating-plans', where: { and: [{ tenant: { equals: originalDoc.tenant } }, { name: { like: `${originalDoc.name} (version` } }] }, overrideAccess: true, req })
  const kept = await payload.create({
    collection: 'seating-plans',
    data: { tenant: originalDoc.tenant, name: `${originalDoc.name} (version ${versions + 1})`, plan: originalDoc.plan },
    ...o,
    req,
  })
  for (const id of inUse) await payload.update({ collection: 'performances', id, data: { seatingPlan: kept.id as number }, ...o, req })
  return data
}
