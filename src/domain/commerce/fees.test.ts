import { describe, expect, it } from 'vitest'
import { priceLine, type PricedLine } from './cart-line'
import { deliveryLine, serviceFeeAmount, serviceFeeLines, type DeliveryMethod, type ServiceFeeRule } from './fees'
import { money } from './money'

const eur = (amount: number) => money(amount, 'EUR')
const tickets = priceLine({ productId: 'concert', label: 'Concert', unitPrice: eur(2500), quantity: 3, vatRateBp: 550 })
const poster = priceLine({ productId: 'poster', label: 'Poster', unitPrice: eur(1999), quantity: 1, vatRateBp: 2000 })
const cart: PricedLine[] = [tickets, poster]

const perTicket: ServiceFeeRule = { label: 'Booking fee', per: 'item', kind: 'fixed', amount: eur(150), passedToBuyer: true, vatRateBp: 550, productIds: ['concert'] }

describe('serviceFeeAmount', () => {
  it('charges a fixed fee for every item it concerns', () => {
    expect(serviceFeeAmount(perTicket, cart)).toEqual(eur(450))
    expect(serviceFeeAmount({ ...perTicket, productIds: undefined }, cart)).toEqual(eur(600))
  })

  it('charges a fixed fee once per order', () => {
    expect(serviceFeeAmount({ ...perTicket, per: 'order' }, cart)).toEqual(eur(150))
    expect(serviceFeeAmount({ ...perTicket, per: 'order' }, [poster])).toEqual(eur(0))
  })

  it('rounds a percentage per line for items and once for the order', () => {
    const lines = [1, 2, 3].map((n) => priceLine({ productId: `p${n}`, label: `P${n}`, unitPrice: eur(5), quantity: 1, vatRateBp: 2000 }))
    // 10 % of 5 cents is 0.5: rounded up on each of three lines → 3 cents; on the 15-cent order → 2 cents (1.5).
    expect(serviceFeeAmount({ label: 'Fee', per: 'item', kind: 'percent', rateBp: 1000, passedToBuyer: true, vatRateBp: 2000 }, lines)).toEqual(eur(3))
    expect(serviceFeeAmount({ label: 'Fee', per: 'order', kind: 'percent', rateBp: 1000, passedToBuyer: true, vatRateBp: 2000 }, lines)).toEqual(eur(2))
    expect(serviceFeeAmount({ label: 'Fee', per: 'order', kind: 'percent', rateBp: 250, passedToBuyer: false, vatRateBp: 2000 }, cart)).toEqual(eur(237)) // 2.5 % of 94,99 €
  })

  it('is zero on an empty cart and refuses nonsense rules', () => {
    expect(serviceFeeAmount(perTicket, [], 'EUR')).toEqual(eur(0))
    expect(() => serviceFeeAmount({ ...perTicket, amount: eur(-1) }, cart)).toThrow('The fee “Booking fee” cannot be negative.')
    expect(() => serviceFeeAmount({ ...perTicket, amount: money(150, 'GBP') }, cart)).toThrow(/EUR and GBP/)
    expect(() => serviceFeeAmount({ label: 'Fee', per: 'order', kind: 'percent', rateBp: 2.5, passedToBuyer: true, vatRateBp: 2000 }, cart)).toThrow(
      /rate of the fee “Fee” is a whole number of basis points/,
    )
  })
})

describe('serviceFeeLines', () => {
  it('returns one line per charging rule with its VAT rate and who pays it', () => {
    const absorbed: ServiceFeeRule = { label: 'Platform fee', per: 'order', kind: 'percent', rateBp: 100, passedToBuyer: false, vatRateBp: 2000 }
    const onlyBooks: ServiceFeeRule = { ...perTicket, label: 'Book fee', productIds: ['book'] }
    expect(serviceFeeLines(cart, [perTicket, absorbed, onlyBooks])).toEqual([
      { kind: 'service', label: 'Booking fee', amount: eur(450), vatRateBp: 550, passedToBuyer: true },
      { kind: 'service', label: 'Platform fee', amount: eur(95), vatRateBp: 2000, passedToBuyer: false },
    ])
  })
})

describe('deliveryLine', () => {
  const colissimo: DeliveryMethod = { id: 'colissimo', label: 'Colissimo', price: eur(690), vatRateBp: 2000, freeFrom: eur(5000) }

  it('charges the method price below the free threshold', () => {
    expect(deliveryLine(colissimo, [poster])).toEqual({ kind: 'delivery', label: 'Colissimo', amount: eur(690), vatRateBp: 2000, passedToBuyer: true })
  })

  it('is free from the threshold on, counted after discounts', () => {
    expect(deliveryLine(colissimo, cart).amount).toEqual(eur(0))
    expect(deliveryLine(colissimo, [{ ...tickets, discount: eur(2501), amount: eur(4999) }]).amount).toEqual(eur(690))
    expect(deliveryLine(colissimo, [{ ...tickets, discount: eur(2500), amount: eur(5000) }]).amount).toEqual(eur(0))
  })

  it('charges pickup at zero and refuses a negative price', () => {
    expect(deliveryLine({ id: 'pickup', label: 'Pickup at the shop', price: eur(0), vatRateBp: 2000 }, cart).amount).toEqual(eur(0))
    expect(() => deliveryLine({ ...colissimo, price: eur(-1) }, cart)).toThrow(/“Colissimo” cannot be negative/)
  })
})
