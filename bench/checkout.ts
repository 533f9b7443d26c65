// Checkouts per minute end to end (cart → Checkout Session → signed webhook → order paid) against
// our Stripe emulator, with concurrent buyers of a made-to-order print so stock never runs out, on
// a fresh SQLite database then a fresh PostgreSQL one; p50/p90/p99 of each step. Prints figures;
// asserts nothing about time. Each database runs in a child process of its own: Payload loads its
// config once per process, and the payment world sets the environment Payload boots with.
//
//   npx tsx bench/checkout.ts [--checkouts 400] [--concurrency 50] [--warmup 20]
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { startOnlineCheckout } from '../cms/commerce/orders/online-checkout'
import type { CheckoutRequest } from '../src/domain/commerce/checkout-request'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../tests/support/commerce'
import { createTestDatabase } from '../tests/support/database'
import type { SmtpSink } from '../tests/support/smtp-sink'
import { percentile } from './load'

export interface CheckoutBenchOptions {
  checkouts: number
  concurrency: number
  warmup: number
}

type Percentiles = { p50: number; p90: number; p99: number }

export interface CheckoutBenchResult {
  completed: number
  failures: number
  firstError: string | null
  /** The history note of the first order cancelled in the run: the cause a buyer's error hides. */
  firstCancellation: string | null
  wallMs: number
  steps: { place: Percentiles; pay: Percentiles; total: Percentiles }
  /** Orders paid in the run, warm-up included, and the mails the SMTP sink received for them. */
  paidOrders: number
  mails: number
}

type Shop = Awaited<ReturnType<typeof makeShop>>
type Outcome = { ok: true; placeMs: number; payMs: number } | { ok: false; error: string }

const DEFAULTS: CheckoutBenchOptions = { checkouts: 400, concurrency: 50, warmup: 20 }
const DATABASES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const
const SITE = 'http://boutique.test'
const PAID_WAIT_MS = 10_000

/** Measures on SQLite then PostgreSQL, each in a child process, and prints both. */
export async function benchCheckout(options: Partial<CheckoutBenchOptions> = {}): Promise<void> {
  const settings = { ...DEFAULTS, ...options }
  console.log(`\nCheckout to paid on the Stripe emulator: ${settings.concurrency} concurrent buyers, ${settings.checkouts} checkouts after ${settings.warmup} to warm up`)
  for (const kind of Object.keys(DATABASES) as (keyof typeof DATABASES)[]) {
    printResult(DATABASES[kind], await measureInChild(kind, settings))
  }
}

async function measureInChild(kind: keyof typeof DATABASES, settings: CheckoutBenchOptions): Promise<CheckoutBenchResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-checkout-'))
  const database = kind === 'postgres' ? await createTestDatabase('bench', 'postgres') : { url: `file:${path.join(work, 'checkout.db')}`, drop: async () => undefined }
  try {
    const env = { DATABASE_URL: database.url, MEDIA_DIR: path.join(work, 'media'), PAYLOAD_SECRET: randomBytes(16).toString('hex') }
    return await runChild(DATABASES[kind], env, settings)
  } finally {
    await database.drop()
    rmSync(work, { recursive: true, force: true })
  }
}

function runChild(label: string, env: Record<string, string>, settings: CheckoutBenchOptions): Promise<CheckoutBenchResult> {
  const flags = Object.entries(settings).flatMap(([name, value]) => [`--${name}`, String(value)])
  const args = ['--import', 'tsx', fileURLToPath(import.meta.url), '--measure', ...flags]
  // Payload's own log goes to stdout and is left out; errors on stderr show.
  // Advanced serialization keeps NaN (no checkout completed) a number on its way back.
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'], serialization: 'advanced' })
  return new Promise((resolve, reject) => {
    let result: CheckoutBenchResult | undefined
    child.on('message', (message) => (result = message as CheckoutBenchResult))
    child.on('error', reject)
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`The checkout benchmark on ${label} exited with ${code} before reporting`))))
  })
}

function printResult(label: string, r: CheckoutBenchResult) {
  const perMinute = r.completed / (r.wallMs / 60_000)
  console.log(`\n${label}: ${r.completed} checkouts completed, ${r.failures} failed, in ${(r.wallMs / 1000).toFixed(1)} s → ${perMinute.toFixed(0)} checkouts/min`)
  console.log('step                              p50 ms   p90 ms   p99 ms')
  const rows: [string, Percentiles][] = [
    ['place order + open session', r.steps.place],
    ['pay + webhook → paid', r.steps.pay],
    ['total', r.steps.total],
  ]
  for (const [name, p] of rows) console.log(`${name.padEnd(30)} ${[p.p50, p.p90, p.p99].map((ms) => (Number.isNaN(ms) ? '—' : ms.toFixed(1)).padStart(8)).join(' ')}`)
  console.log(`mails received by the SMTP sink: ${r.mails} for ${r.paidOrders} paid orders (warm-up included)`)
  if (r.firstError) console.log(`first failure: ${r.firstError}`)
  if (r.firstCancellation) console.log(`first cancelled order's note: ${r.firstCancellation}`)
}

/** In the child: boots Payload and the payment world on the database of DATABASE_URL, and buys. */
async function measureHere(settings: CheckoutBenchOptions): Promise<CheckoutBenchResult> {
  const { bootPayload } = await import('../cms/boot')
  const { payload, world } = await startPaymentWorld(() => bootPayload({ log: () => undefined }))
  try {
    const shop = await makeShop(payload, world, 'banc')
    const checkout = checkoutOnce(payload, world, shop)
    const warmup = await runBuyers(settings.warmup, settings.concurrency, checkout)
    const started = performance.now()
    const outcomes = await runBuyers(settings.checkouts, settings.concurrency, checkout)
    const wallMs = performance.now() - started
    const paidOrders = [...warmup, ...outcomes].filter((outcome) => outcome.ok).length
    const mails = await mailsOnceQuiet(world.sink)
    return { ...summarize(outcomes, wallMs), paidOrders, mails, firstCancellation: await firstCancellationNote(payload) }
  } finally {
    await world.close()
  }
}

/** A pool of `concurrency` buyers pulling checkouts from one counter until `count` are done. */
async function runBuyers(count: number, concurrency: number, checkout: () => Promise<Outcome>): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let started = 0
  const buyer = async () => {
    while (started < count) {
      started++
      outcomes.push(await checkout())
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, buyer))
  return outcomes
}

/** One buyer's checkout of an A3 print (made to order), timed step by step. */
function checkoutOnce(payload: Payload, world: PaymentWorld, shop: Shop): () => Promise<Outcome> {
  let buyers = 0
  return async () => {
    const request = madeToOrderCart(shop, ++buyers)
    const started = performance.now()
    try {
      const { order } = await startOnlineCheckout(payload, { tenantId: shop.tenant.id, request, siteOrigin: SITE })
      const placed = performance.now()
      const sessionId = order.payment?.stripeSessionId
      if (!sessionId) throw new Error(`Order ${order.reference} has no Checkout Session (state ${order.state})`)
      await world.emulator.pay(sessionId)
      await untilPaid(payload, order.id)
      return { ok: true, placeMs: placed - started, payMs: performance.now() - placed }
    } catch (error) {
      return { ok: false, error: (error as Error).message }
    }
  }
}

const madeToOrderCart = (shop: Shop, buyer: number): CheckoutRequest => ({
  items: [{ productId: String(shop.print.id), variantId: shop.a3, quantity: 1 }],
  email: `acheteur-${buyer}@example.fr`,
  name: `Acheteur ${buyer}`,
  deliveryMethodId: String(shop.delivery.id),
})

/** The webhook has been answered when pay() resolves, so one read normally finds the order paid. */
async function untilPaid(payload: Payload, orderId: number | string): Promise<void> {
  const deadline = performance.now() + PAID_WAIT_MS
  for (;;) {
    const order = await payload.findByID({ collection: 'orders', id: orderId, depth: 0, overrideAccess: true })
    if (order.state === 'paid') return
    if (performance.now() > deadline) throw new Error(`Order ${order.reference} still ${order.state} ${PAID_WAIT_MS / 1000} s after its webhook`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The sink parses mail after the SMTP exchange: counts once nothing has arrived for half a second. */
async function mailsOnceQuiet(sink: SmtpSink): Promise<number> {
  let count = -1
  for (let waited = 0; count !== sink.messages.length && waited < 10_000; waited += 500) {
    count = sink.messages.length
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return sink.messages.length
}

async function firstCancellationNote(payload: Payload): Promise<string | null> {
  const { docs } = await payload.find({ collection: 'orders', where: { state: { equals: 'cancelled' } }, sort: 'createdAt', limit: 1, depth: 0, overrideAccess: true })
  return docs[0]?.history?.at(-1)?.note ?? null
}

function summarize(outcomes: Outcome[], wallMs: number): Omit<CheckoutBenchResult, 'paidOrders' | 'mails' | 'firstCancellation'> {
  const done = outcomes.filter((outcome) => outcome.ok)
  const failed = outcomes.filter((outcome) => !outcome.ok)
  const figures = (values: number[]): Percentiles => {
    const sorted = [...values].sort((a, b) => a - b)
    return { p50: percentile(sorted, 0.5), p90: percentile(sorted, 0.9), p99: percentile(sorted, 0.99) }
  }
  return {
    completed: done.length,
    failures: failed.length,
    firstError: failed[0]?.error ?? null,
    wallMs,
    steps: {
      place: figures(done.map((outcome) => outcome.placeMs)),
      pay: figures(done.map((outcome) => outcome.payMs)),
      total: figures(done.map((outcome) => outcome.placeMs + outcome.payMs)),
    },
  }
}

function parseSettings(): { measure: boolean; settings: CheckoutBenchOptions } {
  const { values } = parseArgs({
    options: { measure: { type: 'boolean', default: false }, checkouts: { type: 'string' }, concurrency: { type: 'string' }, warmup: { type: 'string' } },
  })
  const count = (name: keyof CheckoutBenchOptions) => {
    const value = Number(values[name] ?? DEFAULTS[name])
    if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got "${values[name]}")`)
    return value
  }
  return { measure: values.measure, settings: { checkouts: count('checkouts'), concurrency: count('concurrency'), warmup: count('warmup') } }
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const { measure, settings } = parseSettings()
  if (measure) {
    const result = await measureHere(settings)
    process.send!(result, () => process.exit(0))
  } else {
    await benchCheckout(settings)
    process.exit(0)
  }
}
