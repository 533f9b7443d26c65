import type { Payload } from 'payload'

import { answersFor, resolveCart, type CartProblem, type ResolvedLine } from '../../../src/domain/commerce/cart-request'
import { priceCart, type PricedCart } from '../../../src/domain/commerce/cart-totals'
import type { CheckoutRequest } from '../../../src/domain/commerce/checkout-request'
import { normaliseDiscountCode } from '../../../src/domain/commerce/discounts'
import { money, subtract, zero, type Money } from '../../../src/domain/commerce/money'
import { orderReference } from '../../../src/domain/commerce/order-reference'
import type { Order } from '../../payload-types'
import { relationValue } from '../../relation-id'
import { loadCatalogue } from '../catalogue'
import { reserveAll } from '../availability'
import { CommerceError } from '../errors'
import { loadDeliveryMethod, loadDiscount, loadShop, type Shop } from '../shop'
import { restoreGiftCard, spendGiftCard } from '../store-credit'
import { describeTicketLines, ticketLineFields } from '../../ticketing/ticket-sales'

type Id = number | string

/**
 * How long an unpaid online order holds its stock before it expires. Stripe wants a session to
 * live at least 30 minutes from its creation, a little after the order's: hence 35.
 */
export const PAYMENT_WINDOW_MS = 35 * 60 * 1000

export interface PlaceOrderInput {
  tenantId: Id
  request: CheckoutRequest
  channel: Order['channel']
  /** Who placed it: `visitor`, or `user:<id>` at the box office. */
  by: string
  siteOrigin?: string
  /** The customer record of the logged-in buyer's account, when there is one. */
  customerId?: Id
  /** The cart token (or till session) holding seats for this order, when it has tickets. */
  holder?: string
  now?: Date
}

export interface PricedRequest {
  shop: Shop
  lines: ResolvedLine[]
  priced: PricedCart
  discountId?: Id
  deliveryMethodId?: Id
  answers: { question: string; answer: string }[]
  /** Where each ticket line goes ("Orchestre, rang C, place 12"), by line; undefined for other lines. */
  places: (string | undefined)[]
}

/** What pricing reads from a request: a cart page quotes with this before the buyer gives an email. */
export type QuoteRequest = Pick<CheckoutRequest, 'items' | 'deliveryMethodId' | 'discountCode' | 'answers'>

/**
 * Prices a checkout request from the database alone and lists every problem by field: unknown or
 * foreign products, options, stock, answers, delivery, discount. Nothing is written.
 */
export async function priceRequest(payload: Payload, tenantId: Id, request: QuoteRequest, now = new Date()): Promise<PricedRequest> {
  const shop = await loadShop(payload, tenantId)
  const catalogue = await loadCatalogue(payload, tenantId, request.items.map((item) => item.productId))
  const problems: CartProblem[] = []
  const resolved = resolveCart(request.items, catalogue, now)
  if (!resolved.ok) problems.push(...resolved.problems)
  const answers = answersFor({ questions: shop.orderQuestions }, request.answers ?? {}, 'answers', problems)
  const delivery = request.deliveryMethodId ? await loadDeliveryMethod(payload, tenantId, request.deliveryMethodId) : null
  if (request.deliveryMethodId && !delivery) problems.push({ field: 'deliveryMethodId', message: 'This delivery method is not offered here.', fr: 'Ce mode de livraison n’est pas proposé ici.' })
  const discount = request.discountCode ? await loadDiscount(payload, tenantId, normaliseDiscountCode(request.discountCode)) : null
  if (request.discountCode && !discount) {
    const code = normaliseDiscountCode(request.discountCode)
    problems.push({ field: 'discountCode', message: `The code ${code} does not exist on this site.`, fr: `Le code ${code} n’existe pas sur ce site.` })
  }
  const tickets = resolved.ok ? await describeTicketLines(payload, tenantId, resolved.lines, { ...(request.deliveryMethodId ? { deliveryMethodId: request.deliveryMethodId } : {}), now }) : { problems: [], places: [] }
  problems.push(...tickets.problems)
  if (!resolved.ok || problems.length > 0) throw new CommerceError('invalid', problems)
  const priced = priceCart(resolved.lines, {
    fees: shop.fees,
    ...(delivery ? { delivery } : {}),
    ...(discount ? { discount: { code: discount.code, now } } : {}),
  })
  if (priced.discountRefusal) throw CommerceError.of('invalid', 'discountCode', priced.discountRefusal.message, priced.discountRefusal.fr)
  return {
    shop,
    lines: resolved.lines,
    priced,
    answers,
    places: tickets.places,
    ...(discount ? { discountId: discount.id } : {}),
    ...(delivery ? { deliveryMethodId: delivery.id } : {}),
  }
}

/**
 * Places an order in steps, each undone if a later one fails (Medusa's compensation): price from
 * the catalogue, take counted stock, spend store credit, write the pending order. What is left to
 * pay (`due`) goes to Stripe online or to the till at the box office.
 */
export async function placeOrder(payload: Payload, input: PlaceOrderInput): Promise<{ order: Order; due: Money; pricing: PricedRequest }> {
  const now = input.now ?? new Date()
  const pricing = await priceRequest(payload, input.tenantId, input.request, now)
  const { priced } = pricing
  const reference = orderReference()
  const expiresAt = new Date(now.getTime() + PAYMENT_WINDOW_MS)
  const undoReservations = await reserveAll(payload, pricing.lines, { tenantId: input.tenantId, reference, until: expiresAt, now, ...(input.holder ? { holder: input.holder } : {}) })
  let credit: { cardId: Id; amount: number; entryId: Id } | undefined
  try {
    if (input.request.giftCardCode && priced.total.amount > 0) {
      const { card, spent, entryId } = await spendGiftCard(payload, { tenantId: input.tenantId, typedCode: input.request.giftCardCode, wanted: priced.total, by: input.by, now })
      credit = { cardId: card.id, amount: spent.amount, entryId }
    }
    const order = await payload.create({
      collection: 'orders',
      data: orderData(input, pricing, credit, { reference, expiresAt, now }),
      overrideAccess: true,
      depth: 0,
    })
    if (credit) await payload.update({ collection: 'store-credit-entries', id: credit.entryId, data: { order: order.id }, overrideAccess: true, depth: 0 })
    return { order, due: subtract(priced.total, money(credit?.amount ?? 0)), pricing }
  } catch (error) {
    await undoReservations()
    if (credit) await restoreGiftCard(payload, { tenantId: input.tenantId, cardId: credit.cardId, amount: credit.amount, by: 'checkout-rollback' })
    throw error
  }
}

function orderData(input: PlaceOrderInput, pricing: PricedRequest, credit: { cardId: Id; amount: number } | undefined, { reference, expiresAt, now }: { reference: string; expiresAt: Date; now: Date }) {
  const { priced, lines } = pricing
  const { request } = input
  return {
    tenant: input.tenantId as number,
    reference,
    state: 'pending' as const,
    channel: input.channel,
    email: request.email,
    ...(request.name ? { name: request.name } : {}),
    ...(request.phone ? { phone: request.phone } : {}),
    marketingOptIn: request.marketingOptIn === true,
    ...(request.address ? { address: request.address } : {}),
    ...(input.siteOrigin ? { siteOrigin: input.siteOrigin } : {}),
    ...(input.customerId !== undefined ? { customer: relationValue(input.customerId) } : {}),
    currency: priced.currency,
    lines: priced.lines.map((line, index) => ({
      product: relationValue(line.productId),
      ...(lines[index]!.variantId ? { variantId: lines[index]!.variantId } : {}),
      label: line.label,
      quantity: line.quantity,
      unitPrice: line.unitPrice.amount,
      gross: line.gross.amount,
      discount: line.discount.amount,
      amount: line.amount.amount,
      vatRateBp: line.vatRateBp,
      ...(lines[index]!.sellerId ? { seller: relationValue(lines[index]!.sellerId!) } : {}),
      stockTaken: Boolean(lines[index]!.stock),
      answers: lines[index]!.answers,
      ...ticketLineFields(lines[index]!, pricing.places[index]),
    })),
    feeLines: [...priced.feeLines, ...priced.sellerFeeLines, ...(priced.deliveryLine ? [priced.deliveryLine] : [])].map((fee) => ({
      kind: fee.kind,
      label: fee.label,
      amount: fee.amount.amount,
      vatRateBp: fee.vatRateBp,
      passedToBuyer: fee.passedToBuyer,
    })),
    ...(pricing.deliveryMethodId ? { deliveryMethod: relationValue(pricing.deliveryMethodId) } : {}),
    ...(pricing.discountId ? { discount: relationValue(pricing.discountId), discountCode: normaliseDiscountCode(request.discountCode ?? '') } : {}),
    subtotal: priced.subtotal.amount,
    discountTotal: priced.discountTotal.amount,
    total: priced.total.amount,
    refunded: zero(priced.currency).amount,
    vat: priced.vat as unknown as Record<string, unknown>,
    answers: pricing.answers,
    payment: { storeCredit: credit?.amount ?? 0, ...(credit ? { giftCard: credit.cardId as number } : {}) },
    expiresAt: expiresAt.toISOString(),
    released: false,
    history: [{ to: 'pending', event: 'create', by: input.by, at: now.toISOString(), note: `${input.channel}` }],
  }
}
