import { add, compare, formatMoney, subtract, zero, type Money } from './money'

export const ORDER_STATES = ['pending', 'paid', 'fulfilled', 'cancelled', 'expired', 'partially_refunded', 'refunded'] as const
export type OrderState = (typeof ORDER_STATES)[number]

/** `refund` carries its amount: the order becomes refunded when everything paid has been given back. */
export type OrderEvent = { type: 'pay' } | { type: 'fulfil' } | { type: 'cancel' } | { type: 'expire' } | { type: 'refund'; amount: Money }
export type OrderEventType = OrderEvent['type']

export interface TransitionContext {
  /** Who did it: a user id, or a system actor such as `stripe-webhook` or `expiry-job`. */
  by: string
  at: Date
  note?: string
}

export interface OrderTransition {
  from: OrderState | null
  to: OrderState
  event: OrderEventType | 'create'
  by: string
  at: Date
  amount?: Money
  note?: string
}

/** The part of an order the state machine reads and writes; the rest of the order passes through. */
export interface OrderFacts {
  state: OrderState
  /** What the buyer pays (VAT included). */
  total: Money
  /** Sum of all refunds so far. */
  refunded: Money
  history: readonly OrderTransition[]
}

/**
 * What a vertical does as an order moves, so commerce stays the same for tickets, prints and books:
 * `reserve` holds seats or stock when the order is created (pending), `confirm` makes the hold
 * permanent once paid, `release` gives seats or stock back when the order is cancelled, expires
 * or is refunded. Each must be idempotent: payment webhooks can be delivered twice.
 */
export interface OrderLifecycleHooks<Order> {
  reserve(order: Order): Promise<void>
  confirm(order: Order): Promise<void>
  release(order: Order): Promise<void>
}

const STATE_WORDS: Record<OrderState, string> = {
  pending: 'pending',
  paid: 'paid',
  fulfilled: 'fulfilled',
  cancelled: 'cancelled',
  expired: 'expired',
  partially_refunded: 'partially refunded',
  refunded: 'refunded',
}

/** Where each event may take an order; refund's target depends on the amount (see `transition`). */
const ALLOWED: Record<OrderEventType, readonly OrderState[]> = {
  pay: ['pending'],
  // A partly refunded order can still be delivered: one damaged print refunded, the others shipped.
  fulfil: ['paid', 'partially_refunded'],
  cancel: ['pending'],
  expire: ['pending'],
  refund: ['paid', 'fulfilled', 'partially_refunded'],
}

/** The states of an order that was paid, whatever happened to it after. */
export const PAID_STATES = ['paid', 'fulfilled', 'partially_refunded', 'refunded'] as const satisfies readonly OrderState[]
export const isPaidState = (state: string): boolean => (PAID_STATES as readonly string[]).includes(state)
/** Where a refund may start from. */
export const REFUNDABLE_STATES = ALLOWED.refund

const TARGET: Record<Exclude<OrderEventType, 'refund'>, OrderState> = {
  pay: 'paid',
  fulfil: 'fulfilled',
  cancel: 'cancelled',
  expire: 'expired',
}

const HINTS: Partial<Record<`${OrderEventType}:${OrderState}`, string>> = {
  'cancel:paid': 'refund it instead',
  'cancel:fulfilled': 'refund it instead',
  'cancel:partially_refunded': 'refund the rest instead',
  'refund:pending': 'nothing has been paid yet; cancel it instead',
  'fulfil:pending': 'it has not been paid yet',
  'pay:expired': 'it expired before payment arrived; refund the payment or create a new order',
  'pay:cancelled': 'it was cancelled before payment arrived; refund the payment or create a new order',
}

export class OrderTransitionError extends Error {
  constructor(
    readonly state: OrderState,
    readonly event: OrderEventType,
    message: string,
  ) {
    super(message)
    this.name = 'OrderTransitionError'
  }
}

export function createOrder(total: Money, { by, at, note }: TransitionContext): OrderFacts {
  if (total.amount < 0) throw new RangeError('An order total cannot be negative.')
  assertValidDate(at)
  return { state: 'pending', total, refunded: zero(total.currency), history: [{ from: null, to: 'pending', event: 'create', by, at, ...(note ? { note } : {}) }] }
}

export function canTransition(state: OrderState, event: OrderEventType): boolean {
  return ALLOWED[event].includes(state)
}

/** The amount that can still be refunded: what was paid minus refunds so far. */
export function refundableRemainder(order: Pick<OrderFacts, 'state' | 'total' | 'refunded'>): Money {
  return canTransition(order.state, 'refund') ? subtract(order.total, order.refunded) : zero(order.total.currency)
}

function assertValidDate(at: Date): void {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new RangeError('A transition needs the date and time it happened.')
}

function refuse(order: OrderFacts, event: OrderEventType, why?: string): never {
  const hint = why ?? HINTS[`${event}:${order.state}`]
  throw new OrderTransitionError(order.state, event, `Cannot ${event} an order that is ${STATE_WORDS[order.state]}${hint ? `: ${hint}` : ''}.`)
}

/**
 * Moves an order along the one state machine and records who did it and when, or throws an
 * `OrderTransitionError` naming the state and the event. A refund must be more than zero and at
 * most what remains; the order is `refunded` once refunds reach its total.
 */
export function transition<Order extends OrderFacts>(order: Order, event: OrderEvent, { by, at, note }: TransitionContext): Order {
  assertValidDate(at)
  if (by.trim() === '') throw new RangeError('A transition needs who made it (a user id or a system name).')
  if (!canTransition(order.state, event.type)) refuse(order, event.type)
  let to: OrderState
  let refunded = order.refunded
  if (event.type === 'refund') {
    const remaining = subtract(order.total, order.refunded)
    if (event.amount.amount <= 0) refuse(order, 'refund', `a refund must be more than ${formatMoney(zero(event.amount.currency))}`)
    if (compare(event.amount, remaining) > 0) {
      refuse(order, 'refund', `${formatMoney(event.amount)} is more than the ${formatMoney(remaining)} left to refund`)
    }
    refunded = add(order.refunded, event.amount)
    to = compare(refunded, order.total) === 0 ? 'refunded' : 'partially_refunded'
  } else {
    to = TARGET[event.type]
  }
  const entry: OrderTransition = {
    from: order.state,
    to,
    event: event.type,
    by,
    at,
    ...(event.type === 'refund' ? { amount: event.amount } : {}),
    ...(note ? { note } : {}),
  }
  return { ...order, state: to, refunded, history: [...order.history, entry] }
}
