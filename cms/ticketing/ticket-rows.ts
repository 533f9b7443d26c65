// The conditional writes on tickets that must hold against a door scanning the same ticket, or two
// staff members acting at once: each is one statement the database applies atomically (see
// cms/commerce/atomic.ts for the same pattern on orders and stock).
import { and, eq, inArray, isNull, like, ne, notLike } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { isMongo, mongoDb, sqlDb } from '../commerce/atomic'

type Id = number | string

const mongoTickets = (payload: Payload) => mongoDb(payload).collections.tickets!

/**
 * Moves tickets from valid to `to` (refunded or cancelled) if they are still valid and not yet
 * admitted; returns the ids that moved. A ticket scanned at the door a moment before stays valid.
 */
export async function endTickets(payload: Payload, ticketIds: readonly Id[], to: 'refunded' | 'cancelled'): Promise<Id[]> {
  if (ticketIds.length === 0) return []
  if (isMongo(payload)) {
    const model = mongoTickets(payload)
    const movable = await model.find({ _id: { $in: ticketIds }, state: 'valid', admittedAt: null }).lean()
    const ids = movable.map((doc) => doc._id)
    await model.updateMany({ _id: { $in: ids }, state: 'valid', admittedAt: null }, { $set: { state: to } })
    return ids
  }
  const { tables, drizzle } = sqlDb(payload)
  const tickets = tables.tickets
  const moved = await drizzle
    .update(tickets)
    .set({ state: to })
    .where(and(inArray(tickets.id, [...ticketIds]), eq(tickets.state, 'valid'), isNull(tickets.admittedAt)))
    .returning({ id: tickets.id })
  return moved.map((row: { id: Id }) => row.id)
}

/** Makes tickets valid again (their refund could not be made). */
export async function restoreTickets(payload: Payload, ticketIds: readonly Id[], from: 'refunded' | 'cancelled'): Promise<void> {
  if (ticketIds.length === 0) return
  if (isMongo(payload)) return void (await mongoTickets(payload).updateMany({ _id: { $in: ticketIds }, state: from }, { $set: { state: 'valid' } }))
  const { tables, drizzle } = sqlDb(payload)
  await drizzle.update(tables.tickets).set({ state: 'valid' }).where(and(inArray(tables.tickets.id, [...ticketIds]), eq(tables.tickets.state, from)))
}

/**
 * Gives a valid, unused ticket its next code: reissue + 1 and the number signed for it, only if
 * nobody reissued or admitted it meanwhile. The old code is refused from then on.
 */
export async function bumpReissue(payload: Payload, ticketId: Id, { from, number }: { from: number; number: string }): Promise<boolean> {
  if (isMongo(payload)) {
    const updated = await mongoTickets(payload).findOneAndUpdate({ _id: ticketId, reissue: from, state: 'valid', admittedAt: null, number: { $not: /^pending:/ } }, { $set: { reissue: from + 1, number } }).lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const tickets = tables.tickets
  const rows = await drizzle
    .update(tickets)
    .set({ reissue: from + 1, number })
    .where(and(eq(tickets.id, ticketId), eq(tickets.reissue, from), eq(tickets.state, 'valid'), isNull(tickets.admittedAt), notLike(tickets.number, 'pending:%')))
    .returning({ id: tickets.id })
  return rows.length === 1
}

/** Takes a performance off sale for good, once: false when it was already cancelled (a second click, a second tab). */
export async function markPerformanceCancelled(payload: Payload, performanceId: Id): Promise<boolean> {
  if (isMongo(payload)) {
    return Boolean(await mongoDb(payload).collections.performances!.findOneAndUpdate({ _id: performanceId, status: { $ne: 'cancelled' } }, { $set: { status: 'cancelled' } }).lean())
  }
  const { tables, drizzle } = sqlDb(payload)
  const performances = tables.performances
  const rows = await drizzle
    .update(performances)
    .set({ status: 'cancelled' })
    .where(and(eq(performances.id, performanceId), ne(performances.status, 'cancelled')))
    .returning({ id: performances.id })
  return rows.length === 1
}

/**
 * Gives a just-created ticket its signed number, only while it still has its placeholder: one
 * statement, so it cannot overwrite a reissue or an admission written meanwhile.
 */
export async function setIssuedNumber(payload: Payload, ticketId: Id, number: string): Promise<void> {
  if (isMongo(payload)) return void (await mongoTickets(payload).findOneAndUpdate({ _id: ticketId, number: { $regex: '^pending:' } }, { $set: { number } }).lean())
  const { tables, drizzle } = sqlDb(payload)
  const tickets = tables.tickets
  await drizzle.update(tickets).set({ number }).where(and(eq(tickets.id, ticketId), like(tickets.number, 'pending:%')))
}
