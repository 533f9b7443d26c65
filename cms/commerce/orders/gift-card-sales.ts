import type { Payload } from 'payload'

import { allocate, money, type Currency } from '../../../src/domain/commerce/money'
import { giftCardMail } from '../../../src/domain/mail'
import type { Order } from '../../payload-types'
import type { AvailabilityProvider } from '../availability'
import { relationId } from '../../relation-id'
import { mailBrand, sendShopMail } from '../mail/send'
import { loadShop } from '../shop'
import { issueGiftCard } from '../store-credit'

/** How long a sold gift card can be spent: a year, the usual term in France. */
const GIFT_CARD_VALIDITY_DAYS = 365

/**
 * Gift cards bought in a paid order become cards with codes, one per unit, each worth what was
 * paid for it (a discounted card holds what it cost, never more); the buyer gets the codes by mail.
 * Called once per order, by the winner of the payment confirmation.
 */
export async function issuePurchasedGiftCards(payload: Payload, order: Order, by: string): Promise<string[]> {
  const productIds = [...new Set((order.lines ?? []).map((line) => relationId(line.product)).filter((id) => id !== undefined))]
  if (productIds.length === 0) return []
  const { docs } = await payload.find({ collection: 'products', where: { and: [{ id: { in: productIds } }, { kind: { equals: 'gift-card' } }] }, depth: 0, limit: productIds.length, overrideAccess: true })
  const giftCardProducts = new Set(docs.map((doc) => String(doc.id)))
  const lines = (order.lines ?? []).filter((line) => giftCardProducts.has(String(relationId(line.product))))
  if (lines.length === 0) return []
  const tenantId = relationId(order.tenant)!
  const currency = (order.currency ?? 'EUR') as Currency
  const expiresAt = new Date(Date.now() + GIFT_CARD_VALIDITY_DAYS * 24 * 3600 * 1000)
  const shop = await loadShop(payload, tenantId)
  const brand = mailBrand(shop, order.siteOrigin)
  const codes: string[] = []
  for (const line of lines) {
    for (const value of allocate(money(line.amount, currency), Array(line.quantity).fill(1))) {
      if (value.amount <= 0) continue
      const card = await issueGiftCard(payload, { tenantId, amount: value, email: order.email, origin: 'sold', orderId: order.id, by, expiresAt })
      codes.push(card.code)
      await sendShopMail(payload, shop, { to: order.email, kind: 'gift-card', orderId: order.id, mail: giftCardMail(brand, { code: card.code, amount: value, expiresAt, ...(order.name ? { from: order.name } : {}) }) })
    }
  }
  return codes
}

/** Gift cards hold nothing while unpaid; paying for them issues them. */
export const giftCardSales: AvailabilityProvider = {
  name: 'gift-cards',
  reserve: async () => async () => undefined,
  release: async () => undefined,
  confirm: async (payload, order, by) => void (await issuePurchasedGiftCards(payload, order, by)),
}
