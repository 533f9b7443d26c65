import Stripe from 'stripe'

/**
 * The Stripe client. STRIPE_SECRET_KEY alone talks to Stripe; STRIPE_API_URL points the same SDK
 * at our emulator (the demo and the tests), e.g. http://127.0.0.1:12111.
 */
export function stripeClient(env: NodeJS.ProcessEnv = process.env): Stripe {
  const key = env.STRIPE_SECRET_KEY
  if (!key) throw new Error('STRIPE_SECRET_KEY is not set: card payments are off. `npm start` runs the local Stripe emulator and sets it.')
  const api = env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL) : null
  const cacheKey = `${key}|${env.STRIPE_API_URL ?? ''}`
  const cache = ((globalThis as { __vitrineStripe?: Map<string, Stripe> }).__vitrineStripe ??= new Map())
  let client = cache.get(cacheKey)
  if (!client) {
    client = new Stripe(key, {
      maxNetworkRetries: 2,
      ...(api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol.replace(':', '') as 'http' | 'https' } : {}),
    })
    cache.set(cacheKey, client)
  }
  return client
}

export function webhookSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.STRIPE_WEBHOOK_SECRET
  if (!secret) throw new Error('STRIPE_WEBHOOK_SECRET is not set: webhooks cannot be verified, so none is accepted.')
  return secret
}
