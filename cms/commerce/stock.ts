import type { Payload } from 'payload'

import type { ResolvedLine } from '../../src/domain/commerce/cart-request'
import type { Order } from '../payload-types'
import { relationId } from '../relation-id'
import { addToCounter, takeFromCounter, type Counter } from './atomic'
import type { AvailabilityProvider } from './availability'
import { CommerceError } from './errors'

/** Commerce's own availability: counted stock of products and variants. Verticals bring their own (seats, editions). */
interface StockClaim {
  productId: string
  variantId?: string
  quantity: number
}

const counterOf = (claim: StockClaim): Counter =>
  claim.variantId
    ? { collection: 'products', id: claim.productId, variantId: claim.variantId, field: 'stock' }
    : { collection: 'products', id: claim.productId, field: 'stock' }

/** What a line with counted stock takes. */
const claimOf = (line: ResolvedLine): StockClaim => ({ productId: line.productId, ...(line.stock?.variantId ? { variantId: line.stock.variantId } : {}), quantity: line.quantity })

/**
 * Takes every claim or none: when one runs short (another buyer was faster), what was already
 * taken is given back and the buyer is told which line.
 */
async function takeStock(payload: Payload, lines: readonly ResolvedLine[]): Promise<StockClaim[]> {
  const taken: StockClaim[] = []
  for (const [index, line] of lines.entries()) {
    if (!line.stock) continue
    const claim = claimOf(line)
    if (await takeFromCounter(payload, counterOf(claim), claim.quantity)) {
      taken.push(claim)
      continue
    }
    await releaseStock(payload, taken)
    throw CommerceError.of(
      'unavailable',
      `items.${index}.quantity`,
      `“${line.label}” has just sold out, or fewer than ${line.quantity} are left.`,
      `« ${line.label} » vient d’être épuisé, ou il en reste moins de ${line.quantity}.`,
    )
  }
  return taken
}

async function releaseStock(payload: Payload, claims: readonly StockClaim[]): Promise<void> {
  for (const claim of claims) await addToCounter(payload, counterOf(claim), claim.quantity)
}

/** The counted stock of the lines of an ended order, as it was taken. */
function claimsOfOrder(order: Order): StockClaim[] {
  return (order.lines ?? []).flatMap((line) => {
    const productId = relationId(line.product)
    if (!line.stockTaken || productId === undefined) return []
    return [{ productId: String(productId), ...(line.variantId ? { variantId: line.variantId } : {}), quantity: line.quantity }]
  })
}

/** Commerce's own availability provider: stock is taken at reservation, so payment has nothing to confirm. */
export const productStock: AvailabilityProvider = {
  name: 'product-stock',
  async reserve(payload, lines) {
    const claims = await takeStock(payload, lines)
    return () => releaseStock(payload, claims)
  },
  release: (payload, order) => releaseStock(payload, claimsOfOrder(order)),
  confirm: async () => undefined,
}
