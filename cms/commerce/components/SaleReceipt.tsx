'use client'
// The printed receipt of a box-office sale, from the order as the server stored it (never re-priced
// here), in the words of the mailed receipt. Print styles show this section alone.
import React from 'react'

import { money } from '../../../src/domain/commerce/money'
import type { Receipt } from '../../../src/domain/mail/receipt'
import { mailLanguage } from '../../../src/domain/mail/wording'
import type { Language } from './language'

const TITLE = { en: 'Receipt', fr: 'Reçu' }
const VAT_INCLUDED = { en: 'Prices include VAT.', fr: 'TVA incluse.' }

type Props = {
  language: Language
  siteName: string
  receipt: Receipt
}

export function SaleReceipt({ language, siteName, receipt }: Props) {
  const lang = mailLanguage({ locale: language })
  const { words } = lang
  const credit = receipt.paidWithStoreCredit
  const rest = credit ? money(receipt.total.amount - credit.amount, receipt.currency) : receipt.total
  const row = (label: string, amount: string, key = label) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      <td>{amount}</td>
    </tr>
  )

  return (
    <section className="vitrine-receipt" aria-labelledby="vitrine-receipt-title">
      <h2 id="vitrine-receipt-title">{siteName}</h2>
      <p className="vitrine-receipt__kind">{TITLE[language]}</p>
      <dl>
        <dt>{words.reference}</dt>
        <dd>{receipt.reference}</dd>
        <dt>{words.date}</dt>
        <dd>{lang.dateTime(receipt.createdAt)}</dd>
      </dl>
      <table>
        <tbody>
          {receipt.lines.map((line, index) => row(`${line.quantity} × ${line.label}`, lang.money(line.amount), `line-${index}`))}
          {receipt.feeLines.map((fee, index) => row(fee.label, lang.money(fee.amount), `fee-${index}`))}
          {receipt.discountTotal.amount > 0 && row(words.discountIncluded(receipt.discountCode), lang.minus(receipt.discountTotal))}
        </tbody>
        <tfoot>
          {row(words.totalPaid, lang.money(receipt.total))}
          {(receipt.vat?.rates ?? []).map((rate) => row(words.vatIncluded(lang.vatRate(rate.rateBp)), lang.money(rate.vat), `vat-${rate.rateBp}`))}
        </tfoot>
      </table>
      <p className="vitrine-receipt__vat">{VAT_INCLUDED[language]}</p>
      <dl>
        {credit && credit.amount > 0 && receipt.paymentMethod !== 'store_credit' ? (
          <>
            <dt>{words.paidWithStoreCredit}</dt>
            <dd>{lang.money(credit)}</dd>
            {rest.amount > 0 && (
              <>
                <dt>{words.paymentMethods[receipt.paymentMethod]}</dt>
                <dd>{lang.money(rest)}</dd>
              </>
            )}
          </>
        ) : (
          <>
            <dt>{words.paymentMethod}</dt>
            <dd>{words.paymentMethods[receipt.paymentMethod]}</dd>
          </>
        )}
      </dl>
    </section>
  )
}
