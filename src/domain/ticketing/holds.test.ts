import { describe, expect, it } from 'vitest'
import { DEFAULT_HOLD_MINUTES, holdExpiry, isHoldActive, releasable, remainingSeconds, validateSeatRequest } from './holds'
import type { PlanSeat } from './seat'

const now = new Date('2025-03-01T20:00:00.000Z')
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000)

function seat(id: string, extra: Partial<PlanSeat> = {}): PlanSeat {
  const [rowLabel = 'A', number = '1'] = id.split('-').slice(1)
  return { id, sectionId: 'orch', rowId: `orch-${rowLabel}`, rowLabel, number, position: Number(number), x: 0, y: 0, category: 'cat1', rating: 1, ...extra }
}

describe('hold timing', () => {
  const hold = { expiresAt: holdExpiry(now) }

  it(`lasts ${DEFAULT_HOLD_MINUTES} minutes unless told otherwise`, () => {
    expect(hold.expiresAt.toISOString()).toBe('2025-03-01T20:15:00.000Z')
    expect(holdExpiry(now, 5).toISOString()).toBe('2025-03-01T20:05:00.000Z')
    expect(() => holdExpiry(now, 0)).toThrow(/positive number of minutes, not 0/)
  })

  it('is active up to, not at, its expiry', () => {
    expect(isHoldActive(hold, later(899))).toBe(true)
    expect(isHoldActive(hold, later(900))).toBe(false)
  })

  it('counts down whole seconds, rounding up, and stops at zero', () => {
    expect(remainingSeconds(hold, now)).toBe(900)
    expect(remainingSeconds(hold, later(899.5))).toBe(1)
    expect(remainingSeconds(hold, later(900))).toBe(0)
    expect(remainingSeconds(hold, later(3600))).toBe(0)
  })

  it('reads expiry dates stored as ISO strings', () => {
    expect(isHoldActive({ expiresAt: '2025-03-01T20:15:00.000Z' }, later(60))).toBe(true)
  })

  it('lists only expired holds as releasable', () => {
    const holds = [
      { id: 'h1', expiresAt: '2025-03-01T19:59:00.000Z' },
      { id: 'h2', expiresAt: '2025-03-01T20:00:00.000Z' },
      { id: 'h3', expiresAt: '2025-03-01T20:10:00.000Z' },
    ]
    expect(releasable(holds, now).map((h) => h.id)).toEqual(['h1', 'h2'])
  })
})

describe('validateSeatRequest', () => {
  const plan = [
    seat('orch-C-12'),
    seat('orch-C-13'),
    ...['1', '2', '3', '4'].map((n) => seat(`club-T4-${n}`, { tableId: 'T4', soldWhole: true })),
  ]

  it('returns the plan seats for a clean request, in the order asked', () => {
    expect(validateSeatRequest(['orch-C-13', 'orch-C-12'], plan, new Set())).toEqual({ ok: true, seats: [plan[1], plan[0]] })
  })

  it('points at unknown, taken and repeated seats by index', () => {
    const result = validateSeatRequest(['orch-C-12', 'balc-Z-99', 'orch-C-13', 'orch-C-12'], plan, new Set(['orch-C-13']))
    expect(result).toEqual({
      ok: false,
      errors: [
        { index: 1, seatId: 'balc-Z-99', code: 'unknown-seat', message: 'Seat 2 (“balc-Z-99”) is not on this performance\'s plan; reload the seat map.', fr: 'La place 2 (« balc-Z-99 ») n’existe pas pour cette représentation ; rechargez le plan.' },
        { index: 2, seatId: 'orch-C-13', code: 'taken', message: 'Row C, seat 13 has just been taken; choose another seat.', fr: 'Rang C, place 13 vient d’être prise ; choisissez-en une autre.' },
        { index: 3, seatId: 'orch-C-12', code: 'duplicate', message: 'Seat 4 repeats seat 1.', fr: 'La place 4 répète la place 1.' },
      ],
    })
  })

  it('refuses part of a table sold whole, and accepts all of it', () => {
    const partial = validateSeatRequest(['orch-C-12', 'club-T4-2', 'club-T4-3'], plan, new Set())
    expect(partial).toEqual({
      ok: false,
      errors: [{ index: 1, seatId: 'club-T4-2', code: 'partial-table', message: 'Table T4 is sold whole: choose all 4 of its seats (you chose 2).', fr: 'La table T4 se vend entière : choisissez ses 4 places (vous en avez choisi 2).' }],
    })
    const whole = validateSeatRequest(['club-T4-1', 'club-T4-2', 'club-T4-3', 'club-T4-4'], plan, new Set())
    expect(whole.ok).toBe(true)
  })

  it('refuses an empty request and one over the party limit', () => {
    expect(validateSeatRequest([], plan, new Set())).toMatchObject({ ok: false, errors: [{ code: 'empty' }] })
    const many = Array.from({ length: 21 }, (_, i) => `orch-C-${i}`)
    expect(validateSeatRequest(many, plan, new Set())).toMatchObject({ ok: false, errors: [{ code: 'too-many' }] })
  })
})
