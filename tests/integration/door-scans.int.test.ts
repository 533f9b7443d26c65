// Door control at the Théâtre du Marché: tickets sold at the box office are scanned at the doors.
// The first scan admits, the next ones are duplicates naming the first door and time, however many
// doors scan at once; forged, foreign, refunded, cancelled and reissued tickets are refused with
// their reason; a barcode's number counts as its QR code; a phone downloads a kit to scan offline
// and uploads what it admitted, conflicts reported. The endpoints let only the site's door staff in.
import { randomUUID } from 'node:crypto'

import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signUpCustomer } from '../../cms/commerce/accounts/sign-up'
import { confirmPayment } from '../../cms/commerce/orders/lifecycle'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import type { Ticket } from '../../cms/payload-types'
import { scanTicket, scannerKit, syncOfflineScans, type DoorDecision } from '../../cms/ticketing/door-scans'
import { ticketsOfOrder } from '../../cms/ticketing/issue-tickets'
import { reissueTicket } from '../../cms/ticketing/ticket-changes'
import { holdSeats } from '../../cms/ticketing/seat-holds'
import { signTicket, tenantTicketKey } from '../../cms/ticketing/ticket-keys'
import { dammCheckDigit, formatTicketNumber, verifyTicketCode } from '../../src/domain/ticketing/ticket-code'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'
import { makeVenue, seatOf } from '../support/ticketing'

let payload: Payload
let venue: Awaited<ReturnType<typeof makeVenue>>
let other: Awaited<ReturnType<typeof makeVenue>>
/** A second date of the same play at the Marché, with a standing pit only. */
let matinee: { id: number }
const o = { overrideAccess: true, depth: 0 } as const
const PASSWORD = 'correct horse battery'

beforeAll(async () => {
  payload = await bootTestPayload()
  venue = await makeVenue(payload, null, 'marche')
  other = await makeVenue(payload, null, 'voisin')
  matinee = await payload.create({
    collection: 'performances',
    data: { tenant: venue.tenant.id, event: venue.event.id, startsAt: '2026-12-13T14:00:00.000Z', zones: [{ zoneId: 'fosse', label: 'Fosse', capacity: 50 }], status: 'on_sale' },
    ...o,
  })
})

type Venue = typeof venue

/** Sells tickets at the box office, paid in cash: seats of the evening, or places in a pit. */
async function sell(target: Venue, { seats = [], pit = 0, name = 'Alceste Martin', performanceId = target.performance.id }: { seats?: string[]; pit?: number; name?: string; performanceId?: number }): Promise<Ticket[]> {
  const holder = `till-${randomUUID()}`
  if (seats.length > 0) await holdSeats(payload, { tenantId: target.tenant.id, performanceId, seatIds: seats, holder })
  const items = [
    ...seats.map((seatId) => ({ productId: String(target.full.id), variantId: target.variant(target.full, seatId.match(/-[AB]-/) ? 'cat1' : 'cat2'), performanceId: String(performanceId), seatId, quantity: 1 })),
    ...(pit > 0 ? [{ productId: String(target.full.id), variantId: target.variant(target.full, 'fosse'), performanceId: String(performanceId), zoneId: 'fosse', quantity: pit }] : []),
  ]
  const { order } = await placeOrder(payload, { tenantId: target.tenant.id, request: { items, email: `${randomUUID()}@example.fr`, name }, channel: 'box_office', by: 'user:test', holder })
  await confirmPayment(payload, order.id, { method: 'cash', by: 'user:test' })
  return ticketsOfOrder(payload, order.id)
}

const codeOf = (target: Venue, ticket: Ticket, reissue = ticket.reissue) =>
  signTicket({ tenantId: target.tenant.id, performanceId: ticket.performance as number, ticketId: ticket.id, reissue }).code
const ticketNow = (id: number) => payload.findByID({ collection: 'tickets', id, ...o })
const scansOf = async (target: Venue) =>
  (await payload.find({ collection: 'ticket-scans', where: { tenant: { equals: target.tenant.id } }, sort: 'id', pagination: false, ...o })).docs
const scan = (input: string, door: string, extra: { at?: Date; performanceId?: number; target?: Venue } = {}) =>
  scanTicket(payload, { tenantId: (extra.target ?? venue).tenant.id, input, door, by: 'user:porte', ...(extra.performanceId ? { performanceId: extra.performanceId } : {}), ...(extra.at ? { now: extra.at } : {}) })

describe('scanning at the door', () => {
  it('admits a valid ticket and shows its place and holder; the next scan is a duplicate naming the first door and time', async () => {
    const [ticket] = await sell(venue, { seats: [seatOf('A', 1)], name: 'Célimène Durand' })
    const first = new Date('2026-12-12T19:02:11.000Z')

    const admitted = await scan(codeOf(venue, ticket!), 'Entrée principale', { at: first, performanceId: venue.performance.id })
    const again = await scan(codeOf(venue, ticket!), 'Porte jardin', { at: new Date('2026-12-12T19:05:00.000Z') })

    expect(admitted).toEqual({
      verdict: 'valid',
      ticket: { id: ticket!.id, place: 'Salle, rang A, place 1', holderName: 'Célimène Durand', priceLabel: 'Plein tarif — Catégorie 1', eventTitle: 'Le Misanthrope', startsAt: '2026-12-12T19:30:00.000Z' },
    })
    expect(again).toMatchObject({ verdict: 'duplicate', ticket: { id: ticket!.id }, firstScan: { at: first.toISOString(), door: 'Entrée principale' } })
    expect(await ticketNow(ticket!.id)).toMatchObject({ admittedAt: first.toISOString(), admittedDoor: 'Entrée principale' })
    const log = (await scansOf(venue)).filter((row) => row.ticket === ticket!.id)
    expect(log.map((row) => [row.door, row.verdict, row.by, row.offline, row.performance])).toEqual([
      ['Entrée principale', 'valid', 'user:porte', false, venue.performance.id],
      ['Porte jardin', 'duplicate', 'user:porte', false, venue.performance.id],
    ])
  })

  it('admits a ticket once when three doors scan it ten times at the same instant; the others see the winner', async () => {
    const [ticket] = await sell(venue, { seats: [seatOf('A', 2)] })
    const at = new Date('2026-12-12T19:10:00.000Z')

    const decisions = await Promise.all(Array.from({ length: 10 }, (_, i) => scan(codeOf(venue, ticket!), `Porte ${1 + (i % 3)}`, { at })))

    expect(decisions.filter((d) => d.verdict === 'valid')).toHaveLength(1)
    expect(decisions.filter((d) => d.verdict === 'duplicate')).toHaveLength(9)
    const row = await ticketNow(ticket!.id)
    const winner = decisions.findIndex((d) => d.verdict === 'valid')
    expect(row.admittedDoor).toBe(`Porte ${1 + (winner % 3)}`)
    for (const decision of decisions.filter((d) => d.verdict === 'duplicate')) expect(decision.firstScan).toEqual({ at: at.toISOString(), door: row.admittedDoor })
    const log = (await scansOf(venue)).filter((r) => r.ticket === ticket!.id)
    expect(log.filter((r) => r.verdict === 'valid')).toHaveLength(1)
    expect(log.filter((r) => r.verdict === 'duplicate')).toHaveLength(9)
  })

  it('counts a barcode number, as a USB reader types it or with spaces, as the QR code it was taken from', async () => {
    const [byNumber, byQr] = await sell(venue, { pit: 2, name: 'Philinte Roux' })

    const typed = await scan(byNumber!.number, 'Porte 1', { at: new Date('2026-12-12T19:20:00.000Z') })
    const spaced = await scan(formatTicketNumber(byNumber!.number), 'Porte 2')
    const qrAfterNumber = await scan(codeOf(venue, byNumber!), 'Porte 3')
    const qr = await scan(codeOf(venue, byQr!), 'Porte 1')
    const numberAfterQr = await scan(` ${formatTicketNumber(byQr!.number)}\r\n`, 'Porte 2')

    expect(typed).toMatchObject({ verdict: 'valid', ticket: { id: byNumber!.id, place: 'Fosse (placement libre)', holderName: 'Philinte Roux' } })
    expect(spaced).toMatchObject({ verdict: 'duplicate', firstScan: { door: 'Porte 1', at: '2026-12-12T19:20:00.000Z' } })
    expect(qrAfterNumber).toMatchObject({ verdict: 'duplicate', ticket: { id: byNumber!.id }, firstScan: { door: 'Porte 1' } })
    expect(qr).toMatchObject({ verdict: 'valid', ticket: { id: byQr!.id } })
    expect(numberAfterQr).toMatchObject({ verdict: 'duplicate', ticket: { id: byQr!.id }, firstScan: { door: 'Porte 1' } })
  })

  it('refuses a mistyped number (check digit) and a well-formed number nobody issued, without admitting anything', async () => {
    const [ticket] = await sell(venue, { pit: 1 })
    const last = Number(ticket!.number.at(-1))
    const typo = ticket!.number.slice(0, -1) + String((last + 1) % 10)
    const unknown = '12345678901234567'.concat(dammCheckDigit('12345678901234567'))

    expect(await scan(typo, 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'malformed' })
    expect(await scan(unknown, 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'unknown-number' })
    expect(await scan('BONJOUR', 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'malformed' })
    expect((await ticketNow(ticket!.id)).admittedAt ?? null).toBeNull()
  })
})

describe('tickets the door refuses', () => {
  it('refuses a tampered code as forged', async () => {
    const [ticket] = await sell(venue, { pit: 1 })
    const code = codeOf(venue, ticket!)
    // One character of the signature changed: still a well-formed code, no longer ours.
    const i = code.length - 20
    const tampered = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1)

    expect(await scan(tampered, 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'bad-signature' })
    expect((await ticketNow(ticket!.id)).admittedAt ?? null).toBeNull()
    expect((await scansOf(venue)).at(-1)).toMatchObject({ verdict: 'invalid', reason: 'bad-signature', ticket: null })
  })

  it('refuses another venue’s ticket without showing it, and writes nothing at the other venue', async () => {
    const [foreign] = await sell(other, { pit: 1, name: 'Oronte Vidal' })
    const before = (await scansOf(other)).length

    expect(await scan(codeOf(other, foreign!), 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'other-tenant' })
    expect(await scan(foreign!.number, 'Porte 1')).toEqual({ verdict: 'invalid', reason: 'unknown-number' })
    expect((await ticketNow(foreign!.id)).admittedAt ?? null).toBeNull()
    expect(await scansOf(other)).toHaveLength(before)
  })

  it('refuses a ticket for another performance when the door admits to one, and says which', async () => {
    const [afternoon] = await sell(venue, { pit: 1, performanceId: matinee.id })

    const refused = await scan(codeOf(venue, afternoon!), 'Porte 1', { performanceId: venue.performance.id })

    expect(refused).toMatchObject({ verdict: 'invalid', reason: 'other-performance', ticket: { id: afternoon!.id, startsAt: '2026-12-13T14:00:00.000Z' } })
    expect((await ticketNow(afternoon!.id)).admittedAt ?? null).toBeNull()
    // The same ticket at the matinee's door gets in.
    expect(await scan(codeOf(venue, afternoon!), 'Porte 1', { performanceId: matinee.id })).toMatchObject({ verdict: 'valid' })
  })

  it.each(['refunded', 'cancelled'] as const)('refuses a %s ticket, by its code and by its number', async (state) => {
    const [ticket] = await sell(venue, { pit: 1 })
    await payload.update({ collection: 'tickets', id: ticket!.id, data: { state }, ...o })

    expect(await scan(codeOf(venue, ticket!), 'Porte 1')).toMatchObject({ verdict: 'invalid', reason: state, ticket: { id: ticket!.id } })
    expect(await scan(ticket!.number, 'Porte 1')).toMatchObject({ verdict: 'invalid', reason: state })
    expect((await ticketNow(ticket!.id)).admittedAt ?? null).toBeNull()
  })

  it('refuses the old code and the old barcode of a reissued ticket as reissued, and admits the new one', async () => {
    const [ticket] = await sell(venue, { pit: 1 })
    const reissued = await reissueTicket(payload, { tenantId: venue.tenant.id, ticketId: ticket!.id })

    expect(await scan(codeOf(venue, ticket!, 0), 'Porte 1')).toMatchObject({ verdict: 'invalid', reason: 'reissued' })
    expect(await scan(ticket!.number, 'Porte 1')).toMatchObject({ verdict: 'invalid', reason: 'reissued', ticket: { id: ticket!.id } })
    expect(reissued.number).not.toBe(ticket!.number)
    expect(await scan(reissued.number, 'Porte 1')).toMatchObject({ verdict: 'valid', ticket: { id: ticket!.id } })
    expect(await scan(codeOf(venue, reissued), 'Porte 2')).toMatchObject({ verdict: 'duplicate', firstScan: { door: 'Porte 1' } })
  })
})

describe('the offline kit', () => {
  it('holds the public key, the valid tickets, what is revoked and why, and who is in; never the private key', async () => {
    const performance = await payload.create({
      collection: 'performances',
      data: { tenant: venue.tenant.id, event: venue.event.id, startsAt: '2026-12-14T19:30:00.000Z', zones: [{ zoneId: 'fosse', label: 'Fosse', capacity: 10 }], status: 'on_sale' },
      ...o,
    })
    const [kept, refunded, reissued, admitted] = await sell(venue, { pit: 4, name: 'Éliante Morel', performanceId: performance.id })
    await payload.update({ collection: 'tickets', id: refunded!.id, data: { state: 'refunded' }, ...o })
    const first = await reissueTicket(payload, { tenantId: venue.tenant.id, ticketId: reissued!.id })
    const second = await reissueTicket(payload, { tenantId: venue.tenant.id, ticketId: reissued!.id })
    await scan(admitted!.number, 'Porte 1', { at: new Date('2026-12-14T19:00:00.000Z') })
    await sell(venue, { pit: 1, performanceId: matinee.id })

    const kit = (await scannerKit(payload, { tenantId: venue.tenant.id, performanceId: performance.id }))!

    const key = tenantTicketKey(venue.tenant.id)
    expect(kit).toMatchObject({ tenantId: venue.tenant.id, performanceId: performance.id, publicKeyRaw: key.publicKeyRaw, publicKeyPem: key.publicKeyPem, performance: { eventTitle: 'Le Misanthrope', startsAt: '2026-12-14T19:30:00.000Z' } })
    expect(kit.tickets).toEqual([
      { number: kept!.number, ticketId: kept!.id, reissue: 0, place: 'Fosse (placement libre)', priceLabel: 'Plein tarif — Fosse', holderName: 'Éliante Morel' },
      { number: second.number, ticketId: reissued!.id, reissue: 2, place: 'Fosse (placement libre)', priceLabel: 'Plein tarif — Fosse', holderName: 'Éliante Morel' },
      { number: admitted!.number, ticketId: admitted!.id, reissue: 0, place: 'Fosse (placement libre)', priceLabel: 'Plein tarif — Fosse', holderName: 'Éliante Morel' },
    ])
    expect(kit.revoked).toEqual([
      { key: `${refunded!.id}:0`, cause: 'refunded', number: refunded!.number },
      { key: `${reissued!.id}:0`, cause: 'reissued', number: reissued!.number },
      { key: `${reissued!.id}:1`, cause: 'reissued', number: first.number },
    ])
    expect(kit.admissions).toEqual([{ ticketId: admitted!.id, reissue: 0, at: '2026-12-14T19:00:00.000Z', door: 'Porte 1' }])
    // The kit's key checks the codes, and nothing in it could sign one.
    expect(verifyTicketCode(codeOf(venue, kept!), kit.publicKeyPem, { tenantId: venue.tenant.id })).toMatchObject({ ok: true })
    const text = JSON.stringify(kit)
    const jwk = key.privateKey.export({ format: 'jwk' })
    const pkcs8 = key.privateKey.export({ type: 'pkcs8', format: 'der' })
    expect(text).not.toContain('PRIVATE KEY')
    expect(text).not.toContain(jwk.d!)
    expect(text).not.toContain(pkcs8.subarray(-32).toString('base64'))
    expect(text).not.toContain(pkcs8.subarray(-32).toString('hex'))
  })

  it('is refused for another venue’s performance', async () => {
    expect(await scannerKit(payload, { tenantId: venue.tenant.id, performanceId: other.performance.id })).toBeNull()
  })
})

describe('scans made offline', () => {
  it('records the first admission uploaded and reports the other door’s as a conflict; uploading again changes nothing', async () => {
    const [shared, alone] = await sell(venue, { pit: 2, name: 'Arsinoé Petit' })
    const atA = new Date('2026-12-12T19:12:00.000Z')
    const atB = new Date('2026-12-12T19:11:30.000Z')

    const fromA = await syncOfflineScans(payload, { tenantId: venue.tenant.id, door: 'Porte A', by: 'user:a', scans: [{ input: codeOf(venue, shared!), at: atA }] })
    const fromB = await syncOfflineScans(payload, {
      tenantId: venue.tenant.id,
      door: 'Porte B',
      by: 'user:b',
      scans: [
        { input: codeOf(venue, alone!), at: new Date('2026-12-12T19:13:00.000Z') },
        { input: shared!.number, at: atB },
      ],
    })
    const logged = async () => (await scansOf(venue)).filter((row) => [shared!.id, alone!.id].includes(row.ticket as number))
    const before = await logged()
    const againA = await syncOfflineScans(payload, { tenantId: venue.tenant.id, door: 'Porte A', by: 'user:a', scans: [{ input: codeOf(venue, shared!), at: atA }] })

    expect(fromA).toEqual({ results: [expect.objectContaining({ verdict: 'valid', at: atA.toISOString() })], conflicts: [] })
    expect(fromB.results.map((r) => r.verdict)).toEqual(['valid', 'duplicate'])
    expect(fromB.conflicts).toEqual([
      { ticket: expect.objectContaining({ id: shared!.id, holderName: 'Arsinoé Petit' }), first: { at: atA.toISOString(), door: 'Porte A' }, second: { at: atB.toISOString(), door: 'Porte B' } },
    ])
    expect(await ticketNow(shared!.id)).toMatchObject({ admittedAt: atA.toISOString(), admittedDoor: 'Porte A' })
    expect(before.map((row) => [row.ticket, row.door, row.verdict, row.offline])).toEqual([
      [shared!.id, 'Porte A', 'valid', true],
      [shared!.id, 'Porte B', 'duplicate', true],
      [alone!.id, 'Porte B', 'valid', true],
    ])
    expect(againA).toEqual(fromA)
    expect(await logged()).toHaveLength(before.length)
  })
})

describe('the scanner’s endpoints', () => {
  let token: (email: string) => Promise<string>
  let doorA: string
  let agentA: string

  beforeAll(async () => {
    token = async (email) => (await payload.login({ collection: 'users', data: { email, password: PASSWORD } })).token!
    await makeUser(payload, 'porte@marche.example', venue.tenant.id, ['door-scanner'])
    await makeUser(payload, 'guichet@marche.example', venue.tenant.id, ['sales-agent'])
    doorA = await token('porte@marche.example')
    agentA = await token('guichet@marche.example')
  })

  /** A request to the REST API as the server hands it to Payload, with a login token or none. */
  async function api(method: 'GET' | 'POST', path: string, auth: string | null, body?: unknown) {
    const { default: config } = await import('../../payload.config')
    const request = new Request(`http://localhost:3000/api${path}`, {
      method,
      headers: { ...(auth ? { Authorization: `JWT ${auth}` } : {}), 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    const response = await handleEndpoints({ config, request })
    return { status: response.status, body: (await response.json()) as DoorDecision & { error?: { code: string; field?: string }; tickets?: unknown[]; performances?: { id: number }[]; conflicts?: unknown[] } }
  }

  it('lets the site’s door scanner scan, download the kit, list the performances and upload offline scans', async () => {
    const [ticket, later] = await sell(venue, { pit: 2 })

    const scanned = await api('POST', '/ticketing/scan', doorA, { tenant: venue.tenant.id, input: codeOf(venue, ticket!), door: 'Hall', performance: venue.performance.id })
    const kit = await api('GET', `/ticketing/scanner-kit?tenant=${venue.tenant.id}&performance=${venue.performance.id}`, doorA)
    const performances = await api('GET', `/ticketing/door-performances?tenant=${venue.tenant.id}`, doorA)
    const synced = await api('POST', '/ticketing/scans/sync', doorA, { tenant: String(venue.tenant.id), door: 'Hall', scans: [{ input: later!.number, at: '2026-12-12T19:25:00.000+01:00' }] })

    expect(scanned).toMatchObject({ status: 200, body: { verdict: 'valid', ticket: { id: ticket!.id } } })
    expect(kit.status).toBe(200)
    expect(kit.body.tickets).toEqual(expect.arrayContaining([expect.objectContaining({ ticketId: later!.id, number: later!.number })]))
    expect(performances.body.performances!.map((p) => p.id)).toEqual(expect.arrayContaining([venue.performance.id, matinee.id]))
    expect(synced).toMatchObject({ status: 200, body: { results: [{ verdict: 'valid', at: '2026-12-12T18:25:00.000Z' }], conflicts: [] } })
    expect((await scansOf(venue)).at(-1)).toMatchObject({ ticket: later!.id, door: 'Hall', offline: true, by: expect.stringMatching(/^user:\d+$/) })
  })

  it('answers a door scanner of the Marché who scans a ticket of the Voisin “another venue”, and records nothing there', async () => {
    const [foreign] = await sell(other, { pit: 1 })
    const before = (await scansOf(other)).length

    const scanned = await api('POST', '/ticketing/scan', doorA, { tenant: venue.tenant.id, input: codeOf(other, foreign!), door: 'Hall' })
    const asOther = await api('POST', '/ticketing/scan', doorA, { tenant: other.tenant.id, input: codeOf(other, foreign!), door: 'Hall' })
    const kitOfOther = await api('GET', `/ticketing/scanner-kit?tenant=${other.tenant.id}&performance=${other.performance.id}`, doorA)
    const foreignPerformance = await api('GET', `/ticketing/scanner-kit?tenant=${venue.tenant.id}&performance=${other.performance.id}`, doorA)

    expect(scanned).toEqual({ status: 200, body: { verdict: 'invalid', reason: 'other-tenant' } })
    expect(asOther.status).toBe(403)
    expect(kitOfOther.status).toBe(403)
    expect(foreignPerformance).toMatchObject({ status: 404, body: { error: { code: 'not_found', field: 'performance' } } })
    expect((await ticketNow(foreign!.id)).admittedAt ?? null).toBeNull()
    expect(await scansOf(other)).toHaveLength(before)
  })

  it('answers 401 to an anonymous caller and 403 to a sales agent and to a buyer’s account, and records nothing', async () => {
    const [ticket] = await sell(venue, { pit: 1 })
    const signedUp = await signUpCustomer(payload, { tenantId: venue.tenant.id, input: { email: 'lea@example.fr', password: 'une phrase assez longue', name: 'Léa' } })
    if (!signedUp.ok) throw new Error(JSON.stringify(signedUp.problems))
    const before = (await scansOf(venue)).length
    const calls = [
      ['POST', '/ticketing/scan', { tenant: venue.tenant.id, input: ticket!.number, door: 'Hall' }],
      ['GET', `/ticketing/scanner-kit?tenant=${venue.tenant.id}&performance=${venue.performance.id}`, undefined],
      ['GET', `/ticketing/door-performances?tenant=${venue.tenant.id}`, undefined],
      ['POST', '/ticketing/scans/sync', { tenant: venue.tenant.id, door: 'Hall', scans: [{ input: ticket!.number, at: new Date().toISOString() }] }],
    ] as const

    for (const [method, path, body] of calls) {
      expect((await api(method, path, null, body)).status).toBe(401)
      expect((await api(method, path, agentA, body)).status).toBe(403)
      expect((await api(method, path, signedUp.token, body)).status).toBe(403)
    }
    expect(await scansOf(venue)).toHaveLength(before)
    expect((await ticketNow(ticket!.id)).admittedAt ?? null).toBeNull()
  })

  it('names the wrong field of a body', async () => {
    const noDoor = await api('POST', '/ticketing/scan', doorA, { tenant: venue.tenant.id, input: '123', door: '  ' })
    const badTime = await api('POST', '/ticketing/scans/sync', doorA, { tenant: venue.tenant.id, door: 'Hall', scans: [{ input: '123', at: 'hier soir' }] })

    expect(noDoor).toMatchObject({ status: 400, body: { error: { code: 'invalid', field: 'door' } } })
    expect(badTime).toMatchObject({ status: 400, body: { error: { code: 'invalid', field: 'scans.0.at' } } })
  })
})
