// Ticketing under load. (1) Seats held per minute on one performance while 200 buyers race for a
// house of 2,000 seats, on a fresh SQLite database then a fresh PostgreSQL one, each in a child
// process of its own (Payload loads its config once per process), then the database checked for
// oversold seats; (2) best-available on a 5,000-seat plan at several fill levels; (3) door-scanner
// validations and ticket-number lookups per second; (4) ticket PDFs per second. Prints figures;
// asserts nothing about time.
//
//   npx tsx bench/ticketing.ts [--seats 2000] [--buyers 200] [--budget 45]
import { spawn } from 'node:child_process'
import { createPrivateKey, createPublicKey, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { CommerceError } from '../cms/commerce/errors'
import { renderTicketsPdf } from '../cms/ticketing/documents/tickets-pdf'
import { holdBestAvailable, holdSeats, takenSeats } from '../cms/ticketing/seat-holds'
import { bestAvailable, prepareSeats } from '../src/domain/ticketing/best-available'
import { flattenPlan } from '../src/domain/ticketing/plan-geometry'
import { decideScan, revocationKey, type RevocationCause, type Scan } from '../src/domain/ticketing/scans'
import type { PlanSeat } from '../src/domain/ticketing/seat'
import { parseSeatingPlan, type SeatingPlan, type SeatingPlanInput } from '../src/domain/ticketing/seating-plan'
import { encodeTicketCode, generateTicketKeys, ticketNumber, verifyTicketCode, verifyTicketNumber, type TicketPayload, type TicketVerification } from '../src/domain/ticketing/ticket-code'
import type { TicketBrand, TicketView } from '../src/domain/ticketing/ticket-view'
import { createTestDatabase } from '../tests/support/database'
import { percentile } from './load'

export interface HoldBenchOptions {
  /** Seats in the house; the run ends when all are held or the budget is spent. */
  seats: number
  buyers: number
  /** Seconds per database. */
  budget: number
}

type Percentiles = { p50: number; p90: number; p99: number }
type Picker = 'random' | 'best'

export interface HoldBenchResult {
  seats: number
  buyers: number
  wallMs: number
  seatsHeld: number
  requests: Record<Picker, number>
  refusals: Record<Picker, number>
  errors: number
  firstError: string | null
  latency: { read: Percentiles; hold: Percentiles; held: Percentiles; refused: Percentiles }
  /** holdSeats with no other buyer about: what a request costs before it queues. */
  alone: Percentiles
  /** What the database holds afterwards, counted from its rows. */
  rows: number
  doubled: number
  offPlan: number
}

const DEFAULTS: HoldBenchOptions = { seats: 2000, buyers: 200, budget: 45 }
const DATABASES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const
// pretix's reference for one event under a rush: 300 to 400 tickets a minute; we compare with 350.
const PRETIX_TICKETS_PER_MINUTE = 350
const o = { overrideAccess: true, depth: 0 } as const

/** All four measures, holds on each database first. */
export async function benchTicketing(options: Partial<HoldBenchOptions> = {}): Promise<void> {
  const settings = { ...DEFAULTS, ...options }
  console.log(`\nSeat holds on one performance: ${settings.buyers} concurrent buyers, ${settings.seats.toLocaleString('en')} seats, until the house is full or ${settings.budget} s have passed`)
  console.log('Half the buyers pick 1–4 free seats at random from what they just read, half ask the server for its best available 1–4 (picked and held in one call); a refused buyer tries again.')
  for (const kind of Object.keys(DATABASES) as (keyof typeof DATABASES)[]) {
    printHolds(DATABASES[kind], await measureHoldsInChild(kind, settings))
  }
  await benchBestAvailable()
  await benchScanner()
  await benchTicketPdfs()
}

// ---------------------------------------------------------------------------------------------
// A plan built in code

/**
 * A house of `seats` seats: four sections side by side facing a stage, rows of up to 25 seats
 * with an aisle after the 12th. Rows go to the sections in turn, so the last row may be short.
 */
export function benchPlan(seats: number): SeatingPlanInput {
  const perRow = 25
  const rowLengths = Array.from({ length: Math.ceil(seats / perRow) }, (_, k) => Math.min(perRow, seats - k * perRow))
  const sectionCount = 4
  const rowsPerSection = Math.ceil(rowLengths.length / sectionCount)
  const width = 40 + sectionCount * 600
  return {
    version: 1,
    name: `Banc de ${seats} places`,
    size: { width, height: 140 + rowsPerSection * 30 },
    categories: [
      { id: 'cat1', label: 'Catégorie 1', color: '#b22222' },
      { id: 'cat2', label: 'Catégorie 2', color: '#1f3a5f' },
    ],
    stage: { x: width / 2 - 300, y: 20, width: 600, height: 60, label: 'Scène' },
    sections: Array.from({ length: sectionCount }, (_, s) => ({
      id: `s${s + 1}`,
      label: `Section ${s + 1}`,
      kind: 'rows' as const,
      category: s === 1 || s === 2 ? 'cat1' : 'cat2',
      rows: rowLengths.flatMap((length, k) => {
        if (k % sectionCount !== s) return []
        const r = Math.floor(k / sectionCount)
        return [{
          id: `R${r + 1}`,
          label: String(r + 1),
          seats: length,
          start: { x: 40 + s * 600, y: 120 + r * 30 },
          spacing: 20,
          numbering: { scheme: 'left-to-right' as const },
          ...(length > 12 ? { gaps: [12] } : {}),
        }]
      }),
    })),
  }
}

function parsedPlan(seats: number): SeatingPlan {
  const parsed = parseSeatingPlan(benchPlan(seats))
  if (!parsed.ok) throw new Error(`The bench plan does not parse: ${parsed.problems[0]?.path} ${parsed.problems[0]?.message}`)
  return parsed.plan
}

/** Small, seeded (mulberry32): the same fill levels and picks on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

function figures(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b)
  return { p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99) }
}

const fixed = (value: number, digits = 1) => (Number.isNaN(value) ? '—' : value.toFixed(digits))
const whole = (value: number) => Math.round(value).toLocaleString('en')
const row = (name: string, width: number, cells: string[]) => `${name.padEnd(width)}${cells.map((cell) => cell.padStart(10)).join('')}`

// ---------------------------------------------------------------------------------------------
// 1. Holds per minute, in a child process per database

async function measureHoldsInChild(kind: keyof typeof DATABASES, settings: HoldBenchOptions): Promise<HoldBenchResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-ticketing-'))
  const database = kind === 'postgres' ? await createTestDatabase('bench_holds', 'postgres') : { url: `file:${path.join(work, 'holds.db')}`, drop: async () => undefined }
  try {
    const env = { DATABASE_URL: database.url, MEDIA_DIR: path.join(work, 'media'), PAYLOAD_SECRET: randomBytes(16).toString('hex') }
    const flags = Object.entries(settings).flatMap(([name, value]) => [`--${name}`, String(value)])
    const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', ...flags]
    // Payload's own log goes to stdout and is left out; errors on stderr show. Advanced
    // serialization keeps NaN (no hold refused) a number on its way back.
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' })
    return await new Promise((resolve, reject) => {
      let result: HoldBenchResult | undefined
      child.on('message', (message) => (result = message as HoldBenchResult))
      child.on('error', reject)
      child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`The seat-hold benchmark on ${DATABASES[kind]} exited with ${code} before reporting`))))
    })
  } finally {
    await database.drop()
    rmSync(work, { recursive: true, force: true })
  }
}

function printHolds(label: string, r: HoldBenchResult) {
  const minutes = r.wallMs / 60_000
  const requests = r.requests.random + r.requests.best
  const refusals = r.refusals.random + r.refusals.best
  const perMinute = r.seatsHeld / minutes
  const free = r.seats - r.seatsHeld
  const ending = free === 0 ? 'house full' : `stopped at the budget, ${free} seat${free === 1 ? '' : 's'} still free`
  console.log(`\n${label}: ${whole(r.seatsHeld)} of ${whole(r.seats)} seats held in ${(r.wallMs / 1000).toFixed(1)} s (${ending})`)
  console.log(`  ${whole(perMinute)} seats held/min · ${whole(requests / minutes)} hold requests/min · ${refusals} refused (seat taken since the buyer's read) of ${requests} requests`)
  console.log(`  refused by pick: random ${r.refusals.random} of ${r.requests.random}, best-available ${r.refusals.best} of ${r.requests.best}`)
  console.log(row('  step', 34, ['p50 ms', 'p90 ms', 'p99 ms']))
  const steps: [string, Percentiles][] = [
    ["buyer's read of the taken seats", r.latency.read],
    ['holdSeats, every request', r.latency.hold],
    ['holdSeats, held', r.latency.held],
    ['holdSeats, refused', r.latency.refused],
    ['holdSeats, 1 buyer alone (before)', r.alone],
  ]
  for (const [name, p] of steps) console.log(row(`  ${name}`, 34, [p.p50, p.p90, p.p99].map((ms) => fixed(ms))))
  console.log(`  OVERSOLD: ${r.doubled + r.offPlan} (${r.doubled} seats with more than one row, ${r.offPlan} rows for seats not on the plan); ${r.rows} rows in the database for ${r.seatsHeld} seats buyers were told they hold`)
  if (r.errors > 0) console.log(`  ${r.errors} holds failed otherwise; first: ${r.firstError}`)
  console.log(`  pretix reference: 300–400 tickets/min per event → ${(perMinute / PRETIX_TICKETS_PER_MINUTE).toFixed(2)}× the middle figure (350)`)
}

/** In the child: boots Payload on the database of DATABASE_URL, fills the house and counts its rows. */
async function measureHoldsHere(settings: HoldBenchOptions): Promise<HoldBenchResult> {
  const { bootPayload } = await import('../cms/boot')
  const payload = await bootPayload({ log: () => undefined })
  const house = await makeHouse(payload, settings.seats)
  const seats = flattenPlan(parsedPlan(settings.seats))
  // A few holds on another performance first, so the measured run does not pay for the JIT alone.
  await fillHouse(payload, house, house.warmupId, seats, { buyers: 10, deadline: performance.now() + 3000, stopAfter: 40 })
  const alone = await fillHouse(payload, house, house.warmupId, seats, { buyers: 1, deadline: performance.now() + 3000, stopAfter: 30 })

  const started = performance.now()
  const run = await fillHouse(payload, house, house.performanceId, seats, { buyers: settings.buyers, deadline: started + settings.budget * 1000 })
  const wallMs = performance.now() - started

  const { docs } = await payload.find({ collection: 'seat-reservations', where: { performance: { equals: house.performanceId } }, pagination: false, select: { seatId: true }, ...o })
  const rowsPerSeat = new Map<string, number>()
  for (const doc of docs) rowsPerSeat.set(doc.seatId, (rowsPerSeat.get(doc.seatId) ?? 0) + 1)
  const onPlan = new Set(seats.map((seat) => seat.id))
  return {
    seats: seats.length,
    buyers: settings.buyers,
    wallMs,
    ...run,
    alone: alone.latency.hold,
    rows: docs.length,
    doubled: [...rowsPerSeat.values()].filter((count) => count > 1).length,
    offPlan: docs.filter((doc) => !onPlan.has(doc.seatId)).length,
  }
}

type House = { tenantId: number; performanceId: number; warmupId: number }

async function makeHouse(payload: Payload, seats: number): Promise<House> {
  const tenant = await payload.create({ collection: 'tenants', data: { name: 'Théâtre du banc', slug: 'theatre-du-banc' }, ...o })
  const plan = await payload.create({ collection: 'seating-plans', data: { tenant: tenant.id, name: 'Grande salle', plan: benchPlan(seats) as never }, ...o })
  const event = await payload.create({ collection: 'events', data: { tenant: tenant.id, title: 'Cyrano de Bergerac', slug: 'cyrano' }, ...o })
  const performance = (startsAt: string) =>
    payload.create({ collection: 'performances', data: { tenant: tenant.id, event: event.id, startsAt, seatingPlan: plan.id, status: 'on_sale' }, ...o })
  const main = await performance('2026-12-12T19:30:00.000Z')
  const warmup = await performance('2026-12-13T15:00:00.000Z')
  return { tenantId: tenant.id, performanceId: main.id, warmupId: warmup.id }
}

type FillResult = Pick<HoldBenchResult, 'seatsHeld' | 'requests' | 'refusals' | 'errors' | 'firstError' | 'latency'>

/**
 * `buyers` concurrent buyers, each in a loop: read the taken seats, pick 1–4 free ones (even
 * buyers at random from a fresh read, odd ones by the server's holdBestAvailable), hold them under a cart of its own. Ends when a
 * buyer reads a full house, at the deadline, or after `stopAfter` requests.
 */
async function fillHouse(
  payload: Payload,
  house: House,
  performanceId: number,
  seats: readonly PlanSeat[],
  { buyers, deadline, stopAfter = Number.POSITIVE_INFINITY }: { buyers: number; deadline: number; stopAfter?: number },
): Promise<FillResult> {
  const result: FillResult = { seatsHeld: 0, requests: { random: 0, best: 0 }, refusals: { random: 0, best: 0 }, errors: 0, firstError: null, latency: { read: figures([]), hold: figures([]), held: figures([]), refused: figures([]) } }
  const times = { read: [] as number[], held: [] as number[], refused: [] as number[] }
  let sent = 0
  const buyer = async (b: number) => {
    const random = seededRandom(b + 1)
    const pick: Picker = b % 2 === 0 ? 'random' : 'best'
    for (let attempt = 0; performance.now() < deadline && sent < stopAfter; attempt++) {
      let count = 1 + Math.floor(random() * 4)
      let chosen: readonly PlanSeat[] | null = null
      if (pick === 'random') {
        const readStarted = performance.now()
        const taken = await takenSeats(payload, performanceId, new Date())
        times.read.push(performance.now() - readStarted)
        const free = seats.filter((seat) => !taken.has(seat.id))
        if (free.length === 0) return
        count = Math.min(free.length, count)
        chosen = shuffled(free, random).slice(0, count)
      }
      sent++
      result.requests[pick]++
      const started = performance.now()
      try {
        const holder = `cart-${b}-${attempt}`
        // Best-available buyers ask the server, which picks and holds in one call (and picks again when beaten).
        const held = chosen
          ? await holdSeats(payload, { tenantId: house.tenantId, performanceId, seatIds: chosen.map((seat) => seat.id), holder })
          : await holdBestAvailable(payload, { tenantId: house.tenantId, performanceId, count, holder })
        times.held.push(performance.now() - started)
        result.seatsHeld += held.seats.length
      } catch (error) {
        if (error instanceof CommerceError && error.code === 'unavailable') {
          times.refused.push(performance.now() - started)
          result.refusals[pick]++
          if (!chosen && count === 1) return // not one seat left: the house is full
        } else {
          result.errors++
          result.firstError ??= (error as Error).message
        }
      }
    }
  }
  await Promise.all(Array.from({ length: buyers }, (_, b) => buyer(b)))
  result.latency = { read: figures(times.read), hold: figures([...times.held, ...times.refused]), held: figures(times.held), refused: figures(times.refused) }
  return result
}

// ---------------------------------------------------------------------------------------------
// 2. Best-available on 5,000 seats

type Timing = Percentiles & { calls: number; perSecond: number }

/**
 * Calls `fn` until `calls` calls or `budgetMs` have passed (at least once), timing each; a promise
 * is awaited, one call at a time.
 */
async function timeCalls(fn: (call: number) => unknown, { calls, budgetMs }: { calls: number; budgetMs: number }): Promise<Timing> {
  const times: number[] = []
  const started = performance.now()
  const until = started + budgetMs
  for (let call = 0; call < calls && (call === 0 || performance.now() < until); call++) {
    const t = performance.now()
    const result = fn(call)
    if (result instanceof Promise) await result
    times.push(performance.now() - t)
  }
  const elapsed = performance.now() - started
  return { ...figures(times), calls: times.length, perSecond: (times.length * 1000) / elapsed }
}

export async function benchBestAvailable(): Promise<void> {
  const plan = parsedPlan(5000)
  const seats = flattenPlan(plan)
  const layout = await timeCalls(() => flattenPlan(plan), { calls: 50, budgetMs: 2000 })
  const preparing = await timeCalls(() => prepareSeats(seats), { calls: 200, budgetMs: 2000 })
  const index = prepareSeats(seats)
  const order = shuffled(seats.map((seat) => seat.id), seededRandom(5000))
  console.log(`\nBest-available on a plan of ${seats.length.toLocaleString('en')} seats (${index.rows.length} rows in ${index.sections.length} sections), seats taken at random with a fixed seed`)
  console.log(`  flattenPlan: p50 ${fixed(layout.p50, 2)} ms; prepareSeats (once per plan version): p50 ${fixed(preparing.p50, 2)} ms, p99 ${fixed(preparing.p99, 2)} ms`)
  console.log(row('  taken   party', 16, ['p50 ms', 'p90 ms', 'p99 ms', 'calls/s', 'rows used']))
  for (const fill of [0, 0.5, 0.9]) {
    const taken = new Set(order.slice(0, Math.round(fill * seats.length)))
    for (const party of [2, 4, 8]) {
      const t = await timeCalls(() => bestAvailable(index, taken, { count: party }), { calls: 2000, budgetMs: 1200 })
      const answer = bestAvailable(index, taken, { count: party })
      const rowsUsed = answer.ok ? String(new Set(answer.seats.map((seat) => seat.rowId)).size) : answer.reason
      console.log(row(`  ${`${fill * 100} %`.padStart(5)}   ${String(party).padStart(5)}`, 16, [fixed(t.p50, 2), fixed(t.p90, 2), fixed(t.p99, 2), whole(t.perSecond), rowsUsed]))
    }
  }
}

// ---------------------------------------------------------------------------------------------
// 3. The door scanner

export async function benchScanner(): Promise<void> {
  const tickets = 10_000
  const tenantId = 7
  const performanceId = 42
  const keys = generateTicketKeys()
  // A scanner parses the tenant's key once when it downloads it, not per ticket.
  const privateKey = createPrivateKey(keys.privateKey)
  const publicKey = createPublicKey(keys.publicKey)
  const payloads: TicketPayload[] = Array.from({ length: tickets }, (_, i) => ({ tenantId, performanceId, ticketId: 100_000 + i, reissue: 0 }))
  const codes: string[] = []
  const encoding = await timeCalls((i) => codes.push(encodeTicketCode(payloads[i]!, privateKey)), { calls: tickets, budgetMs: 60_000 })

  const random = seededRandom(42)
  const causes: RevocationCause[] = ['refunded', 'cancelled', 'reissued']
  const revoked = new Map(shuffled(payloads, random).slice(0, 1000).map((ticket, i) => [revocationKey(ticket), causes[i % causes.length]!]))
  const arrivals = shuffled(codes, random)
  const now = new Date('2026-12-12T19:00:00.000Z')
  const scans: Scan[] = []
  const firstEntry = { valid: 0, invalid: 0, duplicate: 0 }
  let verdicts = firstEntry
  const door = (code: string) => {
    const decision = decideScan(verifyTicketCode(code, publicKey, { tenantId }), { revoked, scans, door: 'Entrée A', now, performanceId })
    verdicts[decision.verdict]++
    if (decision.verdict === 'valid') scans.push(decision.scan)
  }
  const firstHalf = await timeCalls((i) => door(arrivals[i]!), { calls: tickets / 2, budgetMs: 60_000 })
  const secondHalf = await timeCalls((i) => door(arrivals[tickets / 2 + i]!), { calls: tickets / 2, budgetMs: 60_000 })
  const rescan = (verdicts = { valid: 0, invalid: 0, duplicate: 0 })
  const rescans = await timeCalls((i) => door(arrivals[i]!), { calls: 1000, budgetMs: 60_000 })

  const verifying = await timeCalls((i) => verifyTicketCode(codes[i]!, publicKey, { tenantId }), { calls: tickets, budgetMs: 60_000 })
  const verifyingPem = await timeCalls((i) => verifyTicketCode(codes[i]!, keys.publicKey, { tenantId }), { calls: 1000, budgetMs: 60_000 })
  const verified: TicketVerification = { ok: true, ticket: { tenantId, performanceId, ticketId: 1, reissue: 0 } }
  const deciding = async (size: number) => {
    const list: Scan[] = Array.from({ length: size }, (_, i) => ({ ticketId: 10 + i, reissue: 0, door: 'Entrée B', at: now }))
    return await timeCalls(() => decideScan(verified, { revoked, scans: list, door: 'Entrée A', now, performanceId }), { calls: 20_000, budgetMs: 1000 })
  }

  const issued = new Map<string, TicketPayload>()
  const numbering = await timeCalls((i) => issued.set(ticketNumber(codes[i]!)!, payloads[i]!), { calls: tickets, budgetMs: 60_000 })
  const numbers = shuffled([...issued.keys()], random)
  const lookups = await timeCalls((i) => verifyTicketNumber(numbers[i % numbers.length]!, issued), { calls: 50_000, budgetMs: 2000 })

  const us = (ms: number) => fixed(ms * 1000)
  console.log(`\nDoor scanner: ${tickets.toLocaleString('en')} tickets of one performance (Ed25519), 1,000 of them revoked, scanned in a shuffled order`)
  console.log(row('  operation', 52, ['p50 µs', 'p90 µs', 'p99 µs', 'per s']))
  const lines: [string, Timing][] = [
    ['encodeTicketCode (sign)', encoding],
    ['verifyTicketCode (key object)', verifying],
    ['verifyTicketCode (PEM string, key parsed per call)', verifyingPem],
    ['decideScan alone, 0 scans known', await deciding(0)],
    ['decideScan alone, 1,000 scans known', await deciding(1000)],
    ['decideScan alone, 10,000 scans known', await deciding(10_000)],
    ['door: verify + decide, tickets 1–5,000', firstHalf],
    ['door: verify + decide, tickets 5,001–10,000', secondHalf],
    [`door: 1,000 re-scans, ${scans.length.toLocaleString('en')} scans known`, rescans],
    ['ticketNumber (build the issued list)', numbering],
    ['verifyTicketNumber (lookup in 10,000)', lookups],
  ]
  for (const [name, t] of lines) console.log(row(`  ${name}`, 52, [us(t.p50), us(t.p90), us(t.p99), whole(t.perSecond)]))
  console.log(`  verdicts at first entry: ${firstEntry.valid} valid, ${firstEntry.invalid} revoked, ${firstEntry.duplicate} duplicate; on re-scan: ${rescan.duplicate} duplicate, ${rescan.invalid} revoked, ${rescan.valid} valid`)
  console.log('  decideScan filters the whole scans list on every call (O(n) per scan; its API takes an array, so no Map can stand in): the rows above show its cost at 0, 1,000 and 10,000 scans.')
}

// ---------------------------------------------------------------------------------------------
// 4. Ticket PDFs

export async function benchTicketPdfs(): Promise<void> {
  const privateKey = createPrivateKey(generateTicketKeys().privateKey)
  const ticket = (i: number): TicketView => {
    const code = encodeTicketCode({ tenantId: 7, performanceId: 42, ticketId: 200_000 + i, reissue: 0 }, privateKey)
    return {
      code,
      number: ticketNumber(code)!,
      eventTitle: 'Cyrano de Bergerac',
      startsAt: new Date('2026-12-12T19:30:00.000Z'),
      timeZone: 'Europe/Paris',
      venue: 'Théâtre du Marché, Lyon',
      place: { kind: 'seat', section: 'Orchestre', row: String(1 + Math.floor(i / 25)), seat: String(1 + (i % 25)) },
      priceLabel: 'Plein tarif — Catégorie 1',
      price: { amount: 4500, currency: 'EUR' },
      holderName: 'Camille Martin',
      orderReference: 'VT-2026-00042',
      delivery: 'e-ticket',
    }
  }
  const logo = await sharp({ create: { width: 360, height: 120, channels: 3, background: '#f5e6c8' } }).png().toBuffer()
  const brand: TicketBrand = { siteName: 'Théâtre du Marché', primaryColor: '#7a1f2b', logo }
  const one = [ticket(0)]
  const hundred = Array.from({ length: 100 }, (_, i) => ticket(i))
  const documents: [string, TicketView[], 'a4' | 'thermal-80mm', number][] = [
    ['1 ticket, A4', one, 'a4', 200],
    ['1 ticket, thermal 80 mm', one, 'thermal-80mm', 200],
    ['100 tickets, A4', hundred, 'a4', 3],
  ]
  console.log('\nTicket PDFs (renderTicketsPdf: pdfkit, French, with a PNG logo), one document at a time')
  console.log(row('  document', 28, ['p50 ms', 'p90 ms', 'p99 ms', 'PDFs/s', 'tickets/s', 'size KB']))
  for (const [name, tickets, layout, calls] of documents) {
    const render = () => renderTicketsPdf(tickets, brand, { locale: 'fr', layout })
    const size = (await render()).length
    const t = await timeCalls(render, { calls, budgetMs: 3000 })
    console.log(row(`  ${name}`, 28, [fixed(t.p50), fixed(t.p90), fixed(t.p99), fixed(t.perSecond), whole(t.perSecond * tickets.length), fixed(size / 1024)]))
  }
}

// ---------------------------------------------------------------------------------------------

function parseSettings(): { measure: boolean; settings: HoldBenchOptions } {
  const { values } = parseArgs({
    options: { measure: { type: 'boolean', default: false }, seats: { type: 'string' }, buyers: { type: 'string' }, budget: { type: 'string' } },
  })
  const count = (name: keyof HoldBenchOptions) => {
    const value = Number(values[name] ?? DEFAULTS[name])
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number above 0 (got "${values[name]}")`)
    return value
  }
  return { measure: values.measure, settings: { seats: count('seats'), buyers: count('buyers'), budget: count('budget') } }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const { measure, settings } = parseSettings()
  if (measure) {
    const result = await measureHoldsHere(settings)
    process.send!(result, () => process.exit(0))
  } else {
    await benchTicketing(settings)
    process.exit(0)
  }
}
