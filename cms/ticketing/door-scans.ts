// Door control on the server: a code or a number read at a door becomes valid, invalid or
// duplicate. The rules are decideScan's (src/domain/ticketing/scans.ts); this file finds the
// ticket, admits it with one conditional UPDATE, and writes every scan to the door's log.
import type { Payload, Where } from 'payload'

import { decideScan, revocationKey, type RevocationCause, type ScanDecision, type ScanRefusal } from '../../src/domain/ticketing/scans'
import { TICKET_CODE_MIN_LENGTH, verifyTicketCode, verifyTicketNumber, type TicketPayload } from '../../src/domain/ticketing/ticket-code'
import { admitTicket } from '../commerce/atomic'
import type { Ticket } from '../payload-types'
import { relationId, relationValue } from '../relation-id'
import { signTicket, tenantTicketKey } from './ticket-keys'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** Why a ticket is refused; `unknown-ticket`: a genuine code whose ticket is no longer in the database. */
export type DoorRefusal = ScanRefusal | 'unknown-ticket'

/** What the door staff see of the ticket: enough to check the holder and send them to their place. */
export interface TicketSummary {
  id: number
  place: string
  holderName?: string
  priceLabel: string
  eventTitle?: string
  startsAt?: string
}

export interface DoorDecision {
  verdict: ScanDecision['verdict']
  reason?: DoorRefusal
  /** Absent when the code names no ticket of this site: nothing of another site is shown. */
  ticket?: TicketSummary
  /** For a duplicate: where and when the ticket was admitted. */
  firstScan?: { at: string; door: string }
}

export interface DoorScanInput {
  tenantId: Id
  /** A QR code's text, or the 18-digit number as a barcode reader or a person typed it. */
  input: string
  door: string
  /** Who scanned: `user:<id>`. */
  by: string
  /** The performance this door admits to; a ticket for another one is refused. */
  performanceId?: Id
  now?: Date
}

/** One read at the door, decided and logged; a valid ticket is admitted, once, whatever other doors do at the same instant. */
export async function scanTicket(payload: Payload, { tenantId, input, door, by, performanceId, now = new Date() }: DoorScanInput): Promise<DoorDecision> {
  const performances = new PerformanceCache(payload)
  return decideAndRecord(payload, performances, { tenantId, input, door, by, performanceId, at: now, offline: false })
}

export interface OfflineScan {
  input: string
  at: Date
}

export interface SyncedScan extends DoorDecision {
  at: string
}

/** Two doors let the same ticket in while out of touch: the recorded admission stands, this device's is reported. */
export interface DoorConflict {
  ticket: TicketSummary
  first: { at: string; door: string }
  second: { at: string; door: string }
}

/**
 * Records the admissions a scanner made while offline, in the order they happened: the first to
 * reach the server for a ticket is its admission (admitTicket decides, as online), any later one
 * is a duplicate and a conflict to show at the door. Uploading the same scans again records nothing
 * twice. Results come back in the order of `scans`.
 */
export async function syncOfflineScans(
  payload: Payload,
  { tenantId, door, by, performanceId, scans }: { tenantId: Id; door: string; by: string; performanceId?: Id; scans: readonly OfflineScan[] },
): Promise<{ results: SyncedScan[]; conflicts: DoorConflict[] }> {
  const performances = new PerformanceCache(payload)
  const results: SyncedScan[] = new Array(scans.length)
  const conflicts: DoorConflict[] = []
  const byTime = scans.map((scan, index) => ({ scan, index })).sort((a, b) => a.scan.at.getTime() - b.scan.at.getTime())
  for (const { scan, index } of byTime) {
    const decision = await decideAndRecord(payload, performances, { tenantId, input: scan.input, door, by, performanceId, at: scan.at, offline: true })
    results[index] = { ...decision, at: scan.at.toISOString() }
    if (decision.verdict === 'duplicate' && decision.ticket && decision.firstScan) {
      conflicts.push({ ticket: decision.ticket, first: decision.firstScan, second: { at: scan.at.toISOString(), door } })
    }
  }
  return { results, conflicts }
}

export interface ScannerKit {
  tenantId: Id
  performanceId: Id
  performance: { eventTitle: string; startsAt: string }
  /** The tenant's public key only: a scanner can check codes, never make one. */
  publicKeyRaw: string
  publicKeyPem: string
  /** Valid tickets, by the number their barcode carries. */
  tickets: { number: string; ticketId: number; reissue: number; place: string; priceLabel: string; holderName?: string }[]
  /** `ticketId:reissue` keys to refuse, with the number of that code so a barcode is refused for the right reason too. */
  revoked: { key: string; cause: RevocationCause; number: string }[]
  admissions: { ticketId: number; reissue: number; at: string; door: string }[]
  generatedAt: string
}

/** What a phone downloads to keep scanning a performance offline; null when it is not one of this tenant's. */
export async function scannerKit(payload: Payload, { tenantId, performanceId, now = new Date() }: { tenantId: Id; performanceId: Id; now?: Date }): Promise<ScannerKit | null> {
  const performance = await new PerformanceCache(payload).of(tenantId, performanceId)
  if (!performance) return null
  const { docs } = await payload.find({
    collection: 'tickets',
    where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { performance: { equals: relationValue(performanceId) } }, { number: { not_like: 'pending:' } }] },
    sort: 'id',
    pagination: false,
    ...o,
  })
  const { publicKeyRaw, publicKeyPem } = tenantTicketKey(tenantId)
  const kit: ScannerKit = { tenantId, performanceId, performance, publicKeyRaw, publicKeyPem, tickets: [], revoked: [], admissions: [], generatedAt: now.toISOString() }
  for (const row of docs) {
    const ticket = payloadOf(tenantId, row, row.reissue)
    if (row.state === 'valid') kit.tickets.push({ number: row.number, ticketId: row.id, reissue: row.reissue, place: row.place, priceLabel: row.priceLabel, ...(row.holderName ? { holderName: row.holderName } : {}) })
    else kit.revoked.push({ key: revocationKey(ticket), cause: row.state, number: row.number })
    for (const old of previousCodes(ticket)) kit.revoked.push({ key: revocationKey(old.ticket), cause: 'reissued', number: old.number })
    if (row.admittedAt) kit.admissions.push({ ticketId: row.id, reissue: row.reissue, at: new Date(row.admittedAt).toISOString(), door: row.admittedDoor ?? '' })
  }
  return kit
}

/** The performances a door may admit to: those of the last day and to come, not cancelled, soonest first. */
export async function doorPerformances(payload: Payload, { tenantId, now = new Date() }: { tenantId: Id; now?: Date }) {
  const { docs } = await payload.find({
    collection: 'performances',
    where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { startsAt: { greater_than_equal: new Date(now.getTime() - 24 * 3600 * 1000).toISOString() } }, { status: { not_equals: 'cancelled' } }] },
    sort: 'startsAt',
    limit: 100,
    ...o,
  })
  const events = new Map<Id, string>()
  const eventIds = [...new Set(docs.map((performance) => relationId(performance.event)!))]
  if (eventIds.length > 0) {
    const found = await payload.find({ collection: 'events', where: { id: { in: eventIds } }, pagination: false, ...o })
    for (const event of found.docs) events.set(event.id, event.title)
  }
  return docs.map((performance) => ({ id: performance.id, eventTitle: events.get(relationId(performance.event)!) ?? '', startsAt: performance.startsAt }))
}

type Identified = { refused: DoorRefusal } | { ticket: TicketPayload; row: Ticket }

interface ScanAt {
  tenantId: Id
  input: string
  door: string
  by: string
  performanceId?: Id | undefined
  at: Date
  offline: boolean
}

async function decideAndRecord(payload: Payload, performances: PerformanceCache, scan: ScanAt): Promise<DoorDecision> {
  const identified = await identify(payload, scan)
  if ('refused' in identified) {
    const refusal: DoorDecision = { verdict: 'invalid', reason: identified.refused }
    await record(payload, scan, refusal, undefined)
    return refusal
  }
  const { decision, row } = await admitOnce(payload, identified, scan)
  const summary = await summaryOf(performances, scan.tenantId, row)
  const answer: DoorDecision = {
    verdict: decision.verdict,
    ticket: summary,
    ...(decision.verdict === 'invalid' ? { reason: decision.reason } : {}),
    ...(decision.verdict === 'duplicate' ? { firstScan: { at: decision.firstScan.at.toISOString(), door: decision.firstScan.door } } : {}),
  }
  await record(payload, scan, answer, row)
  return answer
}

/** The ticket a code or a number stands for, in this tenant only. */
async function identify(payload: Payload, { tenantId, input, performanceId }: ScanAt): Promise<Identified> {
  const text = input.trim()
  const digits = text.replace(/[\s-]/g, '')
  // A barcode reader types digits only; a code is over a hundred characters long.
  if (/^\d+$/.test(digits) && digits.length < TICKET_CODE_MIN_LENGTH) return identifyNumber(payload, tenantId, text, performanceId)
  const verification = verifyTicketCode(text, tenantTicketKey(tenantId).publicKeyPem, { tenantId: Number(tenantId) })
  if (!verification.ok) return { refused: verification.reason }
  const row = await ticketRow(payload, tenantId, verification.ticket.ticketId)
  // Signed by us but not (any more) in the database, or for a reissue not made yet: nothing to admit.
  if (!row || Number(relationId(row.performance)) !== verification.ticket.performanceId || verification.ticket.reissue > row.reissue) return { refused: 'unknown-ticket' }
  return { ticket: verification.ticket, row }
}

async function identifyNumber(payload: Payload, tenantId: Id, text: string, performanceId: Id | undefined): Promise<Identified> {
  const digits = text.replace(/[\s-]/g, '')
  const { docs } = await payload.find({ collection: 'tickets', where: { and: [{ tenant: { equals: relationValue(tenantId) } }, { number: { equals: digits } }] }, limit: 1, ...o })
  const rows = new Map(docs.map((row) => [row.id, row]))
  let verification = verifyTicketNumber(text, new Map(docs.map((row) => [row.number, payloadOf(tenantId, row, row.reissue)])))
  if (!verification.ok && verification.reason === 'unknown-number') {
    // An old barcode of a reissued ticket is refused as reissued, not as unknown: its numbers are
    // signed again to match, for the door's performance only when it has one (reissues are rare).
    const where: Where[] = [{ tenant: { equals: relationValue(tenantId) } }, { reissue: { greater_than: 0 } }]
    if (performanceId !== undefined) where.push({ performance: { equals: relationValue(performanceId) } })
    const reissued = await payload.find({ collection: 'tickets', where: { and: where }, pagination: false, ...o })
    const issued = new Map<string, TicketPayload>()
    for (const row of reissued.docs) {
      rows.set(row.id, row)
      for (const old of previousCodes(payloadOf(tenantId, row, row.reissue))) issued.set(old.number, old.ticket)
    }
    verification = verifyTicketNumber(text, issued)
  }
  if (!verification.ok) return { refused: verification.reason }
  return { ticket: verification.ticket, row: rows.get(verification.ticket.ticketId)! }
}

/**
 * Decides on what the database holds and, for a valid ticket, admits it with one conditional
 * UPDATE. When the UPDATE finds the ticket changed (another door admitted it, or it was refunded
 * a moment ago), the decision is taken again on the fresh row: the loser sees the winner's door and time.
 */
async function admitOnce(payload: Payload, { ticket, row: first }: { ticket: TicketPayload; row: Ticket }, scan: ScanAt): Promise<{ decision: ScanDecision; row: Ticket }> {
  let row = first
  for (let attempt = 0; attempt < 3; attempt++) {
    const decision = decideOn(row, ticket, scan)
    if (decision.verdict !== 'valid') return { decision, row }
    if (scan.offline && sameAdmission(row, scan)) return { decision, row }
    if (await admitTicket(payload, row.id, { reissue: ticket.reissue, at: scan.at, door: scan.door })) return { decision, row }
    row = (await ticketRow(payload, scan.tenantId, row.id))!
  }
  throw new Error(`Ticket ${row.id} could be neither admitted nor refused after three tries.`)
}

function decideOn(row: Ticket, ticket: TicketPayload, { door, at, performanceId, offline }: ScanAt): ScanDecision {
  const revoked = new Map<string, RevocationCause>()
  if (row.state !== 'valid') revoked.set(revocationKey(ticket), row.state)
  else if (ticket.reissue < row.reissue) revoked.set(revocationKey(ticket), 'reissued')
  // An offline scan uploaded again finds its own admission: it is that admission, not a duplicate of it.
  const admitted = row.admittedAt && !(offline && sameAdmission(row, { door, at }))
  const scans = admitted ? [{ ticketId: row.id, reissue: row.reissue, door: row.admittedDoor ?? '', at: new Date(row.admittedAt!) }] : []
  return decideScan({ ok: true, ticket }, { revoked, scans, door, now: at, ...(performanceId !== undefined ? { performanceId: Number(performanceId) } : {}) })
}

const sameAdmission = (row: Ticket, { door, at }: { door: string; at: Date }) =>
  Boolean(row.admittedAt) && row.admittedDoor === door && new Date(row.admittedAt!).getTime() === at.getTime()

/** Every scan goes to the door's log; an offline scan uploaded again is logged once. */
async function record(payload: Payload, scan: ScanAt, decision: DoorDecision, row: Ticket | undefined): Promise<void> {
  const performanceId = row ? relationId(row.performance) : scan.performanceId
  if (scan.offline) {
    const where: Where[] = [{ tenant: { equals: relationValue(scan.tenantId) } }, { door: { equals: scan.door } }, { at: { equals: scan.at.toISOString() } }, { offline: { equals: true } }]
    const { totalDocs } = await payload.count({ collection: 'ticket-scans', where: { and: [...where, row ? { ticket: { equals: row.id } } : { ticket: { exists: false } }] }, overrideAccess: true })
    if (totalDocs > 0) return
  }
  await payload.create({
    collection: 'ticket-scans',
    data: {
      tenant: relationValue(scan.tenantId),
      ...(row ? { ticket: row.id } : {}),
      ...(performanceId !== undefined ? { performance: relationValue(performanceId) } : {}),
      door: scan.door,
      at: scan.at.toISOString(),
      verdict: decision.verdict,
      ...(decision.reason ? { reason: decision.reason } : {}),
      by: scan.by,
      offline: scan.offline,
    },
    ...o,
  })
}

async function ticketRow(payload: Payload, tenantId: Id, ticketId: Id): Promise<Ticket | undefined> {
  const { docs } = await payload.find({ collection: 'tickets', where: { and: [{ id: { equals: ticketId } }, { tenant: { equals: relationValue(tenantId) } }] }, limit: 1, ...o })
  return docs[0]
}

const payloadOf = (tenantId: Id, row: Ticket, reissue: number): TicketPayload => ({
  tenantId: Number(tenantId),
  performanceId: Number(relationId(row.performance)),
  ticketId: Number(row.id),
  reissue,
})

/** The codes this ticket had before its current reissue, each with its number. */
function previousCodes(ticket: TicketPayload): { ticket: TicketPayload; number: string }[] {
  return Array.from({ length: ticket.reissue }, (_, reissue) => {
    const old = { ...ticket, reissue }
    return { ticket: old, number: signTicket(old).number }
  })
}

async function summaryOf(performances: PerformanceCache, tenantId: Id, row: Ticket): Promise<TicketSummary> {
  const performance = await performances.of(tenantId, relationId(row.performance)!)
  return {
    id: row.id,
    place: row.place,
    priceLabel: row.priceLabel,
    ...(row.holderName ? { holderName: row.holderName } : {}),
    ...(performance ? { eventTitle: performance.eventTitle, startsAt: performance.startsAt } : {}),
  }
}

/** Event title and start of performances, read once per request however many tickets name them. */
class PerformanceCache {
  private readonly known = new Map<string, Promise<{ eventTitle: string; startsAt: string } | null>>()
  constructor(private readonly payload: Payload) {}

  of(tenantId: Id, performanceId: Id): Promise<{ eventTitle: string; startsAt: string } | null> {
    const key = `${tenantId}:${performanceId}`
    if (!this.known.has(key)) this.known.set(key, this.read(tenantId, performanceId))
    return this.known.get(key)!
  }

  private async read(tenantId: Id, performanceId: Id) {
    const { docs } = await this.payload.find({
      collection: 'performances',
      where: { and: [{ id: { equals: relationValue(performanceId) } }, { tenant: { equals: relationValue(tenantId) } }] },
      limit: 1,
      ...o,
    })
    const performance = docs[0]
    if (!performance) return null
    const event = await this.payload.findByID({ collection: 'events', id: relationId(performance.event)!, disableErrors: true, ...o })
    return { eventTitle: event?.title ?? '', startsAt: new Date(performance.startsAt).toISOString() }
  }
}
