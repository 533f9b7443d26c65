import type { FeeLine } from '../commerce/fees'
import type { Currency, Money } from '../commerce/money'
import type { RefundDestination } from '../commerce/refunds'
import type { VatBreakdown } from '../commerce/vat'

export type PaymentMethod = 'card' | 'cash' | 'cheque' | 'card_in_person' | 'store_credit'

/** A line as the order stores it: `amount` = `gross` − `discount`, VAT included. */
export interface ReceiptLine {
  label: string
  quantity: number
  unitPrice: Money
  gross: Money
  discount: Money
  amount: Money
  vatRateBp: number
}

/** What an order mail shows, close to what an order stores. */
export interface Receipt {
  reference: string
  createdAt: Date
  buyer: { name?: string; email: string }
  currency: Currency
  lines: ReceiptLine[]
  /** Fees the buyer paid on top of the prices. */
  feeLines: FeeLine[]
  deliveryLine?: FeeLine
  discountCode?: string
  /** Already taken off the lines' amounts; shown for information. */
  discountTotal: Money
  total: Money
  /** The part of `total` paid with store credit or a gift card. */
  paidWithStoreCredit?: Money
  paymentMethod: PaymentMethod
  vat: VatBreakdown
  answers?: { question: string; answer: string }[]
  /** The buyer's order page on the tenant's site. */
  orderUrl?: string
  /** The order's e-tickets (phone view and PDF), when it has tickets. */
  ticketsUrl?: string
  /** The order in the admin, for the tenant. */
  adminUrl?: string
  seller?: { legalName: string; siret?: string; address?: string }
}

/** A store credit (gift-card code) the buyer can spend at checkout. */
export interface StoreCreditCode {
  code: string
  /** What is left on the code, this refund included. */
  balance: Money
  expiresAt?: Date
}

export type RefundNotice = {
  /** The refunded order's reference. */
  reference: string
  amount: Money
  buyerName?: string
  orderUrl?: string
} & ({ to: Extract<RefundDestination, 'card'> } | { to: Extract<RefundDestination, 'store_credit'>; storeCredit: StoreCreditCode })

export interface PasswordResetNotice {
  name?: string
  resetUrl: string
}

export interface GiftCardNotice {
  code: string
  amount: Money
  /** A personal message from the giver, plain text. */
  message?: string
  /** The giver's name. */
  from?: string
  expiresAt?: Date
}
