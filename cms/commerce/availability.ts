// How a vertical plugs what it sells into the one order flow: commerce owns money, payment and
// the order's state; each vertical decides availability. Ticketing adds seats and holds, prints
// add numbered editions — each as one more provider in the list below.
import type { Payload } from 'payload'

import type { ResolvedLine } from '../../src/domain/commerce/cart-request'
import type { Order } from '../payload-types'
import { ticketSales } from '../ticketing/ticket-sales'
import { giftCardSales } from './orders/gift-card-sales'
import { productStock } from './stock'

/** What an order being placed tells the providers besides its lines. */
export interface ReservationContext {
  tenantId: number | string
  /** The order's reference: what it holds is recorded under `order:<reference>`. */
  reference: string
  /** The cart (or till) that held seats before the order: its holds pass to the order. */
  holder?: string
  /** When the order's payment window closes. */
  until: Date
  now: Date
}

export interface AvailabilityProvider {
  name: string
  /**
   * Holds what the lines need when an order is placed, all or nothing: on a shortage it gives back
   * what it took and throws a CommerceError naming the line. Returns how to undo the hold (a later
   * step of the checkout failed).
   */
  reserve(payload: Payload, lines: readonly ResolvedLine[], context: ReservationContext): Promise<() => Promise<void>>
  /** Gives back what an unpaid order held (expired or cancelled); called once per order. */
  release(payload: Payload, order: Order): Promise<void>
  /** Makes the hold permanent, or delivers what was bought, once the order is paid; called once. */
  confirm(payload: Payload, order: Order, by: string): Promise<void>
  /** Takes back what was delivered once the order is refunded in full (tickets stop opening the door). */
  refunded?(payload: Payload, order: Order): Promise<void>
}

export const availabilityProviders: readonly AvailabilityProvider[] = [productStock, giftCardSales, ticketSales]

/** Reserves with every provider; if one refuses, the others' holds are undone before the error goes on. */
export async function reserveAll(payload: Payload, lines: readonly ResolvedLine[], context: ReservationContext): Promise<() => Promise<void>> {
  const undos: (() => Promise<void>)[] = []
  try {
    for (const provider of availabilityProviders) undos.push(await provider.reserve(payload, lines, context))
  } catch (error) {
    for (const undo of undos.reverse()) await undo()
    throw error
  }
  return async () => {
    for (const undo of undos.reverse()) await undo()
  }
}

export async function releaseAll(payload: Payload, order: Order): Promise<void> {
  for (const provider of availabilityProviders) await provider.release(payload, order)
}

export async function confirmAll(payload: Payload, order: Order, by: string): Promise<void> {
  for (const provider of availabilityProviders) await provider.confirm(payload, order, by)
}

export async function refundedAll(payload: Payload, order: Order): Promise<void> {
  for (const provider of availabilityProviders) await provider.refunded?.(payload, order)
}
