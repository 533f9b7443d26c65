'use client'
// The actions on an order, beside its document controls: refund, resend the receipt, cancel.
// Orders are read-only in the admin; each button calls the commerce endpoint that does the work,
// then the page reloads the order from the server.
import { Button, ConfirmationModal, useAuth, useDocumentInfo, useDrawerSlug, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { canTransition, isPaidState, type OrderState } from '../../../src/domain/commerce/order-state'
import type { Order } from '../../payload-types'
import { relationId } from '../../relation-id'
import { callApi } from './api'
import { formatCents, useLanguage } from './language'
import { userMay } from './permissions'
import { RefundDrawer } from './RefundDrawer'
import './commerce-admin.css'

const CANCEL_MODAL = 'vitrine-cancel-order'

const EN = {
  actions: 'Order actions',
  state: 'State',
  total: 'Total',
  refunded: 'Refunded',
  states: { pending: 'Awaiting payment', paid: 'Paid', fulfilled: 'Fulfilled', cancelled: 'Cancelled', expired: 'Expired', partially_refunded: 'Partly refunded', refunded: 'Refunded' } satisfies Record<OrderState, string>,
  refund: 'Refund…',
  resend: 'Resend receipt',
  sending: 'Sending…',
  resent: (email: string) => `The receipt was sent again to ${email}.`,
  cancel: 'Cancel order',
  cancelHeading: 'Cancel this order?',
  cancelBody: (reference: string) => `Order ${reference} has not been paid. Cancelling it gives back the stock it holds; it cannot be undone.`,
  cancelConfirm: 'Cancel the order',
  cancelling: 'Cancelling…',
  keep: 'Keep the order',
  cancelled: 'The order is cancelled.',
}
const FR: typeof EN = {
  actions: 'Actions sur la commande',
  state: 'État',
  total: 'Total',
  refunded: 'Remboursé',
  states: { pending: 'En attente de paiement', paid: 'Payée', fulfilled: 'Traitée', cancelled: 'Annulée', expired: 'Expirée', partially_refunded: 'Remboursée en partie', refunded: 'Remboursée' },
  refund: 'Rembourser…',
  resend: 'Renvoyer le reçu',
  sending: 'Envoi…',
  resent: (email: string) => `Le reçu a été renvoyé à ${email}.`,
  cancel: 'Annuler la commande',
  cancelHeading: 'Annuler cette commande\u00a0?',
  cancelBody: (reference: string) => `La commande ${reference} n’a pas été payée. L’annuler rend le stock qu’elle réserve\u00a0; c’est définitif.`,
  cancelConfirm: 'Annuler la commande',
  cancelling: 'Annulation…',
  keep: 'Garder la commande',
  cancelled: 'La commande est annulée.',
}
const WORDS = { en: EN, fr: FR }

type Outcome = { ok: boolean; message: string }

export function OrderActions() {
  const { id, data } = useDocumentInfo()
  const { user } = useAuth()
  const { openModal } = useModal()
  const router = useRouter()
  const refundSlug = useDrawerSlug('vitrine-refund-order')
  const language = useLanguage()
  const words = WORDS[language]
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const order = data as Partial<Order> | undefined
  if (id === undefined || !order?.state || !order.reference) return null
  const { state, reference, email = '' } = order
  const currency = order.currency ?? 'EUR'
  const total = order.total ?? 0
  const refunded = order.refunded ?? 0
  const tenantId = relationId(order.tenant)
  const mayGiveBack = userMay(user, 'delete', 'sales', tenantId)

  async function post(action: 'resend' | 'cancel', success: string) {
    setOutcome(null)
    const result = await callApi(language, 'POST', `/orders/${id}/${action}`)
    setOutcome(result.ok ? { ok: true, message: success } : { ok: false, message: result.error.message })
    if (result.ok) router.refresh()
  }

  async function resend() {
    setSending(true)
    await post('resend', words.resent(email))
    setSending(false)
  }

  return (
    <div className="vitrine-order-actions" role="group" aria-label={words.actions}>
      <dl className="vitrine-order-actions__facts">
        <div>
          <dt>{words.state}</dt>
          <dd>{words.states[state]}</dd>
        </div>
        <div>
          <dt>{words.total}</dt>
          <dd>{formatCents(total, language, currency)}</dd>
        </div>
        <div>
          <dt>{words.refunded}</dt>
          <dd>{formatCents(refunded, language, currency)}</dd>
        </div>
      </dl>
      {mayGiveBack && canTransition(state, 'refund') && (
        <Button buttonStyle="secondary" size="medium" margin={false} onClick={() => openModal(refundSlug)}>
          {words.refund}
        </Button>
      )}
      {isPaidState(state) && userMay(user, 'update', 'sales', tenantId) && (
        <Button buttonStyle="secondary" size="medium" margin={false} disabled={sending} onClick={resend}>
          {sending ? words.sending : words.resend}
        </Button>
      )}
      {mayGiveBack && canTransition(state, 'cancel') && (
        <Button buttonStyle="error" size="medium" margin={false} onClick={() => openModal(CANCEL_MODAL)}>
          {words.cancel}
        </Button>
      )}
      <p role="status" className="vitrine-ok">
        {outcome?.ok ? outcome.message : ''}
      </p>
      {outcome && !outcome.ok && (
        <p role="alert" className="vitrine-error">
          {outcome.message}
        </p>
      )}
      <RefundDrawer
        slug={refundSlug}
        orderId={id}
        reference={reference}
        currency={currency}
        left={total - refunded}
        paidOnline={Boolean(order.payment?.stripePaymentIntentId)}
        onRefunded={() => {
          setOutcome(null)
          router.refresh()
        }}
      />
      <ConfirmationModal
        modalSlug={CANCEL_MODAL}
        heading={words.cancelHeading}
        body={words.cancelBody(reference)}
        cancelLabel={words.keep}
        confirmLabel={words.cancelConfirm}
        confirmingLabel={words.cancelling}
        onConfirm={() => post('cancel', words.cancelled)}
      />
    </div>
  )
}

export default OrderActions
