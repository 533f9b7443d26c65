import Stripe from 'stripe'

import type { StripeEmulatorOptions, StripeEvent } from './types'

/** The body Stripe posts: the event without our bookkeeping, pretty-printed as Stripe does. */
function eventPayload(event: StripeEvent): string {
  const { attempts: _attempts, ...wire } = event
  return JSON.stringify(wire, null, 2)
}

/**
 * POSTs the event, signed afresh, to the endpoint the options route it to and records the answer
 * on `event.attempts` (0 when unreachable). Failures are not retried: tests redeliver on purpose.
 */
export async function deliverEvent(event: StripeEvent, options: Pick<StripeEmulatorOptions, 'webhookUrl' | 'webhookSecret'>): Promise<number | undefined> {
  const target = typeof options.webhookUrl === 'function' ? options.webhookUrl(event) : options.webhookUrl
  if (target === undefined) return undefined
  const payload = eventPayload(event)
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: options.webhookSecret })
  const status = await post(target, payload, signature)
  event.attempts.push(status)
  return status
}

async function post(target: string, payload: string, signature: string): Promise<number> {
  try {
    const response = await fetch(target, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', 'Stripe-Signature': signature, 'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
      body: payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    })
    await response.body?.cancel()
    return response.status
  } catch {
    return 0
  }
}
