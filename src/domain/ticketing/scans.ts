import type { TicketPayload, TicketRefusal, TicketVerification } from './ticket-code'

/** An admission recorded by a scanner. */
export interface Scan {
  ticketId: number
  reissue: number
  door: string
  at: Date
}

export type RevocationCause = 'refunded' | 'cancelled' | 'reissued'

/**
 * Keys are `revocationKey(ticket)`. A Map says why, so door staff can tell the holder ("this
 * ticket was reissued: show the new one"); a bare Set refuses with `revoked`.
 */
export type RevocationList = ReadonlySet<string> | ReadonlyMap<string, RevocationCause>

export interface ScanContext {
  revoked: RevocationList
  /** Admissions this scanner knows of: its own and those synced from other doors. */
  scans: readonly Scan[]
  door: string
  now: Date
  /** The performance this door is admitting to; a ticket for another one is refused. */
  performanceId?: number
}

export type ScanRefusal = TicketRefusal | RevocationCause | 'revoked' | 'other-performance'

export type ScanDecision =
  | { verdict: 'valid'; ticket: TicketPayload; scan: Scan }
  | { verdict: 'invalid'; reason: ScanRefusal }
  | { verdict: 'duplicate'; ticket: TicketPayload; firstScan: { at: Date; door: string } }

export const revocationKey = ({ ticketId, reissue }: Pick<TicketPayload, 'ticketId' | 'reissue'>): string => `${ticketId}:${reissue}`

/**
 * What the scanner shows for a verified (or refused) code. Only the first scan of a ticket admits;
 * a duplicate is matched on the ticket, whatever its reissue, since both codes stand for one seat.
 * A `valid` verdict carries the scan to record.
 */
export function decideScan(verification: TicketVerification, context: ScanContext): ScanDecision {
  if (!verification.ok) return { verdict: 'invalid', reason: verification.reason }
  const { ticket } = verification
  if (context.performanceId !== undefined && ticket.performanceId !== context.performanceId) {
    return { verdict: 'invalid', reason: 'other-performance' }
  }
  const key = revocationKey(ticket)
  if (context.revoked.has(key)) {
    const cause = context.revoked instanceof Map ? (context.revoked.get(key) as RevocationCause | undefined) : undefined
    return { verdict: 'invalid', reason: cause ?? 'revoked' }
  }
  const first = earliest(context.scans.filter((scan) => scan.ticketId === ticket.ticketId))
  if (first !== undefined) return { verdict: 'duplicate', ticket, firstScan: { at: first.at, door: first.door } }
  return {
    verdict: 'valid',
    ticket,
    scan: { ticketId: ticket.ticketId, reissue: ticket.reissue, door: context.door, at: context.now },
  }
}

/** Two scanners admitted one ticket while out of touch: the first admission stands, the second is reported. */
export interface ScanConflict {
  ticketId: number
  first: Scan
  second: Scan
}

/**
 * Folds a device's offline admissions into the server's. Scans the server already holds (a device
 * uploading twice) count once; for each ticket the earliest admission is kept, and every later one
 * is a conflict naming both doors and times.
 */
export function mergeOfflineScans(
  serverScans: readonly Scan[],
  deviceScans: readonly Scan[],
): { admits: Scan[]; conflicts: ScanConflict[] } {
  const unique = new Map<string, Scan>()
  for (const scan of [...serverScans, ...deviceScans]) {
    unique.set(`${scan.ticketId}:${scan.reissue}:${scan.door}:${scan.at.getTime()}`, scan)
  }
  const admits: Scan[] = []
  const conflicts: ScanConflict[] = []
  const firstByTicket = new Map<number, Scan>()
  for (const scan of [...unique.values()].sort(byTimeThenDoor)) {
    const first = firstByTicket.get(scan.ticketId)
    if (first === undefined) {
      firstByTicket.set(scan.ticketId, scan)
      admits.push(scan)
    } else {
      conflicts.push({ ticketId: scan.ticketId, first, second: scan })
    }
  }
  return { admits, conflicts }
}

// Door name breaks ties so that every device merging the same scans keeps the same one.
function byTimeThenDoor(a: Scan, b: Scan): number {
  return a.at.getTime() - b.at.getTime() || (a.door < b.door ? -1 : a.door > b.door ? 1 : 0)
}

function earliest(scans: readonly Scan[]): Scan | undefined {
  return [...scans].sort(byTimeThenDoor)[0]
}
