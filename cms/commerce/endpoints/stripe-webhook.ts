import type { Endpoint } from 'payload'

import { handleStripeWebhook } from '../payments/webhook'

/** POST /api/stripe/webhook — Stripe's deliveries, verified by signature on the raw body. */
export const stripeWebhookEndpoint: Endpoint = {
  path: '/stripe/webhook',
  method: 'post',
  handler: async (req) => {
    const raw = req.text ? await req.text() : ''
    const result = await handleStripeWebhook(req.payload, raw, req.headers.get('stripe-signature'))
    return result.status === 200 ? Response.json({ received: true, outcome: result.outcome }) : Response.json({ error: { code: 'bad_signature', message: result.error } }, { status: 400 })
  },
}
