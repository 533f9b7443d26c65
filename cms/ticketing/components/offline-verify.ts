// The door scanner's checks in the browser, when the server cannot be reached: the code's Ed25519
// signature verified with WebCrypto and the tenant's public key from the kit, a barcode's number
// looked up in the kit (verifyTicketNumber, shared with the server). Codes read with the server's own ticket-code-format.ts; only the signature
// check differs (WebCrypto here, node:crypto there).
import {
  decodeTicketCode,
  TICKET_CODE_MIN_LENGTH,
  withContext,
  type TicketPayload,
  type TicketVerification,
} from '../../../src/domain/ticketing/ticket-code-format'

/** Whether the text is a typed or read ticket number rather than a QR code's text. */
export function looksLikeNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '')
  return /^\d+$/.test(digits) && digits.length < TICKET_CODE_MIN_LENGTH
}

/** The tenant's public key for `crypto.subtle.verify`; null when this browser has no Ed25519. */
export async function importTicketKey(publicKeyRaw: string, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle): Promise<CryptoKey | null> {
  if (!subtle) return null
  try {
    return await subtle.importKey('raw', fromBase64Url(publicKeyRaw), { name: 'Ed25519' }, false, ['verify'])
  } catch {
    return null
  }
}

/** As verifyTicketCode on the server: the code reads, names this tenant, and carries its signature. */
export async function verifyCodeOffline(text: string, key: CryptoKey, { tenantId }: { tenantId: number }, subtle: SubtleCrypto = globalThis.crypto.subtle): Promise<TicketVerification> {
  const decoded = decodeTicketCode(text)
  if (decoded === null) return { ok: false, reason: 'malformed' }
  if (decoded.ticket.tenantId !== tenantId) return { ok: false, reason: 'other-tenant' }
  // Copies: WebCrypto takes bytes of an ArrayBuffer of their own.
  const genuine = await subtle.verify({ name: 'Ed25519' }, key, decoded.signature.slice(), withContext(decoded.signed).slice())
  return genuine ? { ok: true, ticket: decoded.ticket } : { ok: false, reason: 'bad-signature' }
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}
