import type { Payload } from 'payload'

import { giftCardCode, normaliseGiftCardCode } from '../../src/domain/commerce/order-reference'
import { money, type Money } from '../../src/domain/commerce/money'
import type { GiftCard } from '../payload-types'
import { addToCounter, takeFromCounter } from './atomic'
import { CommerceError } from './errors'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** A tenant's card by the code a buyer typed; another tenant's code is unknown here. */
export async function findGiftCard(payload: Payload, tenantId: Id, typed: string): Promise<GiftCard | null> {
  const { docs } = await payload.find({
    collection: 'gift-cards',
    where: { and: [{ tenant: { equals: tenantId } }, { code: { equals: normaliseGiftCardCode(typed) } }] },
    limit: 1,
    ...o,
  })
  return docs[0] ?? null
}

/** Makes a new card holding `amount` (a refund as credit, a card sold or offered) and records the issue. */
export async function issueGiftCard(
  payload: Payload,
  { tenantId, amount, email, origin, orderId, by, expiresAt }: { tenantId: Id; amount: Money; email?: string; origin: GiftCard['origin']; orderId?: Id; by: string; expiresAt?: Date },
): Promise<GiftCard> {
  if (amount.amount <= 0) throw CommerceError.of('invalid', 'amount', 'A gift card holds more than 0 €.')
  const card = await payload.create({
    collection: 'gift-cards',
    data: {
      tenant: tenantId as number,
      code: giftCardCode(),
      balance: amount.amount,
      currency: amount.currency,
      origin,
      ...(email ? { email } : {}),
      ...(orderId ? { order: orderId as number } : {}),
      ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
    },
    ...o,
  })
  await recordEntry(payload, { tenantId, cardId: card.id, kind: 'issue', amount: amount.amount, orderId, by })
  return card
}

/** Spends racing on one card re-read it this many times before giving up. */
const SPEND_ATTEMPTS = 5

/**
 * Spends up to `wanted` from a card: the balance is decremented by one conditional update, so two
 * tills spending the same card at the same moment can never take it below zero. When another
 * spend got there first, the card is read again and what is left is taken (a few times at most).
 * Returns what was actually taken (the whole balance when it is smaller than `wanted`).
 */
export async function spendGiftCard(
  payload: Payload,
  { tenantId, typedCode, wanted, orderId, by, now = new Date() }: { tenantId: Id; typedCode: string; wanted: Money; orderId?: Id; by: string; now?: Date },
): Promise<{ card: GiftCard; spent: Money; entryId: Id }> {
  for (let attempt = 0; attempt < SPEND_ATTEMPTS; attempt++) {
    const card = await findGiftCard(payload, tenantId, typedCode)
    if (!card) throw CommerceError.of('invalid', 'giftCardCode', 'This gift card code is not known on this site.', 'Ce code de carte cadeau est inconnu sur ce site.')
    if (card.expiresAt && new Date(card.expiresAt) <= now) {
      const day = new Date(card.expiresAt).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })
      throw CommerceError.of('invalid', 'giftCardCode', `This gift card expired on ${day}.`, `Cette carte cadeau a expiré le ${day}.`)
    }
    const amount = Math.min(card.balance, wanted.amount)
    if (amount <= 0) throw CommerceError.of('invalid', 'giftCardCode', 'This gift card has nothing left on it.', 'Cette carte cadeau est épuisée.')
    if (await takeFromCounter(payload, { collection: 'gift-cards', id: card.id, field: 'balance' }, amount)) {
      const entry = await recordEntry(payload, { tenantId, cardId: card.id, kind: 'spend', amount: -amount, orderId, by })
      return { card, spent: money(amount, wanted.currency), entryId: entry.id }
    }
  }
  throw CommerceError.of(
    'conflict',
    'giftCardCode',
    'The balance of this card kept changing while you paid; please try again.',
    'Le solde de cette carte a changé pendant votre paiement ; merci de réessayer.',
  )
}

/** Puts spent credit back on its card (an unpaid order expired or was cancelled). */
export async function restoreGiftCard(payload: Payload, { tenantId, cardId, amount, orderId, by }: { tenantId: Id; cardId: Id; amount: number; orderId?: Id; by: string }) {
  if (amount <= 0) return
  await addToCounter(payload, { collection: 'gift-cards', id: cardId, field: 'balance' }, amount)
  await recordEntry(payload, { tenantId, cardId, kind: 'restore', amount, orderId, by })
}

async function recordEntry(
  payload: Payload,
  { tenantId, cardId, kind, amount, orderId, by }: { tenantId: Id; cardId: Id; kind: 'issue' | 'spend' | 'restore' | 'expire'; amount: number; orderId?: Id; by: string },
) {
  return payload.create({
    collection: 'store-credit-entries',
    data: { tenant: tenantId as number, giftCard: cardId as number, kind, amount, by, ...(orderId ? { order: orderId as number } : {}) },
    ...o,
  })
}
