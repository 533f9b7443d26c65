import { MAX_QUANTITY, type CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import { priceAt } from '../../../src/domain/commerce/discounts'
import { multiply, sum, type Money } from '../../../src/domain/commerce/money'

/** A line of the sale being rung up. The quantity is kept as typed; `key` keeps rows stable as lines come and go. */
export interface SaleLine {
  key: number
  productId: string
  variantId?: string
  quantity: string
  /** Answers to the product's questions, by question index. */
  answers: Record<string, string>
}

export const soldOut = (product: CatalogueProduct) =>
  product.variants.length > 0 ? product.variants.every((variant) => variant.stock === 0) : product.stock === 0

/**
 * Adds one of a product: a simple product already in the sale gets one more, a product with
 * options or questions gets a line of its own (each may differ).
 */
export function addProduct(lines: readonly SaleLine[], product: CatalogueProduct, key: number): SaleLine[] {
  const simple = product.variants.length === 0 && product.questions.length === 0
  const existing = simple ? lines.find((line) => line.productId === product.id) : undefined
  if (existing) {
    const quantity = Math.min(MAX_QUANTITY, (Number(existing.quantity) || 0) + 1)
    return lines.map((line) => (line === existing ? { ...line, quantity: String(quantity) } : line))
  }
  return [...lines, { key, productId: product.id, quantity: '1', answers: {} }]
}

/** The unit price as the server will compute it (price events included, before discounts); unknown until an option is chosen. */
export function unitPrice(product: CatalogueProduct, variantId: string | undefined, now: Date): Money | undefined {
  const variant = product.variants.find((v) => v.id === variantId)
  if (product.variants.length > 0 && !variant) return undefined
  const events = product.priceEvents.map((event) => ({ ...event, productId: product.id }))
  return priceAt({ id: product.id, price: variant?.price ?? product.price }, events, now).price
}

export function lineAmount(line: SaleLine, product: CatalogueProduct | undefined, now: Date): Money | undefined {
  const quantity = Number(line.quantity)
  const price = product && unitPrice(product, line.variantId, now)
  return price && Number.isSafeInteger(quantity) && quantity > 0 ? multiply(price, quantity) : undefined
}

/** What the counter shows before recording: the lines it can price. The server prices the sale itself. */
export function displayTotal(lines: readonly SaleLine[], catalogue: ReadonlyMap<string, CatalogueProduct>, now: Date): Money {
  return sum(lines.flatMap((line) => lineAmount(line, catalogue.get(line.productId), now) ?? []))
}

/** The `items` of the box-office API: ids and quantities only, never prices. */
export function saleItems(lines: readonly SaleLine[]) {
  return lines.map((line) => {
    const answers = Object.fromEntries(Object.entries(line.answers).filter(([, answer]) => answer.trim() !== ''))
    return {
      productId: line.productId,
      ...(line.variantId ? { variantId: line.variantId } : {}),
      quantity: Number(line.quantity),
      ...(Object.keys(answers).length > 0 ? { answers } : {}),
    }
  })
}
