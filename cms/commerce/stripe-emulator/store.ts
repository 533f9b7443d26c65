import { randomInt } from 'node:crypto'

import Stripe from 'stripe'

import type { Account, Charge, CheckoutSession, PaymentIntent, Refund, StripeEvent } from './types'

/** Everything the emulator knows, in memory; it lives as long as the server. */
export interface Store {
  accounts: Map<string, Account>
  sessions: Map<string, CheckoutSession>
  paymentIntents: Map<string, PaymentIntent>
  charges: Map<string, Charge>
  refunds: Map<string, Refund>
  events: StripeEvent[]
  /** Answers by idempotency key, with the body they were given for. */
  idempotency: Map<string, { requestBody: string; answer: Answer }>
}

export interface Answer {
  status: number
  body: unknown
}

export function createStore(): Store {
  return { accounts: new Map(), sessions: new Map(), paymentIntents: new Map(), charges: new Map(), refunds: new Map(), events: [], idempotency: new Map() }
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** `cs_test_` + 24 random base62 characters, like Stripe's test-mode ids. */
export function newId(prefix: string): string {
  return prefix + Array.from({ length: 24 }, () => BASE62[randomInt(BASE62.length)]).join('')
}

export function unixNow(): number {
  return Math.floor(Date.now() / 1000)
}

// Our bookkeeping fields, never on the wire (see types.ts).
const BOOKKEEPING = new Set(['account', 'line_items', 'payment_intent_data'])

/** The object as Stripe would send it: a copy, so an event keeps the state it was created with. */
export function toWire(object: object): Record<string, unknown> {
  return structuredClone(Object.fromEntries(Object.entries(object).filter(([key]) => !BOOKKEEPING.has(key))))
}

export function recordEvent(store: Store, type: string, object: object, account: string | null): StripeEvent {
  const event: StripeEvent = {
    id: newId('evt_'),
    object: 'event',
    type,
    created: unixNow(),
    livemode: false,
    api_version: Stripe.API_VERSION,
    ...(account === null ? {} : { account }),
    data: { object: toWire(object) },
    attempts: [],
  }
  store.events.push(event)
  return event
}
