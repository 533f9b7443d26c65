import { describe, expect, it } from 'vitest'

import {
  dammCheckDigit,
  decodeCrockford,
  decodeTicketCode,
  encodeCrockford,
  encodeTicketCode,
  formatTicketNumber,
  generateTicketKeys,
  MAX_REISSUE,
  MAX_TICKET_ID,
  passesDamm,
  readableCode,
  TICKET_CODE_MAX_LENGTH,
  TICKET_CODE_MIN_LENGTH,
  TICKET_NUMBER_LENGTH,
  ticketNumber,
  type TicketPayload,
  verifyTicketCode,
  verifyTicketNumber,
} from './ticket-code'

const theatre = generateTicketKeys()
const cinema = generateTicketKeys()
const seat: TicketPayload = { tenantId: 12, performanceId: 3_401, ticketId: 208_117, reissue: 0 }

describe('a signed ticket code', () => {
  it('round-trips: the scanner reads back the tenant, performance, ticket and reissue', () => {
    const code = encodeTicketCode(seat, theatre.privateKey)
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/)
    expect(decodeTicketCode(code)?.ticket).toEqual(seat)
    expect(verifyTicketCode(code, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: true, ticket: seat })
  })

  it('gives a reissued ticket a new code', () => {
    const first = encodeTicketCode(seat, theatre.privateKey)
    const second = encodeTicketCode({ ...seat, reissue: 1 }, theatre.privateKey)
    expect(second).not.toBe(first)
    expect(verifyTicketCode(second, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: true, ticket: { ...seat, reissue: 1 } })
  })

  it('refuses the code once any byte is changed', () => {
    const bytes = decodeCrockford(encodeTicketCode(seat, theatre.privateKey))!
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const tampered = Uint8Array.from(bytes)
        tampered[i]! ^= flip
        expect(verifyTicketCode(encodeCrockford(tampered), theatre.publicKey, { tenantId: 12 }).ok, `byte ${i} ^ ${flip}`).toBe(false)
      }
    }
  })

  it('refuses the code once any character is mistyped', () => {
    const code = encodeTicketCode(seat, theatre.privateKey)
    for (let i = 0; i < code.length; i++) {
      const other = code[i] === 'Z' ? 'Y' : 'Z'
      const typo = code.slice(0, i) + other + code.slice(i + 1)
      expect(verifyTicketCode(typo, theatre.publicKey, { tenantId: 12 }).ok, `character ${i}`).toBe(false)
    }
  })

  it('refuses another tenant’s ticket, and a code signed with another tenant’s key', () => {
    const cinemaTicket = encodeTicketCode({ ...seat, tenantId: 40 }, cinema.privateKey)
    expect(verifyTicketCode(cinemaTicket, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: false, reason: 'other-tenant' })
    const forged = encodeTicketCode(seat, cinema.privateKey)
    expect(verifyTicketCode(forged, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: false, reason: 'bad-signature' })
  })

  it('calls malformed what is not a ticket code', () => {
    const code = encodeTicketCode(seat, theatre.privateKey)
    for (const text of ['', 'hello', 'VT-7K3F9QXA', code.slice(0, -10), code + '0', code.replace(/.$/, 'U')]) {
      expect(verifyTicketCode(text, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: false, reason: 'malformed' })
    }
  })

  it('reads a code typed in lower case, with spaces, dashes, O for 0 and l for 1', () => {
    const code = encodeTicketCode(seat, theatre.privateKey)
    const grouped = readableCode(code)
    expect(grouped).toMatch(/^([0-9A-Z]{4}-)+[0-9A-Z]{1,4}$/)
    const typed = grouped.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')
    expect(verifyTicketCode(typed, theatre.publicKey, { tenantId: 12 })).toEqual({ ok: true, ticket: seat })
    expect(readableCode(typed)).toBe(grouped)
  })

  it('stays within its documented lengths, which fit a QR code’s alphanumeric mode', () => {
    const smallest = encodeTicketCode({ tenantId: 0, performanceId: 0, ticketId: 0, reissue: 0 }, theatre.privateKey)
    const largest = encodeTicketCode(
      { tenantId: MAX_TICKET_ID, performanceId: MAX_TICKET_ID, ticketId: MAX_TICKET_ID, reissue: MAX_REISSUE },
      theatre.privateKey,
    )
    expect(smallest).toHaveLength(TICKET_CODE_MIN_LENGTH)
    expect(largest).toHaveLength(TICKET_CODE_MAX_LENGTH)
    expect(encodeTicketCode(seat, theatre.privateKey)).toHaveLength(116)
    // Version 7-M holds 154 alphanumeric characters.
    expect(TICKET_CODE_MAX_LENGTH).toBeLessThanOrEqual(154)
  })

  it('refuses to sign ids it cannot carry, naming the field', () => {
    expect(() => encodeTicketCode({ ...seat, ticketId: -1 }, theatre.privateKey)).toThrow(/ticketId must be a whole number/)
    expect(() => encodeTicketCode({ ...seat, reissue: 1.5 }, theatre.privateKey)).toThrow(/reissue/)
    expect(() => encodeTicketCode({ ...seat, tenantId: 2 ** 32 }, theatre.privateKey)).toThrow(/tenantId/)
  })
})

describe('the ticket number on the barcode', () => {
  it('is 18 digits with a check digit, changes on reissue, and resolves against the downloaded list', () => {
    const code = encodeTicketCode(seat, theatre.privateKey)
    const number = ticketNumber(code)!
    expect(number).toMatch(/^\d{18}$/)
    expect(number).toHaveLength(TICKET_NUMBER_LENGTH)
    expect(passesDamm(number)).toBe(true)
    expect(ticketNumber(encodeTicketCode({ ...seat, reissue: 1 }, theatre.privateKey))).not.toBe(number)

    const issued = new Map([[number, seat]])
    expect(verifyTicketNumber(formatTicketNumber(number), issued)).toEqual({ ok: true, ticket: seat })
    expect(verifyTicketNumber(number.slice(0, -1) + dammCheckDigit(number.slice(0, -1)), issued).ok).toBe(true)
  })

  it('tells a typo (malformed) from a number that was never issued', () => {
    const number = ticketNumber(encodeTicketCode(seat, theatre.privateKey))!
    const issued = new Map([[number, seat]])
    const typo = number.slice(0, 5) + ((Number(number[5]) + 1) % 10) + number.slice(6)
    expect(verifyTicketNumber(typo, issued)).toEqual({ ok: false, reason: 'malformed' })
    const stranger = '1'.repeat(17)
    expect(verifyTicketNumber(stranger + dammCheckDigit(stranger), issued)).toEqual({ ok: false, reason: 'unknown-number' })
    expect(verifyTicketNumber('12345', issued)).toEqual({ ok: false, reason: 'malformed' })
  })

  it('prints in groups of three', () => {
    expect(formatTicketNumber('482109375512660427')).toBe('482 109 375 512 660 427')
  })
})

describe('the Damm check digit', () => {
  it('matches the published example', () => {
    expect(dammCheckDigit('572')).toBe('4')
    expect(passesDamm('5724')).toBe(true)
  })

  it('catches every single-digit typo and every swap of neighbours', () => {
    const bodies = ['00000000000000000', '12345678901234567', '90817263544536271', '55555555555555555']
    for (const body of bodies) {
      const number = body + dammCheckDigit(body)
      for (let i = 0; i < number.length; i++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === number[i]) continue
          expect(passesDamm(number.slice(0, i) + digit + number.slice(i + 1)), `${number} @${i}→${digit}`).toBe(false)
        }
        if (i + 1 < number.length && number[i] !== number[i + 1]) {
          const swapped = number.slice(0, i) + number[i + 1] + number[i] + number.slice(i + 2)
          expect(passesDamm(swapped), `${number} swap @${i}`).toBe(false)
        }
      }
    }
  })
})

describe('Crockford base32', () => {
  it('round-trips bytes of every length and refuses non-canonical endings', () => {
    for (let length = 0; length <= 12; length++) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 31) & 255)
      expect(decodeCrockford(encodeCrockford(bytes))).toEqual(bytes)
    }
    expect(encodeCrockford(Uint8Array.from([0xff]))).toBe('ZW')
    expect(decodeCrockford('ZZ')).toBeNull()
    expect(decodeCrockford('ZW0')).toBeNull()
    expect(decodeCrockford('U0')).toBeNull()
  })
})
