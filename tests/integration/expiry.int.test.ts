// Unpaid orders do not hold stock for ever: the sweep expires their Stripe session first, then
// gives back what they held, once, whichever of the sweep and Stripe's webhook comes first.
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expireOverdueOrders } from '../../cms/commerce/orders/lifecycle'
import { startOnlineCheckout } from '../../cms/commerce/orders/online-checkout'
import { PAYMENT_WINDOW_MS } from '../../cms/commerce/orders/place-order'
import { orderNow, payOnHostedPage, productNow, until } from '../support/checkout-helpers'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let shop: Awaited<ReturnType<typeof makeShop>>

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  shop = await makeShop(payload, world, 'sweep')
})
afterAll(async () => world?.close())

const buyBook = () =>
  startOnlineCheckout(payload, { tenantId: shop.tenant.id, request: { items: [{ productId: String(shop.book.id), quantity: 1 }], email: 'late@example.fr' }, siteOrigin: 'http://sweep.test' })

describe('the expiry sweep', () => {
  it('leaves orders inside their window alone, then expires the session and releases the stock once', async () => {
    const { order } = await buyBook()
    expect((await productNow(payload, shop.book.id)).stock).toBe(2)
    expect(await expireOverdueOrders(payload)).toBe(0)
    expect((await orderNow(payload, order.id)).state).toBe('pending')

    const later = new Date(Date.now() + PAYMENT_WINDOW_MS + 60_000)
    const [first, second] = await Promise.all([expireOverdueOrders(payload, later), expireOverdueOrders(payload, later)])
    expect(first + second).toBe(1)
    const expired = await until(() => orderNow(payload, order.id), (current) => current.state === 'expired', 'expiry')
    expect(expired.history!.filter((entry) => entry.to === 'expired')).toHaveLength(1)
    expect(world.emulator.sessions.get(order.payment!.stripeSessionId!)!.status).toBe('expired')
    expect((await productNow(payload, shop.book.id)).stock).toBe(3)
    // Stripe's own expired webhook arrives after: nothing more is given back.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect((await productNow(payload, shop.book.id)).stock).toBe(3)
  })

  it('does not expire an order whose session was paid meanwhile', async () => {
    const { order, redirectTo } = await buyBook()
    await payOnHostedPage(redirectTo, 'late@example.fr')
    await until(() => orderNow(payload, order.id), (current) => current.state === 'paid', 'payment')
    expect(await expireOverdueOrders(payload, new Date(Date.now() + PAYMENT_WINDOW_MS + 60_000))).toBe(0)
    expect((await orderNow(payload, order.id)).state).toBe('paid')
  })
})
