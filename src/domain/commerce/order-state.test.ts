import { describe, expect, it } from 'vitest'
import { money } from './money'
import {
  canTransition,
  createOrder,
  ORDER_STATES,
  OrderTransitionError,
  refundableRemainder,
  transition,
  type OrderEvent,
  type OrderFacts,
  type OrderState,
} from './order-state'
import { pick, randomInt } from './test-random'

const eur = (amount: number) => money(amount, 'EUR')
const at = (minute: number) => new Date(Date.UTC(2025, 2, 10, 12, minute))
const created = createOrder(eur(5000), { by: 'buyer:42', at: at(0) })
const paid = transition(created, { type: 'pay' }, { by: 'stripe-webhook', at: at(1) })

function error(order: OrderFacts, event: OrderEvent): OrderTransitionError {
  try {
    transition(order, event, { by: 'agent:7', at: at(9) })
  } catch (caught) {
    if (caught instanceof OrderTransitionError) return caught
    throw caught
  }
  throw new Error(`expected ${event.type} to be refused from ${order.state}`)
}

describe('createOrder', () => {
  it('starts pending, nothing refunded, its creation recorded', () => {
    expect(created).toEqual({
      state: 'pending',
      total: eur(5000),
      refunded: eur(0),
      history: [{ from: null, to: 'pending', event: 'create', by: 'buyer:42', at: at(0) }],
    })
  })
})

describe('transition', () => {
  it('goes pending → paid → fulfilled, recording who and when', () => {
    const fulfilled = transition(paid, { type: 'fulfil' }, { by: 'user:3', at: at(2), note: 'shipped by Colissimo' })
    expect(fulfilled.state).toBe('fulfilled')
    expect(fulfilled.history.slice(1)).toEqual([
      { from: 'pending', to: 'paid', event: 'pay', by: 'stripe-webhook', at: at(1) },
      { from: 'paid', to: 'fulfilled', event: 'fulfil', by: 'user:3', at: at(2), note: 'shipped by Colissimo' },
    ])
  })

  it('keeps the other fields of the order and never changes the one it was given', () => {
    const order = { ...created, id: 'ord_1', email: 'a@example.com' }
    const next = transition(order, { type: 'cancel' }, { by: 'buyer:42', at: at(1) })
    expect(next).toMatchObject({ id: 'ord_1', email: 'a@example.com', state: 'cancelled' })
    expect(order.state).toBe('pending')
    expect(order.history).toHaveLength(1)
  })

  it('cancels or expires only a pending order', () => {
    expect(transition(created, { type: 'expire' }, { by: 'expiry-job', at: at(30) }).state).toBe('expired')
    expect(error(paid, { type: 'cancel' }).message).toBe('Cannot cancel an order that is paid: refund it instead.')
    expect(error(paid, { type: 'expire' }).message).toBe('Cannot expire an order that is paid.')
  })

  it('refunds in parts until everything paid is given back', () => {
    const part = transition(paid, { type: 'refund', amount: eur(2000) }, { by: 'user:3', at: at(5) })
    expect(part).toMatchObject({ state: 'partially_refunded', refunded: eur(2000) })
    expect(part.history.at(-1)).toEqual({ from: 'paid', to: 'partially_refunded', event: 'refund', by: 'user:3', at: at(5), amount: eur(2000) })
    const shipped = transition(part, { type: 'fulfil' }, { by: 'user:3', at: at(6) })
    expect(shipped).toMatchObject({ state: 'fulfilled', refunded: eur(2000) })
    const all = transition(shipped, { type: 'refund', amount: eur(3000) }, { by: 'user:3', at: at(7) })
    expect(all).toMatchObject({ state: 'refunded', refunded: eur(5000) })
    expect(refundableRemainder(all)).toEqual(eur(0))
  })

  it('refuses refunds of nothing, of a negative amount, or of more than remains', () => {
    expect(error(created, { type: 'refund', amount: eur(100) }).message).toBe('Cannot refund an order that is pending: nothing has been paid yet; cancel it instead.')
    expect(error(paid, { type: 'refund', amount: eur(0) }).message).toMatch(/^Cannot refund an order that is paid: a refund must be more than 0,00\s€\.$/)
    expect(error(paid, { type: 'refund', amount: eur(-100) }).message).toMatch(/more than 0,00/)
    const part = transition(paid, { type: 'refund', amount: eur(4000) }, { by: 'user:3', at: at(5) })
    expect(error(part, { type: 'refund', amount: eur(1001) }).message).toMatch(/that is partially refunded: 10,01\s€ is more than the 10,00\s€ left to refund\.$/)
    expect(() => transition(paid, { type: 'refund', amount: money(100, 'GBP') }, { by: 'user:3', at: at(5) })).toThrow(/different currencies/)
  })

  it('names the state and the event in the error', () => {
    const refused = error(transition(paid, { type: 'fulfil' }, { by: 'u', at: at(2) }), { type: 'pay' })
    expect(refused).toMatchObject({ name: 'OrderTransitionError', state: 'fulfilled', event: 'pay', message: 'Cannot pay an order that is fulfilled.' })
    expect(error(transition(created, { type: 'expire' }, { by: 'job', at: at(2) }), { type: 'pay' }).message).toMatch(/expired before payment arrived/)
  })

  it('needs who and a real date', () => {
    expect(() => transition(created, { type: 'pay' }, { by: ' ', at: at(1) })).toThrow(/who made it/)
    expect(() => transition(created, { type: 'pay' }, { by: 'x', at: new Date('nope') })).toThrow(/date and time/)
  })

  it('allows exactly the transitions of the table', () => {
    const allowed = ORDER_STATES.flatMap((state) => (['pay', 'fulfil', 'cancel', 'expire', 'refund'] as const).filter((event) => canTransition(state, event)).map((event) => `${state}:${event}`))
    expect(allowed).toEqual([
      'pending:pay',
      'pending:cancel',
      'pending:expire',
      'paid:fulfil',
      'paid:refund',
      'fulfilled:refund',
      'partially_refunded:fulfil',
      'partially_refunded:refund',
    ])
  })

  it('keeps its invariants over many random event sequences', () => {
    const terminal: OrderState[] = ['cancelled', 'expired', 'refunded']
    for (let i = 0; i < 300; i++) {
      let order = createOrder(eur(randomInt(1, 20_000)), { by: 'buyer', at: at(0) })
      for (let step = 1; step <= 12; step++) {
        const type = pick(['pay', 'fulfil', 'cancel', 'expire', 'refund'] as const)
        const event: OrderEvent = type === 'refund' ? { type, amount: eur(randomInt(-10, order.total.amount)) } : { type }
        const before = order
        try {
          order = transition(order, event, { by: 'someone', at: at(step) })
        } catch (caught) {
          expect(caught).toBeInstanceOf(OrderTransitionError)
          expect((caught as Error).message).toMatch(new RegExp(`^Cannot ${type} an order that is `))
          continue
        }
        expect(terminal).not.toContain(before.state)
        expect(order.history).toHaveLength(before.history.length + 1)
        expect(order.history.at(-1)).toMatchObject({ from: before.state, to: order.state, event: type })
        expect(order.refunded.amount).toBeLessThanOrEqual(order.total.amount)
        expect(order.state === 'refunded').toBe(order.refunded.amount === order.total.amount)
      }
      const refunds = order.history.filter((t) => t.event === 'refund').reduce((acc, t) => acc + (t.amount?.amount ?? 0), 0)
      expect(refunds).toBe(order.refunded.amount)
    }
  })
})
