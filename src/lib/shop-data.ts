// The shop's door from a tenant's site to the catalogue, carts and orders: like site-data.ts,
// every read and write adds the site's tenant, and nothing here takes a tenant from the request.
import type { Where } from 'payload'

import type { CartItem } from '../domain/commerce/cart-request'
import { cartItemSchema } from '../domain/commerce/cart-request'
import type { Cart, DeliveryMethod, Order, Product } from '../../cms/payload-types'
import { payloadClient } from './payload'
import type { Site } from './site'

export interface StoredCart {
  id?: number | string
  items: CartItem[]
  discountCode?: string
  giftCardCode?: string
}

export function shopData(site: Pick<Site, 'tenant'>) {
  const tenant = site.tenant.id
  const scoped = (where: Where = {}): Where => ({ and: [{ tenant: { equals: tenant } }, where] })
  const base = { overrideAccess: true } as const

  return {
    async products(): Promise<Product[]> {
      const payload = await payloadClient()
      // Ticket prices are sold from their event's page, not the shop's shelves.
      const { docs } = await payload.find({ collection: 'products', where: scoped({ and: [{ active: { not_equals: false } }, { kind: { not_equals: 'ticket' } }] }), sort: 'position', limit: 200, depth: 1, ...base })
      return docs
    },

    async product(slug: string): Promise<Product | null> {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'products', where: scoped({ and: [{ slug: { equals: slug } }, { active: { not_equals: false } }, { kind: { not_equals: 'ticket' } }] }), limit: 1, depth: 1, ...base })
      return docs[0] ?? null
    },

    async deliveryMethods(): Promise<DeliveryMethod[]> {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'delivery-methods', where: scoped({ active: { not_equals: false } }), sort: 'position', limit: 50, depth: 0, ...base })
      return docs
    },

    async order(reference: string): Promise<Order | null> {
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'orders', where: scoped({ reference: { equals: reference } }), limit: 1, depth: 0, ...base })
      return docs[0] ?? null
    },

    /** The cart behind a cookie token; items that no longer parse are dropped, never trusted. */
    async cart(token: string | undefined): Promise<StoredCart> {
      if (!token) return { items: [] }
      const payload = await payloadClient()
      const { docs } = await payload.find({ collection: 'carts', where: scoped({ token: { equals: token } }), limit: 1, depth: 0, ...base })
      const doc = docs[0] as Cart | undefined
      if (!doc) return { items: [] }
      const items = (Array.isArray(doc.items) ? doc.items : []).flatMap((item) => {
        const parsed = cartItemSchema.safeParse(item)
        return parsed.success ? [parsed.data] : []
      })
      return { id: doc.id, items, ...(doc.discountCode ? { discountCode: doc.discountCode } : {}), ...(doc.giftCardCode ? { giftCardCode: doc.giftCardCode } : {}) }
    },

    /** Deletes a cart once its items moved to another (an account's). */
    async dropCart(token: string): Promise<void> {
      const payload = await payloadClient()
      await payload.delete({ collection: 'carts', where: scoped({ token: { equals: token } }), depth: 0, ...base })
    },

    async saveCart(token: string, cart: StoredCart): Promise<void> {
      const payload = await payloadClient()
      const data = { items: cart.items, discountCode: cart.discountCode ?? null, giftCardCode: cart.giftCardCode ?? null }
      // A cart read by `cart(token)` carries its id (found under this tenant and token): no second lookup.
      const id = cart.id ?? (await payload.find({ collection: 'carts', where: scoped({ token: { equals: token } }), limit: 1, depth: 0, ...base })).docs[0]?.id
      if (id !== undefined) await payload.update({ collection: 'carts', id, data, depth: 0, ...base })
      else await payload.create({ collection: 'carts', data: { ...data, tenant: tenant as number, token }, depth: 0, ...base })
    },
  }
}
