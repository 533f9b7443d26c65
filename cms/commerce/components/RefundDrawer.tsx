'use client'
// The refund form of an order, in a drawer: how much (empty = everything left), to the card or as
// store credit, a note; then a confirmation step, since money leaves at once.
import { Button, Drawer, useModal } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { isCurrency, parseMoney } from '../../../src/domain/commerce/money'
import { callApi, errorsByField, formLevelMessage, type ApiError } from './api'
import { describedBy, FieldMessage } from './FieldMessage'
import { formatCents, useLanguage } from './language'

type Destination = 'card' | 'store_credit'
type RefundAnswer = { order: { state: string; refunded: number }; giftCardCode?: string }

const EN = {
  title: (reference: string) => `Refund order ${reference}`,
  amount: 'Amount to refund',
  amountHint: (left: string) => `In euros, e.g. 12,50. Leave empty to refund everything left (${left}).`,
  to: 'Refund to',
  destinations: { card: 'The card used to pay', store_credit: 'Store credit (a gift card code for the buyer)' } satisfies Record<Destination, string>,
  cardUnavailable: 'This order was not paid by card online: refund it as store credit.',
  note: 'Note (optional, kept on the order)',
  review: 'Review the refund',
  confirmQuestion: (amount: string, to: Destination) => `Refund ${amount} ${to === 'card' ? 'to the card' : 'as store credit'}? It cannot be undone.`,
  confirm: 'Confirm the refund',
  refunding: 'Refunding…',
  back: 'Change',
  done: (amount: string, to: Destination) => `${amount} refunded ${to === 'card' ? 'to the card' : 'as store credit'}. The buyer has been told by email.`,
  code: 'Store credit code to give the buyer:',
  close: 'Close',
}
const FR: typeof EN = {
  title: (reference) => `Rembourser la commande ${reference}`,
  amount: 'Montant à rembourser',
  amountHint: (left) => `En euros, par ex. 12,50. Laissez vide pour rembourser tout ce qui reste (${left}).`,
  to: 'Rembourser',
  destinations: { card: 'Sur la carte utilisée pour payer', store_credit: 'En avoir (un code de carte cadeau pour l’acheteur)' },
  cardUnavailable: 'Cette commande n’a pas été payée par carte en ligne\u00a0: remboursez-la en avoir.',
  note: 'Note (facultative, gardée sur la commande)',
  review: 'Vérifier le remboursement',
  confirmQuestion: (amount, to) => `Rembourser ${amount} ${to === 'card' ? 'sur la carte' : 'en avoir'}\u00a0? C’est définitif.`,
  confirm: 'Confirmer le remboursement',
  refunding: 'Remboursement…',
  back: 'Modifier',
  done: (amount, to) => `Remboursement de ${amount} ${to === 'card' ? 'sur la carte' : 'en avoir'} effectué. L’acheteur a été prévenu par e-mail.`,
  code: 'Code d’avoir à donner à l’acheteur\u00a0:',
  close: 'Fermer',
}
const WORDS = { en: EN, fr: FR }
const FORM_FIELDS = new Set(['amount', 'to', 'note'])

type Props = {
  slug: string
  orderId: number | string
  reference: string
  currency: string
  /** What is left to refund, in cents. */
  left: number
  /** Only an order paid by card online can be refunded to the card. */
  paidOnline: boolean
  onRefunded: () => void
}

export function RefundDrawer(props: Props) {
  const words = WORDS[useLanguage()]
  return (
    <Drawer slug={props.slug} title={words.title(props.reference)} className="vitrine-refund">
      <RefundForm {...props} />
    </Drawer>
  )
}

function RefundForm({ slug, orderId, currency, left, paidOnline, onRefunded }: Props) {
  const language = useLanguage()
  const words = WORDS[language]
  const { closeModal } = useModal()
  const [amountText, setAmountText] = useState('')
  const [to, setTo] = useState<Destination>(paidOnline ? 'card' : 'store_credit')
  const [note, setNote] = useState('')
  const [step, setStep] = useState<'edit' | 'confirm' | 'done'>('edit')
  const [amount, setAmount] = useState<number | undefined>(undefined)
  const [amountError, setAmountError] = useState<string>()
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [giftCardCode, setGiftCardCode] = useState<string>()
  const confirmRef = useRef<HTMLButtonElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (step === 'confirm') confirmRef.current?.focus()
    if (step === 'done') doneRef.current?.focus()
  }, [step])

  const money = (cents: number) => formatCents(cents, language, currency)
  const fieldErrors = error ? errorsByField(error) : {}
  const formError = error ? formLevelMessage(error, (field) => FORM_FIELDS.has(field)) : undefined

  function review(event: React.FormEvent) {
    // The drawer is rendered inside the order's own form: keep this submit from reaching it.
    event.preventDefault()
    event.stopPropagation()
    setError(null)
    if (amountText.trim() === '') {
      setAmount(undefined)
    } else {
      const parsed = parseMoney(amountText, isCurrency(currency) ? currency : 'EUR')
      if (!parsed.ok) return setAmountError(parsed.message)
      setAmount(parsed.money.amount)
    }
    setAmountError(undefined)
    setStep('confirm')
  }

  async function refund() {
    setBusy(true)
    const result = await callApi<RefundAnswer>(language, 'POST', `/orders/${orderId}/refund`, {
      ...(amount === undefined ? {} : { amount }),
      to,
      ...(note.trim() ? { note: note.trim() } : {}),
    })
    setBusy(false)
    if (!result.ok) {
      setError(result.error)
      setStep('edit')
      return
    }
    setGiftCardCode(result.data.giftCardCode)
    setStep('done')
    onRefunded()
  }

  if (step === 'done') {
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="vitrine-refund__done">
        <p>{words.done(money(amount ?? left), to)}</p>
        {giftCardCode && (
          <p>
            {words.code} <strong className="vitrine-code">{giftCardCode}</strong>
          </p>
        )}
        <Button buttonStyle="secondary" margin={false} onClick={() => closeModal(slug)}>
          {words.close}
        </Button>
      </div>
    )
  }

  if (step === 'confirm') {
    return (
      <div className="vitrine-refund__confirm">
        <p>{words.confirmQuestion(money(amount ?? left), to)}</p>
        <div className="vitrine-actions">
          <Button ref={confirmRef} buttonStyle="primary" margin={false} disabled={busy} onClick={refund}>
            {busy ? words.refunding : words.confirm}
          </Button>
          <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={() => setStep('edit')}>
            {words.back}
          </Button>
        </div>
      </div>
    )
  }

  const amountMessage = amountError ?? fieldErrors.amount
  return (
    <form className="vitrine-form" onSubmit={review} noValidate>
      <div className="vitrine-field">
        <label htmlFor="refund-amount">{words.amount}</label>
        <input
          id="refund-amount"
          inputMode="decimal"
          autoComplete="off"
          value={amountText}
          onChange={(event) => setAmountText(event.target.value)}
          {...describedBy('refund-amount-error', amountMessage, 'refund-amount-hint')}
        />
        <p id="refund-amount-hint" className="vitrine-hint">
          {words.amountHint(money(left))}
        </p>
        <FieldMessage id="refund-amount-error" message={amountMessage} />
      </div>
      <fieldset className="vitrine-field" {...describedBy('refund-to-error', fieldErrors.to, paidOnline ? undefined : 'refund-to-hint')}>
        <legend>{words.to}</legend>
        {(['card', 'store_credit'] as const).map((destination) => (
          <label key={destination} className="vitrine-choice">
            <input type="radio" name="refund-to" value={destination} checked={to === destination} onChange={() => setTo(destination)} />
            {words.destinations[destination]}
          </label>
        ))}
        {!paidOnline && (
          <p id="refund-to-hint" className="vitrine-hint">
            {words.cardUnavailable}
          </p>
        )}
        <FieldMessage id="refund-to-error" message={fieldErrors.to} />
      </fieldset>
      <div className="vitrine-field">
        <label htmlFor="refund-note">{words.note}</label>
        <input id="refund-note" maxLength={300} value={note} onChange={(event) => setNote(event.target.value)} {...describedBy('refund-note-error', fieldErrors.note)} />
        <FieldMessage id="refund-note-error" message={fieldErrors.note} />
      </div>
      {formError && (
        <p role="alert" className="vitrine-error">
          {formError}
        </p>
      )}
      <Button type="submit" buttonStyle="primary" margin={false}>
        {words.review}
      </Button>
    </form>
  )
}
