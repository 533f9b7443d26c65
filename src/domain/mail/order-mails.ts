import type { FeeLine } from '../commerce/fees'
import { isZero, subtract } from '../commerce/money'
import { formatSiret } from '../commerce/siret'
import type { VatBreakdown } from '../commerce/vat'
import type { MailBrand, RenderedMail } from './brand'
import { requireHttpUrl } from './escape'
import { renderMail, type MailBlock, type MailFact, type MailRow } from './layout'
import type { Receipt, ReceiptLine, RefundNotice } from './receipt'
import { mailLanguage, type MailLanguage } from './wording'

function lineRow(line: ReceiptLine, lang: MailLanguage): MailRow {
  const unit = `${line.quantity} × ${lang.money(line.unitPrice)}`
  if (isZero(line.discount)) return { label: line.label, amount: lang.money(line.amount), details: [unit] }
  return {
    label: line.label,
    amount: lang.money(line.amount),
    details: [`${unit} = ${lang.money(line.gross)}`, lang.labelled(lang.words.lineDiscount, lang.minus(line.discount))],
  }
}

function feeRow(fee: FeeLine, lang: MailLanguage): MailRow {
  const free = fee.kind === 'delivery' && isZero(fee.amount)
  return { label: fee.label, amount: free ? lang.words.freeDelivery : lang.money(fee.amount) }
}

/** Every line the buyer paid for, then the total: the rows add up to it. */
function orderRows(receipt: Receipt, lang: MailLanguage): MailRow[] {
  const discount: MailRow[] = isZero(receipt.discountTotal)
    ? []
    : [{ label: lang.words.discountIncluded(receipt.discountCode), amount: lang.minus(receipt.discountTotal) }]
  return [
    ...receipt.lines.map((line) => lineRow(line, lang)),
    ...receipt.feeLines.map((fee) => feeRow(fee, lang)),
    ...(receipt.deliveryLine ? [feeRow(receipt.deliveryLine, lang)] : []),
    ...discount,
    { label: lang.words.totalPaid, amount: lang.money(receipt.total), total: true },
  ]
}

/** VAT as an invoice states it: one amount per rate, with the base it applies to, then the net total. */
function vatRows(vat: VatBreakdown, lang: MailLanguage): MailRow[] {
  return [
    ...vat.rates.map((rate) => ({
      label: lang.words.vatIncluded(lang.vatRate(rate.rateBp)),
      amount: lang.money(rate.vat),
      details: [lang.words.vatBase(lang.money(rate.net))],
    })),
    { label: lang.words.totalNet, amount: lang.money(vat.net) },
  ]
}

/** The payment method, split between store credit and the rest when both paid. */
function paymentFacts(receipt: Receipt, lang: MailLanguage): MailFact[] {
  const { words } = lang
  const method = words.paymentMethods[receipt.paymentMethod]
  const credit = receipt.paidWithStoreCredit
  if (!credit || isZero(credit) || receipt.paymentMethod === 'store_credit') return [{ label: words.paymentMethod, value: method }]
  const rest = subtract(receipt.total, credit)
  return [
    { label: words.paidWithStoreCredit, value: lang.money(credit) },
    ...(isZero(rest) ? [] : [{ label: method, value: lang.money(rest) }]),
  ]
}

function sellerFacts(seller: Receipt['seller'], lang: MailLanguage): MailFact[] {
  if (!seller) return []
  const { words } = lang
  return [
    { label: words.legalName, value: seller.legalName },
    ...(seller.siret ? [{ label: words.siret, value: formatSiret(seller.siret) }] : []),
    ...(seller.address ? [{ label: words.address, value: seller.address }] : []),
  ]
}

function answerFacts(receipt: Receipt): MailFact[] {
  return (receipt.answers ?? []).map(({ question, answer }) => ({ label: question, value: answer }))
}

function orderLink(url: string | undefined, label: string, what: string): MailBlock[] {
  return url ? [{ kind: 'button', label, url: requireHttpUrl(url, what) }] : []
}

/** To the buyer, once the order is placed: the receipt, VAT per rate and the seller's legal details. */
export function orderConfirmationMail(brand: MailBrand, receipt: Receipt): RenderedMail {
  const lang = mailLanguage(brand)
  const { words } = lang
  return renderMail(brand, {
    subject: words.orderConfirmation.subject(receipt.reference, brand.siteName),
    preheader: `${words.order} ${receipt.reference} – ${lang.money(receipt.total)}`,
    blocks: [
      { kind: 'heading', text: words.orderConfirmation.heading(receipt.buyer.name) },
      { kind: 'paragraph', text: words.orderConfirmation.intro(brand.siteName) },
      {
        kind: 'facts',
        facts: [
          { label: words.reference, value: receipt.reference },
          { label: words.date, value: lang.dateTime(receipt.createdAt) },
        ],
      },
      { kind: 'amounts', title: words.yourOrder, rows: orderRows(receipt, lang) },
      { kind: 'amounts', title: words.vat, rows: vatRows(receipt.vat, lang) },
      { kind: 'facts', title: words.payment, facts: paymentFacts(receipt, lang) },
      { kind: 'facts', title: words.yourAnswers, facts: answerFacts(receipt) },
      ...orderLink(receipt.ticketsUrl, words.viewTickets, 'The tickets page URL (receipt.ticketsUrl)'),
      ...orderLink(receipt.orderUrl, words.viewOrder, 'The order page URL (receipt.orderUrl)'),
      { kind: 'facts', title: words.seller, facts: sellerFacts(receipt.seller, lang) },
    ],
  })
}

/** To the tenant, for each sale: who bought what, and a link to the order in the admin. */
export function saleNotificationMail(brand: MailBrand, receipt: Receipt): RenderedMail {
  const lang = mailLanguage(brand)
  const { words } = lang
  const total = lang.money(receipt.total)
  return renderMail(brand, {
    subject: words.sale.subject(receipt.reference, total),
    preheader: `${receipt.buyer.name ?? receipt.buyer.email} – ${total}`,
    blocks: [
      { kind: 'heading', text: words.sale.heading },
      { kind: 'paragraph', text: words.sale.intro(receipt.buyer.name ?? receipt.buyer.email, receipt.reference) },
      {
        kind: 'facts',
        facts: [
          { label: words.reference, value: receipt.reference },
          { label: words.date, value: lang.dateTime(receipt.createdAt) },
          ...(receipt.buyer.name ? [{ label: words.sale.buyer, value: receipt.buyer.name }] : []),
          { label: words.sale.email, value: receipt.buyer.email },
          ...paymentFacts(receipt, lang),
        ],
      },
      { kind: 'amounts', title: words.order, rows: orderRows(receipt, lang) },
      { kind: 'facts', title: words.answers, facts: answerFacts(receipt) },
      ...orderLink(receipt.adminUrl, words.sale.viewInAdmin, 'The admin order URL (receipt.adminUrl)'),
    ],
  })
}

/** Where the money went: back to the card, or onto a store-credit code with its balance and how to spend it. */
function refundExplanation(refund: RefundNotice, brand: MailBrand, lang: MailLanguage): MailBlock[] {
  const { words } = lang
  const amount = lang.money(refund.amount)
  if (refund.to === 'card') return [{ kind: 'paragraph', text: words.refund.toCard(amount, refund.reference) }]
  const { storeCredit } = refund
  return [
    { kind: 'paragraph', text: words.refund.toStoreCredit(amount, refund.reference) },
    { kind: 'code', label: words.yourCode, code: storeCredit.code },
    {
      kind: 'facts',
      facts: [
        { label: words.refund.amountRefunded, value: amount },
        { label: words.refund.balance, value: lang.money(storeCredit.balance) },
        ...(storeCredit.expiresAt ? [{ label: words.validUntil, value: lang.day(storeCredit.expiresAt) }] : []),
      ],
    },
    { kind: 'paragraph', text: words.howToUseCode(brand.siteName) },
  ]
}

/** To the buyer: how much was refunded, to the card or as store credit. */
export function refundMail(brand: MailBrand, refund: RefundNotice): RenderedMail {
  const lang = mailLanguage(brand)
  const { words } = lang
  return renderMail(brand, {
    subject: words.refund.subject(lang.money(refund.amount), refund.reference),
    preheader: lang.labelled(words.refund.amountRefunded, lang.money(refund.amount)),
    blocks: [
      { kind: 'heading', text: words.refund.heading },
      { kind: 'paragraph', text: words.greeting(refund.buyerName) },
      ...refundExplanation(refund, brand, lang),
      ...orderLink(refund.orderUrl, words.viewOrder, 'The order page URL (refund.orderUrl)'),
    ],
  })
}
