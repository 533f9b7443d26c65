/**
 * The objects the emulator keeps, shaped like Stripe's wire objects (only the fields we use).
 * `account` (the connected account an object lives on, null on the platform) and `line_items` are
 * our bookkeeping: they are left out of API responses and events, as Stripe leaves them out.
 */
export interface Owned {
  account: string | null
}

export interface LineItem {
  id: string
  object: 'item'
  description: string
  quantity: number
  currency: string
  amount_subtotal: number
  amount_total: number
  price: { id: string; object: 'price'; currency: string; unit_amount: number; product: string }
}

export interface CheckoutSession extends Owned {
  id: string
  object: 'checkout.session'
  mode: 'payment'
  url: string | null
  status: 'open' | 'complete' | 'expired'
  payment_status: 'unpaid' | 'paid'
  amount_subtotal: number
  amount_total: number
  currency: string
  customer_email: string | null
  /** Filled at payment with the email typed on the hosted page. */
  customer_details: { email: string } | null
  client_reference_id: string | null
  metadata: Record<string, string>
  success_url: string
  cancel_url: string | null
  expires_at: number
  created: number
  payment_intent: string | null
  livemode: false
  line_items: LineItem[]
  /** Kept until payment, when the PaymentIntent is created from it. */
  payment_intent_data: { application_fee_amount: number | null; metadata: Record<string, string> }
}

export interface PaymentIntent extends Owned {
  id: string
  object: 'payment_intent'
  amount: number
  amount_received: number
  currency: string
  status: 'succeeded'
  application_fee_amount: number | null
  latest_charge: string
  metadata: Record<string, string>
  receipt_email: string | null
  created: number
  livemode: false
}

export interface Charge extends Owned {
  id: string
  object: 'charge'
  amount: number
  amount_captured: number
  amount_refunded: number
  refunded: boolean
  paid: true
  status: 'succeeded'
  currency: string
  payment_intent: string
  application_fee_amount: number | null
  metadata: Record<string, string>
  created: number
  livemode: false
}

export interface Refund extends Owned {
  id: string
  object: 'refund'
  amount: number
  currency: string
  charge: string
  payment_intent: string
  metadata: Record<string, string>
  reason: string | null
  status: 'succeeded'
  created: number
}

export interface Account {
  id: string
  object: 'account'
  type: string
  country: string
  email: string | null
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  created: number
}

export interface StripeEvent {
  id: string
  object: 'event'
  type: string
  created: number
  livemode: false
  api_version: string
  account?: string
  data: { object: Record<string, unknown> }
  /** Our bookkeeping, not sent: the HTTP status of each delivery, 0 when the endpoint was unreachable. */
  attempts: number[]
}

export interface StripeEmulatorOptions {
  /** 0 (the default) takes any free port. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Public origin browsers use for the hosted pages; default http://<host>:<port>. */
  publicUrl?: string
  /** Where events are POSTed (JSON body, Stripe-Signature header); a function can route per connected account. */
  webhookUrl?: string | ((event: StripeEvent) => string | undefined)
  /** whsec_… used to sign each delivery. */
  webhookSecret: string
  /** Secret keys accepted in `Authorization: Bearer`; default: any key starting with sk_test_. */
  secretKeys?: readonly string[]
}

export interface StripeEmulator {
  url: string
  host: string
  port: number
  /** `new Stripe(key, emulator.sdkOptions)` talks to the emulator. */
  sdkOptions: { host: string; port: number; protocol: 'http' }
  sessions: ReadonlyMap<string, CheckoutSession>
  /** Every event created, in order. */
  events: readonly StripeEvent[]
  /** Pays as the hosted page would (default card 4242…), awaits the webhook, returns the session. */
  pay(sessionId: string, card?: string): Promise<CheckoutSession>
  /** Sends an event again (same id, fresh signature); resolves to the endpoint's HTTP status, 0 if unreachable. */
  redeliver(eventId: string): Promise<number>
  /** Expires an open session as Stripe does after expires_at, and awaits checkout.session.expired. */
  expire(sessionId: string): Promise<void>
  close(): Promise<void>
}
