// Each tenant's Ed25519 key for signing tickets, derived from one secret of the environment:
// nothing secret is stored in the database, and a scanner only ever receives the public half.
import { createPrivateKey, createPublicKey, hkdfSync, type KeyObject } from 'node:crypto'

import { encodeTicketCode, ticketNumber, type TicketPayload } from '../../src/domain/ticketing/ticket-code'

type Id = number | string

export interface TenantTicketKey {
  privateKey: KeyObject
  /** SPKI PEM, for scanners. */
  publicKeyPem: string
  /** The raw 32 bytes, base64url: what WebCrypto imports in a browser scanner. */
  publicKeyRaw: string
}

// DER header of a PKCS #8 Ed25519 private key; the 32-byte seed follows it.
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const keys = new Map<string, TenantTicketKey>()

function signingSecret(): string {
  const secret = process.env.TICKET_SIGNING_SECRET ?? process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('TICKET_SIGNING_SECRET (or PAYLOAD_SECRET) must be set to sign tickets.')
  return secret
}

/** The tenant's key: the same for the same secret and tenant, on every server. */
export function tenantTicketKey(tenantId: Id): TenantTicketKey {
  const secret = signingSecret()
  const cacheKey = `${tenantId}:${secret.length}:${secret.slice(0, 4)}`
  const cached = keys.get(cacheKey)
  if (cached) return cached
  const seed = Buffer.from(hkdfSync('sha256', secret, 'vitrine/ticket-key', `tenant:${tenantId}`, 32))
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' })
  const publicKey = createPublicKey(privateKey)
  const spki = publicKey.export({ type: 'spki', format: 'der' })
  const key = {
    privateKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    // An Ed25519 SPKI is a 12-byte header and the 32-byte key.
    publicKeyRaw: spki.subarray(spki.length - 32).toString('base64url'),
  }
  keys.set(cacheKey, key)
  return key
}

/** A ticket's code and number, signed again on demand: Ed25519 gives the same signature each time. */
export function signTicket(ticket: TicketPayload): { code: string; number: string } {
  const code = encodeTicketCode(ticket, tenantTicketKey(ticket.tenantId).privateKey)
  return { code, number: ticketNumber(code)! }
}
