// The door scanner's checks in the browser, when the server cannot be reached: the code's Ed25519
// signature verified with WebCrypto and the tenant's public key from the kit, a barcode's number
// looked up in the kit. ticket-code.ts does the same on the server but imports node:crypto, which
// a browser bundle cannot; what it reads is mirrored here, and offline-verify.test.ts checks both
// read every code alike.
import type { TicketPayload, TicketVerification } from '../../../src/domain/ticketing/ticket-code'

const VERSION = 1
const SIGNATURE_BYTES = 64
const MAX_ID = 2 ** 32 - 1
const MAX_REISSUE = 65_535
const NUMBER_LENGTH = 18
// Shorter than any code (111 characters): digits this long are a barcode's number.
const CODE_MIN_LENGTH = 111
const CONTEXT = new TextEncoder().encode('vitrine/ticket')
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

export interface DecodedCode {
  ticket: TicketPayload
  signed: Uint8Array<ArrayBuffer>
  signature: Uint8Array<ArrayBuffer>
}

/** Whether the text is a typed or read ticket number rather than a QR code's text. */
export function looksLikeNumber(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '')
  return /^\d+$/.test(digits) && digits.length < CODE_MIN_LENGTH
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
  const decoded = decodeCode(text)
  if (decoded === null) return { ok: false, reason: 'malformed' }
  if (decoded.ticket.tenantId !== tenantId) return { ok: false, reason: 'other-tenant' }
  const signedWithContext = new Uint8Array(CONTEXT.length + decoded.signed.length)
  signedWithContext.set(CONTEXT)
  signedWithContext.set(decoded.signed, CONTEXT.length)
  const genuine = await subtle.verify({ name: 'Ed25519' }, key, decoded.signature, signedWithContext)
  return genuine ? { ok: true, ticket: decoded.ticket } : { ok: false, reason: 'bad-signature' }
}

/** As verifyTicketNumber: a wrong check digit is a typo (`malformed`), a number not in the list is `unknown-number`. */
export function verifyNumberOffline(text: string, issued: ReadonlyMap<string, TicketPayload>): TicketVerification {
  const digits = text.replace(/[\s-]/g, '')
  if (digits.length !== NUMBER_LENGTH || !/^\d+$/.test(digits) || dammInterim(digits) !== 0) return { ok: false, reason: 'malformed' }
  const ticket = issued.get(digits)
  return ticket === undefined ? { ok: false, reason: 'unknown-number' } : { ok: true, ticket }
}

/** decodeTicketCode's reading: Crockford base32, version, four shortest varints, 64-byte signature. */
export function decodeCode(text: string): DecodedCode | null {
  const bytes = decodeCrockford(text)
  if (bytes === null || bytes.length < 5 + SIGNATURE_BYTES) return null
  const signed = bytes.slice(0, bytes.length - SIGNATURE_BYTES)
  if (signed[0] !== VERSION) return null
  const values: number[] = []
  let offset = 1
  for (const max of [MAX_ID, MAX_ID, MAX_ID, MAX_REISSUE]) {
    const read = readVarint(signed, offset, max)
    if (read === null) return null
    values.push(read.value)
    offset = read.next
  }
  if (offset !== signed.length) return null
  const [tenantId, performanceId, ticketId, reissue] = values as [number, number, number, number]
  return { ticket: { tenantId, performanceId, ticketId, reissue }, signed, signature: bytes.slice(bytes.length - SIGNATURE_BYTES) }
}

function decodeCrockford(text: string): Uint8Array<ArrayBuffer> | null {
  const normalised = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of normalised) {
    const value = CROCKFORD.indexOf(char)
    if (value < 0) return null
    buffer = (buffer << 5) | value
    bits += 5
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >>> bits) & 255)
      buffer &= (1 << bits) - 1
    }
  }
  if (bits >= 5 || buffer !== 0) return null
  return Uint8Array.from(bytes)
}

function readVarint(bytes: Uint8Array, offset: number, max: number): { value: number; next: number } | null {
  let value = 0
  let scale = 1
  for (let i = offset; i < bytes.length && i < offset + 5; i++) {
    const byte = bytes[i]!
    value += (byte & 127) * scale
    if (byte < 128) {
      if (byte === 0 && i > offset) return null
      return value <= max ? { value, next: i + 1 } : null
    }
    scale *= 128
  }
  return null
}

const DAMM = ['0317598642', '7092154863', '4206871359', '1750983426', '6123045978', '3674209581', '5869720134', '8945362017', '9438617205', '2581436790']

function dammInterim(digits: string): number {
  let interim = 0
  for (const digit of digits) interim = Number(DAMM[interim]![Number(digit)])
  return interim
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}
