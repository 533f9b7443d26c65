'use client'
// The snippet an organizer pastes in another website to embed this event's ticket office there
// (it resizes itself). The site must also list that website in its settings (Sites allowed to
// embed this site), or browsers refuse the frame.
import { CopyToClipboard, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { embedSnippet } from '../../../src/lib/embed'
import { useLanguage } from '../../commerce/components/language'

const WORDS = {
  en: { title: 'Embed on another website', intro: 'Paste this where the ticket office should appear. Add that website to Settings → Sites allowed to embed this site.', saveFirst: 'Save the event first.' },
  fr: { title: 'Intégrer sur un autre site', intro: 'Collez ceci là où la billetterie doit apparaître. Ajoutez ce site dans Réglages → Sites autorisés à intégrer ce site.', saveFirst: 'Enregistrez d’abord l’événement.' },
}

/** The site's public origin: its verified domain, else its address on the platform. */
async function siteOrigin(tenantId: string | number): Promise<string | null> {
  const domains = await fetch(`/api/domains?where[tenant][equals]=${tenantId}&where[status][equals]=verified&limit=1&depth=0`, { credentials: 'include' })
  const verified = domains.ok ? ((await domains.json()) as { docs: { host: string }[] }).docs[0] : undefined
  if (verified) return `https://${verified.host}`
  const tenant = await fetch(`/api/tenants/${tenantId}?depth=0`, { credentials: 'include' })
  if (!tenant.ok) return null
  const { slug } = (await tenant.json()) as { slug: string }
  return `${window.location.protocol}//${slug}.${window.location.host}`
}

export function EmbedSnippet() {
  const { id } = useDocumentInfo()
  const tenant = useFormFields(([fields]) => fields.tenant?.value as string | number | undefined)
  const slug = useFormFields(([fields]) => fields.slug?.value as string | undefined)
  const words = WORDS[useLanguage()]
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => {
    if (tenant !== undefined && tenant !== null) void siteOrigin(tenant).then(setOrigin)
  }, [tenant])
  if (id === undefined || !slug) return <p className="field-description">{words.saveFirst}</p>
  if (!origin) return null
  const snippet = embedSnippet(origin, `/billetterie/${slug}`)
  return (
    <div>
      <p className="field-description">
        <strong>{words.title}</strong> — {words.intro}
      </p>
      <pre className="vitrine-snippet">
        <code>{snippet}</code> <CopyToClipboard value={snippet} />
      </pre>
    </div>
  )
}

export default EmbedSnippet
