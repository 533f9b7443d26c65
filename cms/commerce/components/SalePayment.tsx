'use client'
// Who buys and how they pay, at the counter or on the phone.
import React from 'react'

import { mailLanguage } from '../../../src/domain/mail/wording'
import { describedBy, FieldMessage } from './FieldMessage'
import { useLanguage } from './language'

export const SALE_METHODS = ['cash', 'cheque', 'card_in_person', 'store_credit'] as const
export type SaleMethod = (typeof SALE_METHODS)[number]
export type SaleChannel = 'box_office' | 'phone'

/** What the agent types about the buyer and the payment; field names are the API's. */
export interface PaymentDetails {
  email: string
  name: string
  channel: SaleChannel
  method: SaleMethod
  giftCardCode: string
  discountCode: string
}

const EN = {
  buyer: 'Buyer',
  email: 'Email (the receipt is sent there)',
  name: 'Name (optional)',
  channel: 'Sold',
  channels: { box_office: 'At the counter', phone: 'By phone' } satisfies Record<SaleChannel, string>,
  payment: 'Payment',
  method: 'Paid by',
  giftCard: 'Gift card or store credit code',
  giftCardHint: 'Covers all or part of the sale; the rest is paid by the method above.',
  required: 'required',
  optional: 'optional',
  discount: 'Discount code (optional)',
}
const FR: typeof EN = {
  buyer: 'Acheteur',
  email: 'E-mail (le reçu y est envoyé)',
  name: 'Nom (facultatif)',
  channel: 'Vendu',
  channels: { box_office: 'Au guichet', phone: 'Par téléphone' },
  payment: 'Paiement',
  method: 'Payé par',
  giftCard: 'Code de carte cadeau ou d’avoir',
  giftCardHint: 'Couvre tout ou partie de la vente\u00a0; le reste est payé par le moyen choisi ci-dessus.',
  required: 'obligatoire',
  optional: 'facultatif',
  discount: 'Code de réduction (facultatif)',
}
const WORDS = { en: EN, fr: FR }

type Props = {
  details: PaymentDetails
  errors: Record<string, string>
  onChange: (change: Partial<PaymentDetails>) => void
}

export function SalePayment({ details, errors, onChange }: Props) {
  const language = useLanguage()
  const words = WORDS[language]
  const methodNames = mailLanguage({ locale: language }).words.paymentMethods
  const text = (field: 'email' | 'name' | 'giftCardCode' | 'discountCode', label: React.ReactNode, extra: React.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => {
    const id = `pos-${field}`
    return (
      <div className="vitrine-field">
        <label htmlFor={id}>{label}</label>
        <input id={id} value={details[field]} onChange={(event) => onChange({ [field]: event.target.value })} {...extra} {...describedBy(`${id}-error`, errors[field], hint ? `${id}-hint` : undefined)} />
        {hint && (
          <p id={`${id}-hint`} className="vitrine-hint">
            {hint}
          </p>
        )}
        <FieldMessage id={`${id}-error`} message={errors[field]} />
      </div>
    )
  }

  return (
    <>
      <fieldset className="vitrine-pos__group">
        <legend>{words.buyer}</legend>
        {text('email', words.email, { type: 'email', autoComplete: 'off', required: true })}
        {text('name', words.name, { autoComplete: 'off', maxLength: 120 })}
        <fieldset className="vitrine-field vitrine-choices" {...describedBy('pos-channel-error', errors.channel)}>
          <legend>{words.channel}</legend>
          {(['box_office', 'phone'] as const).map((channel) => (
            <label key={channel} className="vitrine-choice">
              <input type="radio" name="pos-channel" checked={details.channel === channel} onChange={() => onChange({ channel })} />
              {words.channels[channel]}
            </label>
          ))}
          <FieldMessage id="pos-channel-error" message={errors.channel} />
        </fieldset>
      </fieldset>
      <fieldset className="vitrine-pos__group">
        <legend>{words.payment}</legend>
        <fieldset className="vitrine-field vitrine-choices" {...describedBy('pos-method-error', errors.method)}>
          <legend>{words.method}</legend>
          {SALE_METHODS.map((method) => (
            <label key={method} className="vitrine-choice">
              <input type="radio" name="pos-method" checked={details.method === method} onChange={() => onChange({ method })} />
              {methodNames[method]}
            </label>
          ))}
          <FieldMessage id="pos-method-error" message={errors.method} />
        </fieldset>
        {text(
          'giftCardCode',
          <>
            {words.giftCard} <span className="vitrine-hint">({details.method === 'store_credit' ? words.required : words.optional})</span>
          </>,
          { autoComplete: 'off', maxLength: 40, required: details.method === 'store_credit' },
          words.giftCardHint,
        )}
        {text('discountCode', words.discount, { autoComplete: 'off', maxLength: 40 })}
      </fieldset>
    </>
  )
}
