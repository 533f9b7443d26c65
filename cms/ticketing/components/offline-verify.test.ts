// The browser's checks against the server's: codes made by encodeTicketCode verify with Node's
// WebCrypto (the API a browser has) exactly as verifyTicketCode verifies them with node:crypto.
import { createPublicKey } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  decodeTicketCode,
  encodeTicketCode,
  generateTicketKeys,
  readableCode,
  ticketNumber,
  verifyTicketCode,
  type TicketPayload,
} from '../../../src/domain/ticketing/ticket-code'
import { importTicketKey, looksLikeNumber, verifyCodeOffline } from './offline-verify'

const keys = generateTicketKeys()
const otherKeys = generateTicketKeys()
/** The raw 32 bytes, base64url, as the scanner kit carries the key. */
const rawOf = (pem: string) => createPublicKey(pem).export({ format: 'jwk' }).x!
const ticket: TicketPayload = { tenantId: 12, performanceId: 3_401, ticketId: 208_117, reissue: 0 }
const code = encodeTicketCode(ticket, keys.privateKey)

describe('verifying a code in the browser', () => {
  it('accepts a code signed with the tenant’s key, as printed, in lower case or in groups', async () => {
    const key = (await importTicketKey(rawOf(keys.publicKey)))!

    for (const text of [code, code.toLowerCase(), readableCode(code)]) {
      expect(await verifyCodeOffline(text, key, { tenantId: 12 })).toEqual({ ok: true, ticket })
    }
  })

  it('accepts codes at the edges of every field', async () => {
    const key = (await importTicketKey(rawOf(keys.publicKey)))!
    const edges: TicketPayload[] = [
      { tenantId: 1, performanceId: 1, ticketId: 1, reissue: 0 },
      { tenantId: 127, performanceId: 128, ticketId: 16_383, reissue: 16_384 },
      { tenantId: 2 ** 32 - 1, performanceId: 2 ** 32 - 1, ticketId: 2 ** 32 - 1, reissue: 65_535 },
    ]
    for (const payload of edges) {
      expect(await verifyCodeOffline(encodeTicketCode(payload, keys.privateKey), key, { tenantId: payload.tenantId })).toEqual({ ok: true, ticket: payload })
    }
  })

  it('refuses another tenant’s code, a code signed with another key and a tampered one, as the server does', async () => {
    const key = (await importTicketKey(rawOf(keys.publicKey)))!
    const i = code.length - 20
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1)

    expect(await verifyCodeOffline(code, key, { tenantId: 13 })).toEqual({ ok: false, reason: 'other-tenant' })
    expect(await verifyCodeOffline(encodeTicketCode(ticket, otherKeys.privateKey), key, { tenantId: 12 })).toEqual({ ok: false, reason: 'bad-signature' })
    expect(await verifyCodeOffline(tampered, key, { tenantId: 12 })).toEqual({ ok: false, reason: 'bad-signature' })
    expect(await verifyCodeOffline('HELLO-WORLD', key, { tenantId: 12 })).toEqual({ ok: false, reason: 'malformed' })
  })

  it('answers for every code, and every damaged one, exactly as verifyTicketCode does', async () => {
    const key = (await importTicketKey(rawOf(keys.publicKey)))!
    let seed = 7
    const random = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % max
    const texts: string[] = []
    for (let n = 0; n < 200; n++) {
      const payload = { tenantId: 1 + random(5000), performanceId: random(2 ** 31), ticketId: random(2 ** 31), reissue: random(70) }
      const text = encodeTicketCode(payload, keys.privateKey)
      const at = random(text.length)
      texts.push(text, text.slice(0, at), text.slice(0, at) + '0' + text.slice(at + 1), text.slice(0, at) + 'U' + text.slice(at), text + '0')
    }
    for (const text of texts) {
      const tenantId = decodeTicketCode(text)?.ticket.tenantId ?? 1
      expect(await verifyCodeOffline(text, key, { tenantId })).toEqual(verifyTicketCode(text, keys.publicKey, { tenantId }))
    }
  })

  it('gives no key when the text is not one', async () => {
    expect(await importTicketKey('not-a-key')).toBeNull()
    expect(await importTicketKey(rawOf(keys.publicKey), undefined)).not.toBeNull()
  })
})

describe('looking a number up in the browser', () => {
  const number = ticketNumber(code)!

  it('tells a barcode’s number from a QR code', () => {
    expect(looksLikeNumber(number)).toBe(true)
    expect(looksLikeNumber('482 109 375 512 660 427')).toBe(true)
    expect(looksLikeNumber(code)).toBe(false)
  })
})
