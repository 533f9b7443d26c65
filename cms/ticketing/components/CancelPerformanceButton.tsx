'use client'
// "Cancel this performance" on a performance: every buyer is refunded (card or store credit) and
// mailed by a background job, whose progress shows in the Cancellation fields once it starts.
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { callApi } from '../../commerce/components/api'
import { useLanguage } from '../../commerce/components/language'

const EN = {
  intro: 'Cancelling takes the performance off sale and refunds every buyer, each by email, in the background.',
  refundTo: 'Refund buyers',
  card: 'to their card',
  credit: 'as store credit on this site',
  cancel: 'Cancel this performance',
  confirm: 'Cancel this performance and refund every buyer? This cannot be undone.',
  queued: 'Cancelled. Refunds are under way: reload the page to follow their progress.',
  started: 'This performance is cancelled; see the progress of its refunds below.',
}
const FR: typeof EN = {
  intro: 'Annuler retire la représentation de la vente et rembourse chaque acheteur, prévenu par e-mail, en arrière-plan.',
  refundTo: 'Rembourser les acheteurs',
  card: 'sur leur carte',
  credit: 'en avoir sur ce site',
  cancel: 'Annuler la représentation',
  confirm: 'Annuler cette représentation et rembourser tous les acheteurs ? C’est définitif.',
  queued: 'Annulée. Les remboursements sont en cours : rechargez la page pour suivre leur avancement.',
  started: 'Cette représentation est annulée ; l’avancement des remboursements est affiché ci-dessous.',
}

export function CancelPerformanceButton() {
  const { id } = useDocumentInfo()
  const started = useFormFields(([fields]) => Boolean(fields['cancellation.startedAt']?.value))
  const language = useLanguage()
  const words = language === 'fr' ? FR : EN
  const [refundTo, setRefundTo] = useState<'card' | 'store_credit'>('card')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  if (id === undefined) return null
  if (started) return <p className="field-description">{words.started}</p>

  async function cancel() {
    if (!window.confirm(words.confirm)) return
    setBusy(true)
    const result = await callApi<{ queued: boolean }>(language, 'POST', `/performances/${id}/cancel`, { refundTo })
    setMessage(result.ok ? { ok: true, text: words.queued } : { ok: false, text: result.error.message })
    setBusy(false)
  }

  return (
    <fieldset>
      <legend>{words.cancel}</legend>
      <p className="field-description">{words.intro}</p>
      <p>
        <label htmlFor="refund-to">{words.refundTo} </label>
        <select id="refund-to" value={refundTo} onChange={(event) => setRefundTo(event.target.value as 'card' | 'store_credit')}>
          <option value="card">{words.card}</option>
          <option value="store_credit">{words.credit}</option>
        </select>
      </p>
      <Button buttonStyle="error" margin={false} disabled={busy || message?.ok} onClick={cancel}>
        {words.cancel}
      </Button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vitrine-ok' : 'vitrine-error'}>
          {message.text}
        </p>
      )}
    </fieldset>
  )
}

export default CancelPerformanceButton
