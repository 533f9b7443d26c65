import { describe, expect, it } from 'vitest'
import type { CartLine } from './cart-line'
import { priceCart } from './cart-totals'
import type { DiscountCode } from './discounts'
import type { DeliveryMethod, ServiceFeeRule } from './fees'
import { money } from './money'
import { pick, randomInt } from './test-random'
import { FRENCH_VAT_RATES } from './vat'

const eur = (amount: number) => money(amount, 'EUR')
const now = new Date('2025-03-10T12:00:00Z')
const line = (productId: string, unit: number, quantity: number, vatRateBp: number): CartLine => ({ productId, label: productId, unitPrice: eur(unit), quantity, vatRateBp })

const bookingFee: ServiceFeeRule = { label: 'Booking fee', per: 'item', kind: 'fixed', amount: eur(100), passedToBuyer: true, vatRateBp: 550, productIds: ['ticket'] }
const paymentFee: ServiceFeeRule = { label: 'Payment fee', per: 'order', kind: 'percent', rateBp: 140, passedToBuyer: false, vatRateBp: 2000 }
const colissimo: DeliveryMethod = { id: 'colissimo', label: 'Colissimo', price: eur(690), vatRateBp: 2000, freeFrom: eur(10_000) }
const welcome: DiscountCode = { code: 'WELCOME', kind: 'fixed', amount: eur(500), usedCount: 0 }

describe('priceCart', () => {
  it('prices a mixed cart: discount, fees for the buyer and the seller, delivery, VAT per rate', () => {
    const cart = [line('ticket', 2500, 2, 550), line('book', 1055, 1, 550), line('print', 3000, 1, 2000)]
    const priced = priceCart(cart, { fees: [bookingFee, paymentFee], delivery: colissimo, discount: { code: welcome, now } })

    expect(priced.subtotal).toEqual(eur(9055))
    expect(priced.discountTotal).toEqual(eur(500))
    expect(priced.lines.map((l) => l.discount.amount)).toEqual([276, 58, 166]) // 5 € spread by price
    expect(priced.feeLines).toEqual([{ kind: 'service', label: 'Booking fee', amount: eur(200), vatRateBp: 550, passedToBuyer: true }])
    expect(priced.sellerFeeLines.map((f) => f.amount)).toEqual([eur(120)]) // 1.4 % of 85,55 €
    expect(priced.deliveryLine?.amount).toEqual(eur(690))
    expect(priced.total).toEqual(eur(9055 - 500 + 200 + 690))
    expect(priced.vat.rates.map((r) => [r.rateBp, r.gross.amount, r.vat.amount])).toEqual([
      [2000, 2834 + 690, 587], // print after discount + delivery: 35,24 € → VAT 5,87 €
      [550, 4724 + 997 + 200, 309], // tickets + book after discount + booking fee: 59,21 € → VAT 3,09 €
    ])
    expect(priced.discountRefusal).toBeUndefined()
  })

  it('prices without the code and says why when it does not apply', () => {
    const priced = priceCart([line('print', 3000, 1, 2000)], { discount: { code: { ...welcome, minimumOrder: eur(5000) }, now } })
    expect(priced.discountTotal).toEqual(eur(0))
    expect(priced.total).toEqual(eur(3000))
    expect(priced.discountRefusal).toEqual({ reason: 'below-minimum', message: expect.stringMatching(/applies from 50,00/), fr: expect.stringMatching(/s’applique à partir de 50,00/) })
  })

  it('gives an empty cart a zero total in its currency', () => {
    const priced = priceCart([], { currency: 'GBP', fees: [bookingFee] })
    expect(priced.total).toEqual(money(0, 'GBP'))
    expect(priced.vat.rates).toEqual([])
  })

  it('keeps total = sum of all lines = VAT gross and subtotal − discount + fees + delivery, over many random carts', () => {
    const rates = Object.values(FRENCH_VAT_RATES)
    for (let i = 0; i < 1000; i++) {
      const cart = Array.from({ length: randomInt(1, 8) }, (_, n) => line(pick(['ticket', 'book', 'print', `p${n}`]), randomInt(0, 50_000), randomInt(1, 5), pick(rates)))
      const fees: ServiceFeeRule[] = [
        { label: 'F1', per: pick(['item', 'order'] as const), kind: 'percent', rateBp: randomInt(0, 1500), passedToBuyer: randomInt(0, 1) === 1, vatRateBp: pick(rates) },
        { label: 'F2', per: pick(['item', 'order'] as const), kind: 'fixed', amount: eur(randomInt(0, 300)), passedToBuyer: randomInt(0, 1) === 1, vatRateBp: pick(rates) },
      ]
      const code: DiscountCode =
        randomInt(0, 1) === 0
          ? { code: 'P', kind: 'percent', rateBp: randomInt(0, 10_000), usedCount: 0, productIds: randomInt(0, 1) ? ['book'] : undefined }
          : { code: 'F', kind: 'fixed', amount: eur(randomInt(0, 100_000)), usedCount: 0 }
      const priced = priceCart(cart, { fees, delivery: randomInt(0, 1) ? colissimo : undefined, discount: { code, now } })

      const lineSum =
        priced.lines.reduce((acc, l) => acc + l.amount.amount, 0) +
        priced.feeLines.reduce((acc, f) => acc + f.amount.amount, 0) +
        (priced.deliveryLine?.amount.amount ?? 0)
      expect(priced.total.amount).toBe(lineSum)
      expect(priced.vat.gross.amount).toBe(priced.total.amount)
      expect(priced.vat.net.amount + priced.vat.vat.amount).toBe(priced.total.amount)
      expect(priced.total.amount).toBe(
        priced.subtotal.amount - priced.discountTotal.amount + priced.feeLines.reduce((acc, f) => acc + f.amount.amount, 0) + (priced.deliveryLine?.amount.amount ?? 0),
      )
      expect(priced.lines.every((l) => l.amount.amount >= 0)).toBe(true)
      expect(priced.feeLines.every((f) => f.passedToBuyer) && priced.sellerFeeLines.every((f) => !f.passedToBuyer)).toBe(true)
    }
  })
})
