export { startStripeEmulator } from './server'
export type { Account, Charge, CheckoutSession, LineItem, PaymentIntent, Refund, StripeEmulator, StripeEmulatorOptions, StripeEvent } from './types'
