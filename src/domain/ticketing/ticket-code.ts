// Signing and verifying ticket codes (Ed25519, node:crypto); how codes read is in ticket-code-format.ts.
import { generateKeyPairSync, type KeyObject, sign, verify } from 'node:crypto'

import { concat, decodeTicketCode, encodeCrockford, MAX_REISSUE, MAX_TICKET_ID, VERSION, withContext, writeVarint, type TicketPayload, type TicketVerification } from './ticket-code-format'

export * from './ticket-code-format'

/** PEM strings: the private key stays on the server, the public one is downloaded by scanners. */
export interface TicketKeys {
  publicKey: string
  privateKey: string
}

export function generateTicketKeys(): TicketKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  return {
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
}

export function encodeTicketCode(ticket: TicketPayload, privateKey: KeyObject | string): string {
  const fields: [keyof TicketPayload, number][] = [
    ['tenantId', MAX_TICKET_ID],
    ['performanceId', MAX_TICKET_ID],
    ['ticketId', MAX_TICKET_ID],
    ['reissue', MAX_REISSUE],
  ]
  const bytes = [VERSION]
  for (const [field, max] of fields) {
    const value = ticket[field]
    if (!Number.isInteger(value) || value < 0 || value > max) {
      throw new RangeError(`Ticket ${field} must be a whole number from 0 to ${max} (got ${value}).`)
    }
    writeVarint(bytes, value)
  }
  const signed = Uint8Array.from(bytes)
  const signature = sign(null, withContext(signed), privateKey)
  return encodeCrockford(concat(signed, signature))
}

/** The scanner's check, offline: the code reads, names this tenant, and was signed with its key. */
export function verifyTicketCode(
  text: string,
  publicKey: KeyObject | string,
  { tenantId }: { tenantId: number },
): TicketVerification {
  const decoded = decodeTicketCode(text)
  if (decoded === null) return { ok: false, reason: 'malformed' }
  // Checked before the signature so door staff learn "another venue's ticket", not "forged".
  if (decoded.ticket.tenantId !== tenantId) return { ok: false, reason: 'other-tenant' }
  if (!verify(null, withContext(decoded.signed), publicKey, decoded.signature)) return { ok: false, reason: 'bad-signature' }
  return { ok: true, ticket: decoded.ticket }
}

