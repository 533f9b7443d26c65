// A seat is never held twice: 200 buyers race for the same 50 seats on SQLite and PostgreSQL, and
// the unique (performance, seat) index lets exactly one buyer have each seat. Losers are told which
// seat; forged and foreign seat ids are refused; lapsed holds give their seats back.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { CommerceError } from '../../cms/commerce/errors'
import { holdSeats, releaseSeats } from '../../cms/ticketing/seat-holds'
import type { SeatingPlanInput } from '../../src/domain/ticketing/seating-plan'
import { bootTestPayload } from '../support/payload'

let payload: Payload
const o = { overrideAccess: true, depth: 0 } as const

/** Five rows of ten seats: 50 seats, ids `salle-A-1` … `salle-E-10`. */
const fiftySeats: SeatingPlanInput = {
  version: 1,
  name: 'Petite salle',
  size: { width: 400, height: 300 },
  categories: [{ id: 'cat1', label: 'Catégorie 1', color: '#b22222' }],
  stage: { x: 100, y: 10, width: 200, height: 30, label: 'Scène' },
  sections: [
    {
      id: 'salle',
      label: 'Salle',
      kind: 'rows',
      category: 'cat1',
      rows: ['A', 'B', 'C', 'D', 'E'].map((label, index) => ({
        id: label,
        label,
        seats: 10,
        start: { x: 80, y: 80 + index * 40 },
        spacing: 25,
        numbering: { scheme: 'left-to-right' as const },
      })),
    },
  ],
}
const seatId = (row: string, number: number) => `salle-${row}-${number}`
const allSeats = ['A', 'B', 'C', 'D', 'E'].flatMap((row) => Array.from({ length: 10 }, (_, i) => seatId(row, i + 1)))

async function makePerformance(slug: string) {
  const tenant = await payload.create({ collection: 'tenants', data: { name: `Théâtre ${slug}`, slug }, ...o })
  const plan = await payload.create({ collection: 'seating-plans', data: { tenant: tenant.id, name: 'Petite salle', plan: fiftySeats as never }, ...o })
  const event = await payload.create({ collection: 'events', data: { tenant: tenant.id, title: 'Le Misanthrope', slug: 'le-misanthrope' }, ...o })
  const performance = await payload.create({
    collection: 'performances',
    data: { tenant: tenant.id, event: event.id, startsAt: '2026-12-12T19:30:00.000Z', seatingPlan: plan.id, status: 'on_sale' },
    ...o,
  })
  return { tenant, plan, performance }
}

let main: Awaited<ReturnType<typeof makePerformance>>
let other: Awaited<ReturnType<typeof makePerformance>>

beforeAll(async () => {
  payload = await bootTestPayload()
  main = await makePerformance('salle-a')
  other = await makePerformance('salle-b')
})

const hold = (seatIds: string[], holder: string, target = main, now?: Date) =>
  holdSeats(payload, { tenantId: target.tenant.id, performanceId: target.performance.id, seatIds, holder, ...(now ? { now } : {}) })

async function reservations(target = main) {
  const { docs } = await payload.find({ collection: 'seat-reservations', where: { performance: { equals: target.performance.id } }, pagination: false, ...o })
  return docs
}

describe('holding seats', () => {
  it('counts the seats of a validated plan', () => {
    expect(main.plan.seatCount).toBe(50)
  })

  it('refuses an invalid plan with the path of the problem', async () => {
    const broken = { ...fiftySeats, sections: [{ ...fiftySeats.sections[0]!, category: 'cat9' }] }
    await expect(payload.create({ collection: 'seating-plans', data: { tenant: main.tenant.id, name: 'Cassé', plan: broken as never }, ...o })).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'plan', message: expect.stringMatching(/^sections\[0\]\.category: /) })] },
    })
  })

  it('gives each of 50 seats to exactly one of 200 racing buyers, and tells the others which seat', async () => {
    // Each buyer wants two neighbouring seats picked at random: most pairs are wanted by several.
    const wishes = Array.from({ length: 200 }, (_, buyer) => {
      const start = Math.floor(((buyer * 37) % 50) / 2) * 2
      return [allSeats[start]!, allSeats[start + 1]!]
    })
    const outcomes = await Promise.allSettled(wishes.map((seats, buyer) => hold(seats, `cart-${buyer}`)))
    const winners = outcomes.flatMap((outcome, buyer) => (outcome.status === 'fulfilled' ? [{ buyer, seats: wishes[buyer]! }] : []))
    const losers = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))

    const rows = await reservations()
    const heldSeats = rows.map((row) => row.seatId)
    expect(new Set(heldSeats).size).toBe(heldSeats.length)
    expect(heldSeats.sort()).toEqual(winners.flatMap((winner) => winner.seats).sort())
    expect(winners.length).toBe(25)
    // Every seat went to the buyer whose rows hold it, and to nobody else.
    for (const row of rows) expect(winners.find((w) => w.seats.includes(row.seatId))?.buyer).toBe(Number(row.holder.replace('cart-', '')))
    expect(losers).toHaveLength(175)
    for (const loser of losers) {
      expect(loser).toBeInstanceOf(CommerceError)
      expect((loser as CommerceError).problems[0]).toMatchObject({ field: expect.stringMatching(/^seats\.[01]$/), message: expect.stringMatching(/has just been taken/) })
    }
  })

  it('refuses forged seat ids and the seats of another performance, by index, and holds nothing', async () => {
    const before = (await reservations(other)).length
    await expect(hold(['salle-Z-99', seatId('A', 1)], 'forger', other)).rejects.toMatchObject({
      problems: [{ field: 'seats.0', message: expect.stringMatching(/not on this performance's plan/) }],
    })
    // A performance of another tenant is not found from this tenant.
    await expect(holdSeats(payload, { tenantId: main.tenant.id, performanceId: other.performance.id, seatIds: [seatId('A', 1)], holder: 'x' })).rejects.toMatchObject({ code: 'not_found' })
    expect((await reservations(other)).length).toBe(before)
  })

  it('gives seats back when a hold lapses or the cart is emptied', async () => {
    const later = new Date(Date.now() + 16 * 60_000)
    await hold([seatId('A', 1), seatId('A', 2)], 'cart-late', other)
    await expect(hold([seatId('A', 2)], 'cart-other', other)).rejects.toBeInstanceOf(CommerceError)
    // Fifteen minutes on, the first hold has lapsed: the seat is free again.
    await hold([seatId('A', 2)], 'cart-other', other, later)
    await releaseSeats(payload, { performanceId: other.performance.id, holder: 'cart-other' })
    expect((await reservations(other)).map((row) => row.seatId)).toEqual([])
  })
})

