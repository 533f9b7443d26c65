// What the door scanner answers from its downloaded kit while the server is out of reach: the same
// rules as online (decideScan), over the kit's lists and the admissions this device made since.
import { decideScan, type RevocationCause, type Scan } from '../../../src/domain/ticketing/scans'
import { verifyTicketNumber, type TicketPayload } from '../../../src/domain/ticketing/ticket-code-format'
import type { DoorDecision, ScannerKit } from '../door-scans'
import { looksLikeNumber, verifyCodeOffline } from './offline-verify'

/** An admission made on this device, waiting to be uploaded (or already uploaded but not yet in a fresh kit). */
export interface LocalAdmission {
  ticketId: number
  reissue: number
  door: string
  at: string
}

export interface PreparedKit {
  kit: ScannerKit
  /** Every number the kit knows, valid or revoked, so an old barcode is refused for its cause. */
  numbers: Map<string, TicketPayload>
  revoked: Map<string, RevocationCause>
  byTicket: Map<number, ScannerKit['tickets'][number]>
}

export function prepareKit(kit: ScannerKit): PreparedKit {
  const ticketOf = (ticketId: number, reissue: number): TicketPayload => ({ tenantId: Number(kit.tenantId), performanceId: Number(kit.performanceId), ticketId, reissue })
  const numbers = new Map<string, TicketPayload>()
  const revoked = new Map<string, RevocationCause>()
  for (const entry of kit.revoked) {
    const [ticketId, reissue] = entry.key.split(':').map(Number) as [number, number]
    numbers.set(entry.number, ticketOf(ticketId, reissue))
    revoked.set(entry.key, entry.cause)
  }
  for (const ticket of kit.tickets) numbers.set(ticket.number, ticketOf(ticket.ticketId, ticket.reissue))
  return { kit, numbers, revoked, byTicket: new Map(kit.tickets.map((ticket) => [ticket.ticketId, ticket])) }
}

export type OfflineAnswer =
  | { decision: DoorDecision; admission?: LocalAdmission }
  /** A QR code, and this browser cannot verify Ed25519: the number under the barcode still works. */
  | { unverifiable: true }

export async function decideOffline(
  prepared: PreparedKit,
  input: string,
  { door, now, local, key }: { door: string; now: Date; local: readonly LocalAdmission[]; key: CryptoKey | null },
): Promise<OfflineAnswer> {
  const { kit } = prepared
  let verification
  if (looksLikeNumber(input)) verification = verifyTicketNumber(input, prepared.numbers)
  else if (key) verification = await verifyCodeOffline(input.trim(), key, { tenantId: Number(kit.tenantId) })
  else return { unverifiable: true }
  const scans: Scan[] = [...kit.admissions, ...local].map((admission) => ({ ...admission, at: new Date(admission.at) }))
  const decision = decideScan(verification, { revoked: prepared.revoked, scans, door, now, performanceId: Number(kit.performanceId) })
  if (decision.verdict === 'invalid') {
    const ticket = verification.ok ? summaryOf(prepared, verification.ticket.ticketId) : undefined
    return { decision: { verdict: 'invalid', reason: decision.reason, ...(ticket ? { ticket } : {}) } }
  }
  const ticket = summaryOf(prepared, decision.ticket.ticketId)
  if (decision.verdict === 'duplicate') {
    return { decision: { verdict: 'duplicate', ...(ticket ? { ticket } : {}), firstScan: { at: decision.firstScan.at.toISOString(), door: decision.firstScan.door } } }
  }
  return {
    decision: { verdict: 'valid', ...(ticket ? { ticket } : {}) },
    admission: { ticketId: decision.ticket.ticketId, reissue: decision.ticket.reissue, door, at: now.toISOString() },
  }
}

/** Tickets let in so far, as this device knows: the kit's admissions and its own. */
export function admittedCount(kit: ScannerKit, local: readonly LocalAdmission[]): number {
  return new Set([...kit.admissions, ...local].map((admission) => admission.ticketId)).size
}

// A ticket issued after the kit was downloaded is not in it: its code still verifies, with no place to show.
function summaryOf({ kit, byTicket }: PreparedKit, ticketId: number): DoorDecision['ticket'] {
  const ticket = byTicket.get(ticketId)
  if (!ticket) return undefined
  return {
    id: ticket.ticketId,
    place: ticket.place,
    priceLabel: ticket.priceLabel,
    ...(ticket.holderName ? { holderName: ticket.holderName } : {}),
    eventTitle: kit.performance.eventTitle,
    startsAt: kit.performance.startsAt,
  }
}
