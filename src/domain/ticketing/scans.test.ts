import { describe, expect, it } from 'vitest'

import { decideScan, mergeOfflineScans, revocationKey, type Scan } from './scans'
import { encodeTicketCode, generateTicketKeys, type TicketPayload, verifyTicketCode } from './ticket-code'

const keys = generateTicketKeys()
const seat: TicketPayload = { tenantId: 7, performanceId: 55, ticketId: 1_001, reissue: 0 }
const at = (time: string) => new Date(`2025-06-21T${time}:00+02:00`)
const scanAtDoor = (payload: TicketPayload) => verifyTicketCode(encodeTicketCode(payload, keys.privateKey), keys.publicKey, { tenantId: 7 })
const door = { revoked: new Set<string>(), scans: [] as Scan[], door: 'Main', now: at('19:30'), performanceId: 55 }

describe('deciding at the door', () => {
  it('admits a good ticket on its first scan and hands back the scan to record', () => {
    expect(decideScan(scanAtDoor(seat), door)).toEqual({
      verdict: 'valid',
      ticket: seat,
      scan: { ticketId: 1_001, reissue: 0, door: 'Main', at: at('19:30') },
    })
  })

  it('calls a second scan a duplicate and says when and where it was first admitted', () => {
    const scans = [
      { ticketId: 1_001, reissue: 0, door: 'Side', at: at('19:12') },
      { ticketId: 1_001, reissue: 0, door: 'Main', at: at('19:20') },
    ]
    expect(decideScan(scanAtDoor(seat), { ...door, scans })).toEqual({
      verdict: 'duplicate',
      ticket: seat,
      firstScan: { at: at('19:12'), door: 'Side' },
    })
  })

  it('treats the reissued code of an admitted ticket as a duplicate: both stand for one seat', () => {
    const scans = [{ ticketId: 1_001, reissue: 0, door: 'Side', at: at('19:12') }]
    expect(decideScan(scanAtDoor({ ...seat, reissue: 1 }), { ...door, scans }).verdict).toBe('duplicate')
  })

  it('refuses the old code of a reissued ticket, and says why when the list does', () => {
    const revoked = new Map([[revocationKey(seat), 'reissued' as const]])
    expect(decideScan(scanAtDoor(seat), { ...door, revoked })).toEqual({ verdict: 'invalid', reason: 'reissued' })
    expect(decideScan(scanAtDoor({ ...seat, reissue: 1 }), { ...door, revoked }).verdict).toBe('valid')
    expect(decideScan(scanAtDoor(seat), { ...door, revoked: new Set(['1001:0']) })).toEqual({ verdict: 'invalid', reason: 'revoked' })
  })

  it('refuses refunded tickets even before their first scan', () => {
    const revoked = new Map([[revocationKey(seat), 'refunded' as const]])
    expect(decideScan(scanAtDoor(seat), { ...door, revoked })).toEqual({ verdict: 'invalid', reason: 'refunded' })
  })

  it('passes on why the code itself was refused, and refuses another performance', () => {
    const forged = verifyTicketCode(encodeTicketCode(seat, generateTicketKeys().privateKey), keys.publicKey, { tenantId: 7 })
    expect(decideScan(forged, door)).toEqual({ verdict: 'invalid', reason: 'bad-signature' })
    expect(decideScan({ ok: false, reason: 'malformed' }, door)).toEqual({ verdict: 'invalid', reason: 'malformed' })
    expect(decideScan(scanAtDoor({ ...seat, performanceId: 56 }), door)).toEqual({ verdict: 'invalid', reason: 'other-performance' })
  })
})

describe('merging scans made offline', () => {
  it('keeps the earliest admission and reports the later one with both doors and times', () => {
    const server = [
      { ticketId: 1, reissue: 0, door: 'Main', at: at('19:05') },
      { ticketId: 2, reissue: 0, door: 'Main', at: at('19:25') },
    ]
    const device = [
      { ticketId: 2, reissue: 0, door: 'Side', at: at('19:10') },
      { ticketId: 3, reissue: 0, door: 'Side', at: at('19:11') },
    ]
    const { admits, conflicts } = mergeOfflineScans(server, device)
    expect(admits).toEqual([server[0], device[0], device[1]])
    expect(conflicts).toEqual([{ ticketId: 2, first: device[0], second: server[1] }])
  })

  it('counts a scan uploaded twice once, and is not a conflict', () => {
    const scan = { ticketId: 9, reissue: 0, door: 'Side', at: at('19:40') }
    expect(mergeOfflineScans([scan], [{ ...scan, at: new Date(scan.at) }])).toEqual({ admits: [scan], conflicts: [] })
  })

  it('reports every extra admission when three scanners let one ticket in', () => {
    const scans = [
      { ticketId: 4, reissue: 0, door: 'Side', at: at('19:02') },
      { ticketId: 4, reissue: 1, door: 'Balcony', at: at('19:01') },
    ]
    const { admits, conflicts } = mergeOfflineScans([{ ticketId: 4, reissue: 0, door: 'Main', at: at('19:03') }], scans)
    expect(admits).toEqual([scans[1]])
    expect(conflicts.map(({ first, second }) => [first.door, second.door])).toEqual([
      ['Balcony', 'Side'],
      ['Balcony', 'Main'],
    ])
  })
})
