// The door's answers from a downloaded kit, offline: the same verdicts as online, over the kit's
// lists and this device's own admissions.
import { createPublicKey } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { encodeTicketCode, generateTicketKeys, ticketNumber, type TicketPayload } from '../../../src/domain/ticketing/ticket-code'
import type { ScannerKit } from '../door-scans'
import { admittedCount, decideOffline, prepareKit, type LocalAdmission } from './offline-door'
import { importTicketKey } from './offline-verify'

const keys = generateTicketKeys()
const payload = (ticketId: number, reissue = 0, performanceId = 40): TicketPayload => ({ tenantId: 3, performanceId, ticketId, reissue })
const codeOf = (ticket: TicketPayload) => encodeTicketCode(ticket, keys.privateKey)
const numberOf = (ticket: TicketPayload) => ticketNumber(codeOf(ticket))!

const kit: ScannerKit = {
  tenantId: 3,
  performanceId: 40,
  performance: { eventTitle: 'Le Misanthrope', startsAt: '2026-12-12T19:30:00.000Z' },
  publicKeyRaw: createPublicKey(keys.publicKey).export({ format: 'jwk' }).x!,
  publicKeyPem: keys.publicKey,
  tickets: [
    { number: numberOf(payload(1)), ticketId: 1, reissue: 0, place: 'Salle, rang A, place 1', priceLabel: 'Plein tarif', holderName: 'Célimène Durand' },
    { number: numberOf(payload(2)), ticketId: 2, reissue: 0, place: 'Salle, rang A, place 2', priceLabel: 'Tarif réduit' },
    { number: numberOf(payload(4, 1)), ticketId: 4, reissue: 1, place: 'Fosse (placement libre)', priceLabel: 'Plein tarif' },
  ],
  revoked: [
    { key: '3:0', cause: 'refunded', number: numberOf(payload(3)) },
    { key: '4:0', cause: 'reissued', number: numberOf(payload(4)) },
  ],
  admissions: [{ ticketId: 2, reissue: 0, at: '2026-12-12T19:01:00.000Z', door: 'Porte jardin' }],
  generatedAt: '2026-12-12T18:00:00.000Z',
}
const prepared = prepareKit(kit)
const now = new Date('2026-12-12T19:05:00.000Z')
const decide = async (input: string, local: LocalAdmission[] = [], key: CryptoKey | null | undefined = undefined) =>
  decideOffline(prepared, input, { door: 'Porte cour', now, local, key: key === undefined ? await importTicketKey(kit.publicKeyRaw) : key })

describe('deciding offline from the kit', () => {
  it('admits a valid code, shows its place and holder, and hands back the admission to queue', async () => {
    expect(await decide(codeOf(payload(1)))).toEqual({
      decision: {
        verdict: 'valid',
        ticket: { id: 1, place: 'Salle, rang A, place 1', priceLabel: 'Plein tarif', holderName: 'Célimène Durand', eventTitle: 'Le Misanthrope', startsAt: '2026-12-12T19:30:00.000Z' },
      },
      admission: { ticketId: 1, reissue: 0, door: 'Porte cour', at: now.toISOString() },
    })
  })

  it('calls a ticket admitted here, or at another door before the download, a duplicate with that door and time', async () => {
    const local = [{ ticketId: 1, reissue: 0, door: 'Porte cour', at: '2026-12-12T19:04:00.000Z' }]

    expect(await decide(numberOf(payload(1)), local)).toMatchObject({ decision: { verdict: 'duplicate', firstScan: { door: 'Porte cour', at: '2026-12-12T19:04:00.000Z' } } })
    expect(await decide(codeOf(payload(2)))).toMatchObject({ decision: { verdict: 'duplicate', ticket: { id: 2 }, firstScan: { door: 'Porte jardin', at: '2026-12-12T19:01:00.000Z' } } })
  })

  it('refuses a refunded ticket and an old reissue by code and by number, and a ticket for another date', async () => {
    for (const input of [codeOf(payload(3)), numberOf(payload(3))]) expect(await decide(input)).toEqual({ decision: { verdict: 'invalid', reason: 'refunded' } })
    for (const input of [codeOf(payload(4)), numberOf(payload(4))]) expect(await decide(input)).toMatchObject({ decision: { verdict: 'invalid', reason: 'reissued', ticket: { id: 4 } } })
    expect(await decide(codeOf(payload(4, 1)))).toMatchObject({ decision: { verdict: 'valid' } })
    expect(await decide(codeOf(payload(9, 0, 41)))).toEqual({ decision: { verdict: 'invalid', reason: 'other-performance' } })
    expect(await decide(codeOf(payload(1)).replace(/.{20}$/, '0'.repeat(20)))).toMatchObject({ decision: { verdict: 'invalid' } })
  })

  it('admits a genuine code issued after the download, with nothing to show but the verdict', async () => {
    expect(await decide(codeOf(payload(10)))).toEqual({ decision: { verdict: 'valid' }, admission: { ticketId: 10, reissue: 0, door: 'Porte cour', at: now.toISOString() } })
  })

  it('cannot check a code without Ed25519 in the browser, but still looks numbers up', async () => {
    expect(await decide(codeOf(payload(1)), [], null)).toEqual({ unverifiable: true })
    expect(await decide(numberOf(payload(1)), [], null)).toMatchObject({ decision: { verdict: 'valid' } })
  })

  it('counts each ticket let in once, from the kit and from this device', () => {
    expect(admittedCount(kit, [{ ticketId: 1, reissue: 0, door: 'Porte cour', at: now.toISOString() }, { ticketId: 2, reissue: 0, door: 'Porte cour', at: now.toISOString() }])).toBe(2)
  })
})
