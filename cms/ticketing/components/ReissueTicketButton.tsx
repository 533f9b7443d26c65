'use client'
// "Reissue" on a ticket: a lost ticket gets a new code and number; the old one is refused at the door.
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { callApi } from '../../commerce/components/api'
import { useLanguage } from '../../commerce/components/language'

const EN = {
  intro: 'Lost ticket? Reissue it: the buyer gets a new code, and the old one is refused at the door from now on.',
  reissue: 'Reissue this ticket',
  confirm: 'Reissue this ticket? Its current code will stop working at once.',
  done: (n: string) => `Reissued: new number ${n}. Resend the buyer their tickets link.`,
  unusable: 'Only a valid ticket not yet used at the door can be reissued.',
}
const FR: typeof EN = {
  intro: 'Billet perdu ? Rééditez-le : l’acheteur reçoit un nouveau code, l’ancien est refusé à l’entrée dès maintenant.',
  reissue: 'Rééditer ce billet',
  confirm: 'Rééditer ce billet ? Son code actuel cessera aussitôt de fonctionner.',
  done: (n: string) => `Réédité : nouveau numéro ${n}. Renvoyez à l’acheteur le lien de ses billets.`,
  unusable: 'Seul un billet valable et pas encore utilisé à l’entrée peut être réédité.',
}

export function ReissueTicketButton() {
  const { id } = useDocumentInfo()
  const state = useFormFields(([fields]) => fields.state?.value)
  const admitted = useFormFields(([fields]) => Boolean(fields.admittedAt?.value))
  const language = useLanguage()
  const words = language === 'fr' ? FR : EN
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ ok: boolean; text: string }>()
  if (id === undefined) return null
  if (state !== 'valid' || admitted) return <p className="field-description">{words.unusable}</p>

  async function reissue() {
    if (!window.confirm(words.confirm)) return
    setBusy(true)
    const result = await callApi<{ ticket: { number: string } }>(language, 'POST', `/tickets/${id}/reissue`)
    setMessage(result.ok ? { ok: true, text: words.done(result.data.ticket.number) } : { ok: false, text: result.error.message })
    setBusy(false)
  }

  return (
    <div>
      <p className="field-description">{words.intro}</p>
      <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={reissue}>
        {words.reissue}
      </Button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vitrine-ok' : 'vitrine-error'}>
          {message.text}
        </p>
      )}
    </div>
  )
}

export default ReissueTicketButton
