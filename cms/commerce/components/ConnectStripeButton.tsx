'use client'
// "Connect Stripe" in the shop settings: sends the owner to Stripe's onboarding, which comes back
// to this page once done; once Stripe accepts charges it says so instead.
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { callApi } from './api'
import { useLanguage } from './language'
import './commerce-admin.css'

const EN = {
  saveFirst: 'Save these settings first, then connect Stripe to take card payments online.',
  ready: 'Connected — ready to take payments.',
  unfinished: 'Stripe still needs some details before it lets you take payments.',
  intro: 'Connect a Stripe account to take card payments online. Stripe asks who you are and where to pay you.',
  connect: 'Connect Stripe',
  resume: 'Continue on Stripe',
  opening: 'Opening Stripe…',
}
const FR: typeof EN = {
  saveFirst: 'Enregistrez d’abord ces réglages, puis connectez Stripe pour encaisser par carte en ligne.',
  ready: 'Connecté — prêt à encaisser.',
  unfinished: 'Stripe a encore besoin de quelques informations avant de vous laisser encaisser.',
  intro: 'Connectez un compte Stripe pour encaisser par carte en ligne. Stripe vous demande qui vous êtes et où vous verser l’argent.',
  connect: 'Connecter Stripe',
  resume: 'Continuer sur Stripe',
  opening: 'Ouverture de Stripe…',
}
const WORDS = { en: EN, fr: FR }

export function ConnectStripeButton() {
  const { id } = useDocumentInfo()
  const chargesEnabled = useFormFields(([fields]) => fields.stripeChargesEnabled?.value === true)
  const hasAccount = useFormFields(([fields]) => Boolean(fields.stripeAccountId?.value))
  const language = useLanguage()
  const words = WORDS[language]
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string>()

  if (id === undefined) return <p className="field-description">{words.saveFirst}</p>
  if (chargesEnabled) {
    return (
      <p role="status" className="vitrine-connect-stripe__ready vitrine-ok">
        <span aria-hidden="true">✓ </span>
        {words.ready}
      </p>
    )
  }

  async function connect() {
    setBusy(true)
    setError(undefined)
    const result = await callApi<{ url: string }>(language, 'POST', `/shop-settings/${id}/connect`)
    if (result.ok) {
      window.location.assign(result.data.url)
      return
    }
    setError(result.error.message)
    setBusy(false)
  }

  return (
    <div className="vitrine-connect-stripe">
      <p className="field-description">{hasAccount ? words.unfinished : words.intro}</p>
      <Button buttonStyle="primary" margin={false} disabled={busy} onClick={connect}>
        {busy ? words.opening : hasAccount ? words.resume : words.connect}
      </Button>
      {error && (
        <p role="alert" className="vitrine-error">
          {error}
        </p>
      )}
    </div>
  )
}

export default ConnectStripeButton
