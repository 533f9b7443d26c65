// How a ticket code and its number read and write, without signing: pure, and free of node:crypto,
// so the door scanner's browser bundle reads codes with the very same functions as the server.
/**
 * A ticket code the door scanner verifies offline with the tenant's public key.
 *
 * Bytes: version (1) · tenantId · performanceId · ticketId · reissue (unsigned LEB128 varints)
 * · Ed25519 signature (64) over `vitrine/ticket` + the bytes before it. Text: Crockford base32
 * of those bytes, upper case, 111 to 133 characters (116 for a typical ticket), which QR's
 * alphanumeric mode holds in a version 6-M symbol at worst (154), version 5-M usually (122).
 *
 * That is far too long for a Code 128 barcode, so the barcode carries the ticket number instead:
 * 17 digits taken from the signature plus a Damm check digit (18 digits, 9 symbols in Code 128
 * set C, about 4 cm wide). It proves nothing alone; the scanner looks it up in the list of issued
 * numbers it downloaded (`verifyTicketNumber`). A reissued ticket has a new signature, so a new
 * number too.
 */
export interface TicketPayload {
  tenantId: number
  performanceId: number
  ticketId: number
  /** 0 when first issued, +1 at each reissue; the old (ticketId, reissue) goes on the revocation list. */
  reissue: number
}

export type TicketRefusal = 'malformed' | 'bad-signature' | 'other-tenant' | 'unknown-number'

export type TicketVerification = { ok: true; ticket: TicketPayload } | { ok: false; reason: TicketRefusal }

export interface DecodedTicketCode {
  ticket: TicketPayload
  /** What the signature covers, without the signing context. */
  signed: Uint8Array
  signature: Uint8Array
}

export const VERSION = 1
const SIGNATURE_BYTES = 64
// Ids are database integers; 2³² − 1 keeps each varint at 5 bytes at most.
export const MAX_TICKET_ID = 2 ** 32 - 1
export const MAX_REISSUE = 65_535
// Signing context: a tenant key signing something else one day cannot produce a ticket by accident.
const CONTEXT = new TextEncoder().encode('vitrine/ticket')

/** Shortest and longest codes in characters: 69 bytes (all ids below 128) and 83 bytes (all at their maximum). */
export const TICKET_CODE_MIN_LENGTH = 111
export const TICKET_CODE_MAX_LENGTH = 133

export const TICKET_NUMBER_LENGTH = 18

/** Reads a code as printed, typed or scanned: case, spaces and dashes do not matter. Null when it is not a ticket code. */
export function decodeTicketCode(text: string): DecodedTicketCode | null {
  const bytes = decodeCrockford(text)
  if (bytes === null || bytes.length < 5 + SIGNATURE_BYTES) return null
  const signed = bytes.subarray(0, bytes.length - SIGNATURE_BYTES)
  if (signed[0] !== VERSION) return null
  const values: number[] = []
  let offset = 1
  for (const max of [MAX_TICKET_ID, MAX_TICKET_ID, MAX_TICKET_ID, MAX_REISSUE]) {
    const read = readVarint(signed, offset, max)
    if (read === null) return null
    values.push(read.value)
    offset = read.next
  }
  if (offset !== signed.length) return null
  const [tenantId, performanceId, ticketId, reissue] = values as [number, number, number, number]
  return {
    ticket: { tenantId, performanceId, ticketId, reissue },
    signed,
    signature: bytes.subarray(bytes.length - SIGNATURE_BYTES),
  }
}

/** The code in groups of four for a ticket or a screen: `0G8Z-1AT0-…`. */
export function readableCode(text: string): string {
  return (normaliseCrockford(text).match(/.{1,4}/g) ?? []).join('-')
}

/** The 18-digit number a Code 128 barcode carries for this code, or null when the code is malformed. */
export function ticketNumber(code: string): string | null {
  const decoded = decodeTicketCode(code)
  if (decoded === null) return null
  let value = 0n
  for (const byte of decoded.signature.subarray(0, 8)) value = value * 256n + BigInt(byte)
  const digits = (value % 10n ** BigInt(TICKET_NUMBER_LENGTH - 1)).toString().padStart(TICKET_NUMBER_LENGTH - 1, '0')
  return digits + dammCheckDigit(digits)
}

/** `482109375512660427` → `482 109 375 512 660 427`, as printed under the barcode. */
export function formatTicketNumber(number: string): string {
  return (number.match(/.{1,3}/g) ?? []).join(' ')
}

/**
 * A barcode read or a number typed at the door, resolved against the scanner's downloaded list of
 * issued numbers. A wrong check digit is `malformed` (a typo, ask again); a number not on the list
 * is `unknown-number`.
 */
export function verifyTicketNumber(input: string, issued: ReadonlyMap<string, TicketPayload>): TicketVerification {
  const digits = input.replace(/[\s-]/g, '')
  if (!new RegExp(`^\\d{${TICKET_NUMBER_LENGTH}}$`).test(digits) || !passesDamm(digits)) return { ok: false, reason: 'malformed' }
  const ticket = issued.get(digits)
  return ticket === undefined ? { ok: false, reason: 'unknown-number' } : { ok: true, ticket }
}

// Damm's totally anti-symmetric quasigroup of order 10: catches every single-digit error and
// every swap of two adjacent digits, with one digit and no letter (unlike ISO 7064 mod 11).
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]

function dammInterim(digits: string): number {
  let interim = 0
  for (const digit of digits) interim = DAMM[interim]![Number(digit)]!
  return interim
}

/** The Damm check digit to append to a string of digits. */
export function dammCheckDigit(digits: string): string {
  return String(dammInterim(digits))
}

/** Whether a string of digits ends with its Damm check digit. */
export function passesDamm(digits: string): boolean {
  return /^\d+$/.test(digits) && dammInterim(digits) === 0
}

// Crockford's base32: no I, L, O, U; read back O as 0 and I, L as 1, as a person would mean them.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

function normaliseCrockford(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
}

export function encodeCrockford(bytes: Uint8Array): string {
  let text = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      text += CROCKFORD[(buffer >>> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) text += CROCKFORD[(buffer << (5 - bits)) & 31]
  return text
}

/** Null on a character outside the alphabet or a non-canonical ending (stray character, padding bits set). */
export function decodeCrockford(text: string): Uint8Array | null {
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const char of normaliseCrockford(text)) {
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

export function writeVarint(bytes: number[], value: number): void {
  let rest = value
  while (rest >= 128) {
    bytes.push((rest % 128) + 128)
    rest = Math.floor(rest / 128)
  }
  bytes.push(rest)
}

// Only the shortest encoding reads, so one ticket has exactly one code.
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

/** What the signature covers: the signing context, then the code's bytes. */
export function withContext(signed: Uint8Array): Uint8Array {
  return concat(CONTEXT, signed)
}

export function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length)
  joined.set(a)
  joined.set(b, a.length)
  return joined
}
