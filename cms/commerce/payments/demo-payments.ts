// Card payments without a network: when no Stripe key is configured, the server runs our Stripe
// emulator beside itself, points the real SDK at it, and connects every shop to a fresh account
// (the emulator keeps nothing across restarts). With STRIPE_SECRET_KEY set, none of this runs.
import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { startStripeEmulator, type StripeEmulator } from '../stripe-emulator'
import { stripeClient } from './stripe'

export async function startDemoPayments({ appPort, emulatorPort = 0 }: { appPort: number; emulatorPort?: number }): Promise<StripeEmulator | null> {
  if (process.env.STRIPE_SECRET_KEY) return null
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`
  const emulator = await startStripeEmulator({
    port: emulatorPort,
    host: '127.0.0.1',
    webhookUrl: `http://127.0.0.1:${appPort}/api/stripe/webhook`,
    webhookSecret,
  })
  process.env.STRIPE_SECRET_KEY = 'sk_test_vitrine_emulator'
  process.env.STRIPE_API_URL = emulator.url
  process.env.STRIPE_WEBHOOK_SECRET = webhookSecret
  return emulator
}

/** Gives every shop an onboarded account on the emulator, as its owner would by clicking "Connect Stripe". */
export async function connectDemoShops(payload: Payload, emulator: StripeEmulator): Promise<number> {
  const { docs } = await payload.find({ collection: 'shop-settings', limit: 1000, depth: 0, overrideAccess: true, pagination: false })
  // All shops at once: server start-up waits for this.
  await Promise.all(
    docs.map(async (settings) => {
      const account = await stripeClient().accounts.create({ type: 'standard', country: 'FR' })
      const onboarded = await fetch(`${emulator.url}/connect/${account.id}`, { method: 'POST', redirect: 'manual' })
      if (onboarded.status >= 400) throw new Error(`The Stripe emulator refused to onboard ${account.id} (${onboarded.status}).`)
      await payload.update({ collection: 'shop-settings', id: settings.id, data: { stripeAccountId: account.id, stripeChargesEnabled: true }, depth: 0, overrideAccess: true })
    }),
  )
  return docs.length
}
