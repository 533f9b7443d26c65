import { describe, expect, it } from 'vitest'

import { money } from '../commerce/money'
import { quoteReturn, type ReturnedTicket } from './returns'

const startsAt = new Date('2026-12-12T19:30:00Z')
const policy = { allowed: true, untilHoursBefore: 48, feePerTicket: 200 }
const ticket = (amount: number, extra: Partial<ReturnedTicket> = {}): ReturnedTicket => ({ id: amount, amount, state: 'valid', admitted: false, ...extra })

describe('returning tickets', () => {
  it('gives back what the tickets cost less the fee kept on each', () => {
    expect(quoteReturn(policy, [ticket(3000), ticket(2200)], startsAt, new Date('2026-12-01T10:00:00Z'))).toEqual({ ok: true, refund: money(4800), feeKept: money(400) })
  })

  it('never keeps more than a ticket cost (a free invitation returns nothing, owes nothing)', () => {
    expect(quoteReturn(policy, [ticket(0), ticket(150)], startsAt, new Date('2026-12-01T10:00:00Z'))).toEqual({ ok: true, refund: money(0), feeKept: money(150) })
  })

  it('closes returns the given number of hours before the performance, to the second', () => {
    const closes = new Date(startsAt.getTime() - 48 * 3600_000)
    expect(quoteReturn(policy, [ticket(3000)], startsAt, new Date(closes.getTime() - 1000)).ok).toBe(true)
    expect(quoteReturn(policy, [ticket(3000)], startsAt, closes)).toMatchObject({ ok: false, reason: 'too-late', fr: 'Les retours sont clos 48 heures avant la représentation.' })
  })

  it('refuses when the organizer does not take tickets back', () => {
    expect(quoteReturn({ ...policy, allowed: false }, [ticket(3000)], startsAt, new Date('2026-11-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'not-allowed' })
  })

  it('refuses a ticket already used at the door, refunded or cancelled, and an empty choice', () => {
    const early = new Date('2026-11-01T00:00:00Z')
    expect(quoteReturn(policy, [ticket(3000, { admitted: true })], startsAt, early)).toMatchObject({ ok: false, reason: 'not-returnable' })
    expect(quoteReturn(policy, [ticket(3000, { state: 'refunded' })], startsAt, early)).toMatchObject({ ok: false, reason: 'not-returnable' })
    expect(quoteReturn(policy, [], startsAt, early)).toMatchObject({ ok: false, reason: 'none-chosen' })
  })
})
