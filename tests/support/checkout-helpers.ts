// Small steps of commerce stories: pay on the emulator's hosted page, wait for the webhook's
// effect, read back what a person would check (an order, a stock, a gift card and its ledger).
import type { Payload } from 'payload'

import { CommerceError } from '../../cms/commerce/errors'

const o = { overrideAccess: true, depth: 0 } as const

/** Pays on the emulator's hosted page as a browser does; returns where the buyer is sent back. */
export async function payOnHostedPage(url: string, email: string, card = '4242 4242 4242 4242'): Promise<Response> {
  const page = await fetch(url)
  if (page.status !== 200) throw new Error(`The hosted payment page answered ${page.status}`)
  return fetch(url, { method: 'POST', body: new URLSearchParams({ email, card_number: card }), redirect: 'manual' })
}

/** Paid and its payment recorded: the state flips first (the winning conditional update), the details follow. */
export const isSettled = (order: { state: string; payment?: { paidAt?: string | null } | null }) => order.state === 'paid' && Boolean(order.payment?.paidAt)

export async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  for (let waited = 0; waited < 10_000; waited += 25) {
    const value = await read()
    if (ok(value)) return value
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`Timed out waiting for ${what}`)
}

export const orderNow = (payload: Payload, id: number | string) => payload.findByID({ collection: 'orders', id, ...o })
export const productNow = (payload: Payload, id: number | string) => payload.findByID({ collection: 'products', id, ...o })

/** A gift card as the till sees it, and the sum of its ledger: the two must agree. */
export async function giftCardWithLedger(payload: Payload, cardId: number | string) {
  const card = await payload.findByID({ collection: 'gift-cards', id: cardId, ...o })
  const { docs: entries } = await payload.find({ collection: 'store-credit-entries', where: { giftCard: { equals: cardId } }, sort: 'createdAt', pagination: false, ...o })
  return { card, entries, ledgerSum: entries.reduce((sum, entry) => sum + entry.amount, 0) }
}

/** What a refused call said: its CommerceError code and problems; fails if it was accepted or threw something else. */
export async function refusal(work: Promise<unknown>): Promise<{ code: CommerceError['code']; problems: { field: string; message: string }[] }> {
  try {
    await work
  } catch (error) {
    if (error instanceof CommerceError) return { code: error.code, problems: error.problems }
    throw error
  }
  throw new Error('The call was accepted')
}

/** Money as our mails and messages print it, with the narrow spaces made plain for matching. */
export const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
