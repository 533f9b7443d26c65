// The few writes whose rules must hold under concurrency, each one conditional statement that the
// database applies atomically (SQLite serialises writers; PostgreSQL re-checks the WHERE after
// taking the row lock). Reading first and writing after would let two buyers take the last item.
import { randomBytes } from 'node:crypto'

import { and, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

type Id = number | string

/** A counted quantity: a product's or a variant's stock, a gift card's balance, the places left in a general-admission zone. */
export type Counter =
  | { collection: 'products'; id: Id; field: 'stock' }
  | { collection: 'products'; id: Id; variantId: string; field: 'stock' }
  | { collection: 'gift-cards'; id: Id; field: 'balance' }
  | { collection: 'admission-counters'; id: Id; field: 'remaining' }

const TABLES: Record<Counter['collection'], string> = { products: 'products', 'gift-cards': 'gift_cards', 'admission-counters': 'admission_counters' }

interface DrizzleAdapter {
  name: string
  drizzle: any // eslint-disable-line @typescript-eslint/no-explicit-any -- drizzle's type differs per dialect
  tables: Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
}
/** The few mongoose model calls our conditional writes use. */
export interface MongoModel {
  findOneAndUpdate(filter: object, update: object, options?: object): { lean(): Promise<unknown> }
  updateMany(filter: object, update: object): Promise<{ modifiedCount: number }>
  find(filter: object): { lean(): Promise<{ _id: Id }[]> }
}
interface MongoAdapter {
  name: 'mongoose'
  collections: Record<string, MongoModel>
}

// Shared with the other modules of conditional writes (cms/ticketing/ticket-rows.ts).
export const isMongo = (payload: Payload) => payload.db.name === 'mongoose'
export const sqlDb = (payload: Payload) => payload.db as unknown as DrizzleAdapter
export const mongoDb = (payload: Payload) => payload.db as unknown as MongoAdapter

function counterTable(payload: Payload, counter: Counter) {
  const { tables } = sqlDb(payload)
  if ('variantId' in counter) return { table: tables.products_variants, key: tables.products_variants.id, value: counter.variantId }
  const table = tables[TABLES[counter.collection]]
  return { table, key: table.id, value: counter.id }
}

/**
 * Takes `amount` from a counter only if that leaves it at zero or more; false when there was
 * not enough (or the counter is not counted: NULL stock means unlimited and is never taken from).
 */
export async function takeFromCounter(payload: Payload, counter: Counter, amount: number): Promise<boolean> {
  assertWhole(amount)
  if (isMongo(payload)) return takeFromMongoCounter(payload, counter, amount)
  const { table, key, value } = counterTable(payload, counter)
  const column = table[counter.field]
  const rows = await sqlDb(payload)
    .drizzle.update(table)
    .set({ [counter.field]: sql`${column} - ${amount}` })
    .where(and(eq(key, value), gte(column, amount)))
    .returning({ id: key })
  return rows.length === 1
}

/** Gives `amount` back to a counter (released stock, restored credit). */
export async function addToCounter(payload: Payload, counter: Counter, amount: number): Promise<void> {
  assertWhole(amount)
  if (isMongo(payload)) return void (await addToMongoCounter(payload, counter, amount))
  const { table, key, value } = counterTable(payload, counter)
  const column = table[counter.field]
  await sqlDb(payload).drizzle.update(table).set({ [counter.field]: sql`${column} + ${amount}` }).where(eq(key, value))
}

/**
 * Gives a general-admission zone a new capacity, moving what is left by the difference, only if
 * that leaves nothing sold beyond it; false otherwise. One statement, so a sale landing at the
 * same moment is neither lost nor overwritten.
 */
export async function resizeAdmissionCounter(payload: Payload, counterId: Id, capacity: number, label: string, category: string): Promise<boolean> {
  if (isMongo(payload)) {
    const updated = await mongoDb(payload)
      .collections['admission-counters']!.findOneAndUpdate(
        { _id: counterId, $expr: { $gte: [{ $add: ['$remaining', capacity, { $multiply: ['$capacity', -1] }] }, 0] } },
        [{ $set: { remaining: { $add: ['$remaining', capacity, { $multiply: ['$capacity', -1] }] }, capacity, label, category } }],
      )
      .lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const counters = tables.admission_counters
  const rows = await drizzle
    .update(counters)
    .set({ remaining: sql`${counters.remaining} + ${capacity} - ${counters.capacity}`, capacity, label, category })
    .where(and(eq(counters.id, counterId), gte(sql`${counters.remaining} + ${capacity} - ${counters.capacity}`, 0)))
    .returning({ id: counters.id })
  return rows.length === 1
}

/**
 * Passes held seats of a performance from one holder to another (a cart's hold becoming an
 * order's) with a new expiry, only while the first holder's hold is still running: a hold that
 * lapsed may already be someone else's. Returns the seat ids that moved.
 */
export async function passSeatHolds(
  payload: Payload,
  { performanceId, seatIds, from, to, until, now }: { performanceId: Id; seatIds: readonly string[]; from: string; to: string; until: Date; now: Date },
): Promise<string[]> {
  if (seatIds.length === 0) return []
  if (isMongo(payload)) {
    const model = mongoDb(payload).collections['seat-reservations']!
    const moved: string[] = []
    for (const seatId of seatIds) {
      const updated = await model
        .findOneAndUpdate({ performance: performanceId, seatId, holder: from, state: 'held', expiresAt: { $gt: now } }, { $set: { holder: to, expiresAt: until } })
        .lean()
      if (updated) moved.push(seatId)
    }
    return moved
  }
  const { tables, drizzle } = sqlDb(payload)
  const rows = tables.seat_reservations
  const moved = await drizzle
    .update(rows)
    .set({ holder: to, expiresAt: until.toISOString() })
    .where(and(eq(rows.performance, performanceId), inArray(rows.seatId, [...seatIds]), eq(rows.holder, from), eq(rows.state, 'held'), gt(rows.expiresAt, now.toISOString())))
    .returning({ seatId: rows.seatId })
  return moved.map((row: { seatId: string }) => row.seatId)
}

/** Makes an order's held seats sold; returns how many. */
export async function sellHeldSeats(payload: Payload, { holder, orderId }: { holder: string; orderId: Id }): Promise<number> {
  if (isMongo(payload)) {
    const model = mongoDb(payload).collections['seat-reservations']!
    return (await model.updateMany({ holder, state: 'held' }, { $set: { state: 'sold', order: orderId, expiresAt: null } })).modifiedCount
  }
  const { tables, drizzle } = sqlDb(payload)
  const rows = tables.seat_reservations
  const sold = await drizzle.update(rows).set({ state: 'sold', order: orderId, expiresAt: null }).where(and(eq(rows.holder, holder), eq(rows.state, 'held'))).returning({ id: rows.id })
  return sold.length
}

/** Counts one use of a discount code unless it reached its limit; false when it had. */
export async function countDiscountUse(payload: Payload, discountId: Id): Promise<boolean> {
  if (isMongo(payload)) {
    const updated = await mongoDb(payload)
      .collections.discounts!.findOneAndUpdate(
        { _id: discountId, $or: [{ maxUses: null }, { $expr: { $lt: ['$usedCount', '$maxUses'] } }] },
        { $inc: { usedCount: 1 } },
      )
      .lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const discounts = tables.discounts
  const rows = await drizzle
    .update(discounts)
    .set({ usedCount: sql`coalesce(${discounts.usedCount}, 0) + 1` })
    .where(and(eq(discounts.id, discountId), or(isNull(discounts.maxUses), lt(sql`coalesce(${discounts.usedCount}, 0)`, discounts.maxUses))))
    .returning({ id: discounts.id })
  return rows.length === 1
}

/**
 * Moves an order to `to` only if it is in one of `from`: the one winner of a webhook racing the
 * return page (or a retried delivery) goes on to fulfil; the others see false and stop.
 */
export async function moveOrderState(payload: Payload, orderId: Id, from: readonly string[], to: string): Promise<boolean> {
  if (isMongo(payload)) {
    const updated = await mongoDb(payload).collections.orders!.findOneAndUpdate({ _id: orderId, state: { $in: from } }, { $set: { state: to } }).lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const orders = tables.orders
  const rows = await drizzle
    .update(orders)
    .set({ state: to })
    .where(and(eq(orders.id, orderId), inArray(orders.state, [...from])))
    .returning({ id: orders.id })
  return rows.length === 1
}

/**
 * Books `amount` of refund on an order only if refunds then stay within what was paid: two staff
 * members refunding the same order at once cannot give back more than the total.
 */
export async function bookRefund(payload: Payload, orderId: Id, amount: number, refundableStates: readonly string[]): Promise<boolean> {
  assertWhole(amount)
  if (isMongo(payload)) {
    const updated = await mongoDb(payload)
      .collections.orders!.findOneAndUpdate(
        { _id: orderId, state: { $in: refundableStates }, $expr: { $lte: [{ $add: ['$refunded', amount] }, '$total'] } },
        { $inc: { refunded: amount } },
      )
      .lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const orders = tables.orders
  const rows = await drizzle
    .update(orders)
    .set({ refunded: sql`${orders.refunded} + ${amount}` })
    .where(and(eq(orders.id, orderId), inArray(orders.state, [...refundableStates]), lte(sql`${orders.refunded} + ${amount}`, orders.total)))
    .returning({ id: orders.id })
  return rows.length === 1
}

/** Takes back a booked refund that could not be paid out (Stripe refused it). */
export async function unbookRefund(payload: Payload, orderId: Id, amount: number): Promise<void> {
  assertWhole(amount)
  if (isMongo(payload)) return void (await mongoDb(payload).collections.orders!.findOneAndUpdate({ _id: orderId }, { $inc: { refunded: -amount } }).lean())
  const { tables, drizzle } = sqlDb(payload)
  await drizzle.update(tables.orders).set({ refunded: sql`${tables.orders.refunded} - ${amount}` }).where(eq(tables.orders.id, orderId))
}

/**
 * Sets a refunded order's state from what is booked on it: `refunded` once refunds reach the
 * total, `partially_refunded` while some is left. Computed by the database from the booked amount,
 * so concurrent refunds, recorded in any order, leave the state that their sum gives.
 */
export async function settleRefundState(payload: Payload, orderId: Id, refundableStates: readonly string[]): Promise<void> {
  const from = [...new Set([...refundableStates, 'refunded'])]
  if (isMongo(payload)) {
    const orders = mongoDb(payload).collections.orders!
    const all = await orders.findOneAndUpdate({ _id: orderId, state: { $in: from }, $expr: { $gte: ['$refunded', '$total'] } }, { $set: { state: 'refunded' } }).lean()
    if (!all) await orders.findOneAndUpdate({ _id: orderId, state: { $in: from }, refunded: { $gt: 0 }, $expr: { $lt: ['$refunded', '$total'] } }, { $set: { state: 'partially_refunded' } }).lean()
    return
  }
  const { tables, drizzle } = sqlDb(payload)
  const orders = tables.orders
  const updatedAt = new Date().toISOString()
  const all = await drizzle
    .update(orders)
    .set({ state: 'refunded', updatedAt })
    .where(and(eq(orders.id, orderId), inArray(orders.state, from), gte(orders.refunded, orders.total)))
    .returning({ id: orders.id })
  if (all.length === 1) return
  await drizzle
    .update(orders)
    .set({ state: 'partially_refunded', updatedAt })
    .where(and(eq(orders.id, orderId), inArray(orders.state, from), gt(orders.refunded, 0), lt(orders.refunded, orders.total)))
}

/**
 * Appends one entry to an order's refunds or history with a single INSERT. Rewriting the whole
 * array from a read (what an update does) would let two refunds recorded at once drop each other's entry.
 */
export async function appendToOrder(payload: Payload, orderId: Id, array: 'refunds' | 'history', entry: Record<string, unknown>): Promise<void> {
  const id = randomBytes(12).toString('hex')
  if (isMongo(payload)) return void (await mongoDb(payload).collections.orders!.findOneAndUpdate({ _id: orderId }, { $push: { [array]: { ...entry, id } } }).lean())
  const { tables, drizzle } = sqlDb(payload)
  const table = tables[`orders_${array}`]
  const next = sql`(select coalesce(max(${table._order}), 0) + 1 from ${table} where ${table._parentID} = ${orderId})`
  await drizzle.insert(table).values({ ...entry, id, _parentID: orderId, _order: next })
}

async function takeFromMongoCounter(payload: Payload, counter: Counter, amount: number): Promise<boolean> {
  const model = mongoDb(payload).collections[counter.collection]!
  const filter =
    'variantId' in counter
      ? { _id: counter.id, variants: { $elemMatch: { id: counter.variantId, stock: { $gte: amount } } } }
      : { _id: counter.id, [counter.field]: { $gte: amount } }
  const update = { $inc: { ['variantId' in counter ? 'variants.$.stock' : counter.field]: -amount } }
  return Boolean(await model.findOneAndUpdate(filter, update).lean())
}

async function addToMongoCounter(payload: Payload, counter: Counter, amount: number): Promise<unknown> {
  const model = mongoDb(payload).collections[counter.collection]!
  const filter = 'variantId' in counter ? { _id: counter.id, 'variants.id': counter.variantId } : { _id: counter.id }
  return model.findOneAndUpdate(filter, { $inc: { ['variantId' in counter ? 'variants.$.stock' : counter.field]: amount } }).lean()
}

function assertWhole(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`A counted amount is a whole number above zero, not ${amount}.`)
}

/**
 * Admits a ticket at a door only if nobody admitted it yet and it is still valid in this reissue:
 * two doors scanning the same ticket at the same instant admit it once; the other sees false.
 */
export async function admitTicket(payload: Payload, ticketId: Id, { reissue, at, door }: { reissue: number; at: Date; door: string }): Promise<boolean> {
  if (isMongo(payload)) {
    const updated = await mongoDb(payload)
      .collections.tickets!.findOneAndUpdate({ _id: ticketId, admittedAt: null, state: 'valid', reissue }, { $set: { admittedAt: at, admittedDoor: door } })
      .lean()
    return Boolean(updated)
  }
  const { tables, drizzle } = sqlDb(payload)
  const tickets = tables.tickets
  const rows = await drizzle
    .update(tickets)
    .set({ admittedAt: at.toISOString(), admittedDoor: door, updatedAt: new Date().toISOString() })
    .where(and(eq(tickets.id, ticketId), isNull(tickets.admittedAt), eq(tickets.state, 'valid'), eq(tickets.reissue, reissue)))
    .returning({ id: tickets.id })
  return rows.length === 1
}
