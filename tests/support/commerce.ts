// The payment world of a commerce test: a real SMTP sink, our Stripe emulator driven by the real
// SDK, and a webhook receiver that hands each signed delivery to the app's own handler.
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'
import Stripe from 'stripe'

import { startStripeEmulator, type StripeEmulator } from '../../cms/commerce/stripe-emulator'
import { startSmtpSink, type SmtpSink } from './smtp-sink'

export interface PaymentWorld {
  sink: SmtpSink
  emulator: StripeEmulator
  stripe: Stripe
  /** Statuses our webhook handler answered, in order. */
  webhookStatuses: number[]
  /** Sends a raw body with a given signature to the app's handler, as a forger would. */
  postWebhook(body: string, signature: string | null): Promise<number>
  close(): Promise<void>
}

/**
 * Starts the sink and sets the environment (SMTP_URL, Stripe keys) before Payload boots, then the
 * emulator whose webhooks reach `handleStripeWebhook` through a real HTTP hop.
 */
export async function startPaymentWorld(boot: () => Promise<Payload>): Promise<{ payload: Payload; world: PaymentWorld }> {
  const sink = await startSmtpSink()
  const secret = `whsec_${randomBytes(12).toString('hex')}`
  process.env.SMTP_URL = sink.url
  process.env.STRIPE_SECRET_KEY = 'sk_test_vitrine'
  process.env.STRIPE_WEBHOOK_SECRET = secret
  process.env.MAIL_FROM_ADDRESS = 'ventes@vitrine.test'
  const payload = await boot()
  const { handleStripeWebhook } = await import('../../cms/commerce/payments/webhook')
  const webhookStatuses: number[] = []
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const signature = request.headers['stripe-signature']
    const result = await handleStripeWebhook(payload, Buffer.concat(chunks).toString('utf8'), typeof signature === 'string' ? signature : null)
    webhookStatuses.push(result.status)
    response.writeHead(result.status, { 'content-type': 'application/json' }).end(JSON.stringify(result))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/stripe/webhook`
  const emulator = await startStripeEmulator({ webhookUrl, webhookSecret: secret })
  process.env.STRIPE_API_URL = emulator.url
  const stripe = new Stripe('sk_test_vitrine', { ...emulator.sdkOptions, maxNetworkRetries: 0 })
  const world: PaymentWorld = {
    sink,
    emulator,
    stripe,
    webhookStatuses,
    async postWebhook(body, signature) {
      const response = await fetch(webhookUrl, { method: 'POST', body, headers: signature ? { 'stripe-signature': signature } : {} })
      return response.status
    },
    async close() {
      await emulator.close()
      await new Promise((resolve) => server.close(resolve))
      await sink.close()
    },
  }
  return { payload, world }
}

/** A connected account that finished onboarding on the emulator. */
export async function onboardedAccount(world: PaymentWorld): Promise<string> {
  const account = await world.stripe.accounts.create({ type: 'standard', country: 'FR' })
  const response = await fetch(`${world.emulator.url}/connect/${account.id}`, { method: 'POST', redirect: 'manual' })
  if (response.status >= 400) throw new Error(`Onboarding ${account.id} failed with ${response.status}`)
  return account.id
}

const o = { overrideAccess: true, depth: 0 } as const

/**
 * A tenant that sells: a print in two sizes (A4 counted, A3 made to order), a book at 5.5 % with
 * 3 in stock, a delivery method, a 10 % code, an order fee, and a Stripe account ready to charge.
 */
export async function makeShop(payload: Payload, world: PaymentWorld | null, slug: string) {
  const tenant = await payload.create({ collection: 'tenants', data: { name: `Boutique ${slug}`, slug, contactEmail: `owner@${slug}.example` }, ...o })
  const account = world ? await onboardedAccount(world) : undefined
  await payload.create({
    collection: 'shop-settings',
    data: {
      tenant: tenant.id,
      ...(account ? { stripeAccountId: account, stripeChargesEnabled: true } : {}),
      senderName: `Boutique ${slug}`,
      salesNotificationEmail: `ventes@${slug}.example`,
      fees: [{ label: 'Frais de service', per: 'order', kind: 'fixed', amount: 100, vatRate: '2000', passedToBuyer: true }],
    },
    ...o,
  })
  const print = await payload.create({
    collection: 'products',
    data: {
      tenant: tenant.id,
      title: 'Tirage Brume',
      slug: 'tirage-brume',
      kind: 'print',
      price: 4500,
      vatRate: '2000',
      variants: [
        { label: 'A4', price: 4500, stock: 5 },
        { label: 'A3', price: 6500 },
      ],
    },
    ...o,
  })
  const book = await payload.create({ collection: 'products', data: { tenant: tenant.id, title: 'Le Livre', slug: 'le-livre', kind: 'book', price: 2200, vatRate: '550', stock: 3 }, ...o })
  const delivery = await payload.create({ collection: 'delivery-methods', data: { tenant: tenant.id, label: 'Colissimo', price: 690, vatRate: '2000' }, ...o })
  const discount = await payload.create({ collection: 'discounts', data: { tenant: tenant.id, code: 'bienvenue', kind: 'percent', percent: 10 }, ...o })
  const a4 = print.variants![0]!.id!
  const a3 = print.variants![1]!.id!
  return { tenant, account, print, a4, a3, book, delivery, discount }
}
