'use client'
// The "Verify" button of a custom domain: checks the DNS TXT record now and shows the outcome.
import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Outcome = { verified: boolean; reason: string } | { error: { message: string } }

export function VerifyDomainButton() {
  const { id } = useDocumentInfo()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  if (!id) return <p className="field-description">Save the domain first, then publish the TXT record and verify it here.</p>

  async function verify() {
    setBusy(true)
    try {
      const response = await fetch(`/api/domains/${id}/verify`, { method: 'POST', credentials: 'include' })
      setOutcome((await response.json()) as Outcome)
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="vitrine-verify-domain">
      <Button buttonStyle="secondary" disabled={busy} onClick={verify}>
        {busy ? 'Checking DNS…' : 'Verify now'}
      </Button>
      {outcome && (
        <p role="status" className={'verified' in outcome && outcome.verified ? 'vitrine-ok' : 'vitrine-error'}>
          {'error' in outcome ? outcome.error.message : outcome.verified ? `Verified: ${outcome.reason}.` : `Not verified yet: ${outcome.reason}.`}
        </p>
      )}
    </div>
  )
}

export default VerifyDomainButton
