import { z } from 'zod'

import type { CartLine } from './cart-line'
import { priceAt, type PriceEvent } from './discounts'
import { money, type Currency, type Money } from './money'

/** At most this many of one item in one order: a cart is not a wholesale channel. */
export const MAX_QUANTITY = 99

const id = z.union([z.string().min(1).max(64), z.number().int().positive()]).transform(String)

/** One item as a browser or the box office sends it: ids and quantities, never prices. */
export const cartItemSchema = z.object({
  productId: id,
  variantId: z.string().max(64).optional(),
  quantity: z.number({ message: 'The quantity is a number.' }).int('The quantity is a whole number.').min(1, 'The quantity is at least 1.').max(MAX_QUANTITY, `At most ${MAX_QUANTITY} of one item per order.`),
  answers: z.record(z.string().max(200), z.string().max(1000)).optional(),
  /** A ticket: its performance, and the seat held for this cart or the general-admission zone. */
  performanceId: id.optional(),
  seatId: z.string().max(64).optional(),
  zoneId: z.string().max(64).optional(),
}).strict()
export type CartItem = z.infer<typeof cartItemSchema>

/** At most this many different items in one cart. */
export const MAX_CART_LINES = 50

export const cartItemsSchema = z.array(cartItemSchema).max(MAX_CART_LINES, `A cart holds at most ${MAX_CART_LINES} different items.`)

/** What the catalogue says about a product, read fresh from the database for each cart. */
export interface CatalogueProduct {
  id: string
  title: string
  active: boolean
  price: Money
  vatRateBp: number
  /** null: not counted (made to order). */
  stock: number | null
  sellerId?: string
  variants: { id: string; label: string; price?: Money; stock: number | null; category?: string }[]
  priceEvents: Omit<PriceEvent, 'productId'>[]
  questions: { label: string; required: boolean; choices: string[] }[]
  /** A ticket price of this event: its variants are seat categories (`category`). */
  ticketOf?: { eventId: string }
}

/** A cart line with what it points at: the product, its variant, the stock to take and the answers. */
export interface ResolvedLine extends CartLine {
  variantId?: string
  sellerId?: string
  /** Counted stock this line takes: where, and how many were left when the cart was read. */
  stock?: { variantId?: string; available: number }
  answers: { question: string; answer: string }[]
  /** The price event that set the price, when one did. */
  priceEvent?: string
  /** A ticket line: one seat (quantity 1) or places in a general-admission zone. */
  ticket?: TicketClaim
}

export interface TicketClaim {
  eventId: string
  performanceId: string
  /** The seat category or zone category the price is for. */
  category: string
  seatId?: string
  zoneId?: string
}

export interface CartProblem {
  /** Path in the request, e.g. `items.1.quantity`. */
  field: string
  message: string
  /** The same for a buyer on a French site. */
  fr?: string
}

export type ResolvedCart = { ok: true; lines: ResolvedLine[] } | { ok: false; problems: CartProblem[] }

/**
 * Turns requested items into priced lines using only the catalogue: prices, VAT rates and stock
 * come from the products, so a forged price in a request has nothing to land on. A product that
 * is not in `catalogue` (another tenant's, deleted, or made up) is refused by its position.
 */
export function resolveCart(items: readonly CartItem[], catalogue: ReadonlyMap<string, CatalogueProduct>, now: Date, currency: Currency = 'EUR'): ResolvedCart {
  const problems: CartProblem[] = []
  const lines: ResolvedLine[] = []
  const takenByStockKey = new Map<string, number>()
  items.forEach((item, index) => {
    const at = `items.${index}`
    const product = catalogue.get(item.productId)
    if (!product) return problems.push({ field: `${at}.productId`, message: 'This product is not sold on this site.', fr: 'Ce produit n’est pas vendu sur ce site.' })
    if (!product.active) return problems.push({ field: `${at}.productId`, message: `“${product.title}” is no longer on sale.`, fr: `« ${product.title} » n’est plus en vente.` })
    let variant: CatalogueProduct['variants'][number] | undefined
    if (product.variants.length > 0) {
      if (!item.variantId) return problems.push({ field: `${at}.variantId`, message: `Choose one of the options of “${product.title}”.`, fr: `Choisissez une déclinaison de « ${product.title} ».` })
      variant = product.variants.find((v) => v.id === item.variantId)
      if (!variant) return problems.push({ field: `${at}.variantId`, message: `“${product.title}” has no such option.`, fr: `« ${product.title} » n’existe pas dans cette déclinaison.` })
    } else if (item.variantId) {
      return problems.push({ field: `${at}.variantId`, message: `“${product.title}” has no options to choose from.`, fr: `« ${product.title} » n’a pas de déclinaisons.` })
    }
    const label = variant ? `${product.title} — ${variant.label}` : product.title
    const stock = variant ? variant.stock : product.stock
    if (stock !== null) {
      const key = `${product.id}:${variant?.id ?? ''}`
      const wanted = (takenByStockKey.get(key) ?? 0) + item.quantity
      takenByStockKey.set(key, wanted)
      if (wanted > stock) {
        return problems.push(
          stock === 0
            ? { field: `${at}.quantity`, message: `“${label}” is sold out.`, fr: `« ${label} » est épuisé.` }
            : { field: `${at}.quantity`, message: `Only ${stock} of “${label}” left.`, fr: `Il ne reste que ${stock} « ${label} ».` },
        )
      }
    }
    const ticket = ticketClaim(item, product, variant, at, problems)
    if (ticket === null) return
    const answers = answersFor(product, item.answers ?? {}, `${at}.answers`, problems)
    const base = variant?.price ?? product.price
    const events = product.priceEvents.map((event) => ({ ...event, productId: product.id }))
    const { price, event } = priceAt({ id: product.id, price: base }, events, now)
    lines.push({
      productId: product.id,
      label,
      unitPrice: money(price.amount, currency),
      quantity: item.quantity,
      vatRateBp: product.vatRateBp,
      answers,
      ...(variant ? { variantId: variant.id } : {}),
      ...(product.sellerId ? { sellerId: product.sellerId } : {}),
      ...(stock !== null ? { stock: { ...(variant ? { variantId: variant.id } : {}), available: stock } } : {}),
      ...(event ? { priceEvent: event.label } : {}),
      ...(ticket ? { ticket } : {}),
    })
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, lines }
}

/**
 * What a ticket item claims, checked as far as the catalogue tells: a ticket price needs its
 * performance and either one seat or a zone; anything else must not pretend to be a ticket.
 * Whether the performance, seat and zone exist and are held is the ticketing provider's check.
 * null: refused (the problem is recorded); undefined: not a ticket.
 */
function ticketClaim(item: CartItem, product: CatalogueProduct, variant: CatalogueProduct['variants'][number] | undefined, at: string, problems: CartProblem[]): TicketClaim | null | undefined {
  const refuse = (field: string, message: string, fr: string) => (problems.push({ field: `${at}.${field}`, message, fr }), null)
  if (!product.ticketOf) {
    if (item.performanceId || item.seatId || item.zoneId) return refuse('productId', `“${product.title}” is not a ticket.`, `« ${product.title} » n’est pas un billet.`)
    return undefined
  }
  if (!item.performanceId) return refuse('performanceId', 'Choose a performance for this ticket.', 'Choisissez une représentation pour ce billet.')
  if (!variant?.category) return refuse('variantId', `Choose a seat category for “${product.title}”.`, `Choisissez une catégorie de places pour « ${product.title} ».`)
  if (Boolean(item.seatId) === Boolean(item.zoneId)) return refuse('seatId', 'A ticket is for one seat or for a general-admission zone.', 'Un billet est pour une place numérotée ou pour une zone en placement libre.')
  if (item.seatId && item.quantity !== 1) return refuse('quantity', 'A numbered seat is one ticket.', 'Une place numérotée, c’est un billet.')
  return {
    eventId: product.ticketOf.eventId,
    performanceId: item.performanceId,
    category: variant.category,
    ...(item.seatId ? { seatId: item.seatId } : {}),
    ...(item.zoneId ? { zoneId: item.zoneId } : {}),
  }
}

/** Answers to a product's (or an order's) questions, checked: required ones given, choices among those offered. Problems go to `<at>.<index>`. */
export function answersFor(
  owner: { questions: CatalogueProduct['questions'] },
  given: Record<string, string>,
  at: string,
  problems: CartProblem[],
): { question: string; answer: string }[] {
  const answers: { question: string; answer: string }[] = []
  owner.questions.forEach((question, index) => {
    const answer = (given[String(index)] ?? given[question.label] ?? '').trim()
    const field = `${at}.${index}`
    if (answer === '') {
      if (question.required) problems.push({ field, message: `Please answer “${question.label}”.`, fr: `Merci de répondre à « ${question.label} ».` })
      return
    }
    if (question.choices.length > 0 && !question.choices.includes(answer)) {
      problems.push({ field, message: `“${answer}” is not one of the choices for “${question.label}”.`, fr: `« ${answer} » ne fait pas partie des choix de « ${question.label} ».` })
      return
    }
    answers.push({ question: question.label, answer })
  })
  return answers
}

/** A comma-separated list of choices typed by the tenant, cleaned. */
export function parseChoices(text: string | null | undefined): string[] {
  return (text ?? '').split(',').map((choice) => choice.trim()).filter(Boolean)
}
