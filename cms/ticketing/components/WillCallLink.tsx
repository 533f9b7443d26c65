'use client'
// A link to print the performance's will-call list: tickets to hand over at the box office, A to Z.
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { useLanguage } from '../../commerce/components/language'

export function WillCallLink() {
  const { id } = useDocumentInfo()
  const fr = useLanguage() === 'fr'
  if (id === undefined) return null
  return (
    <p>
      <a href={`/api/performances/${id}/will-call`} target="_blank" rel="noopener">
        {fr ? 'Imprimer la liste des billets à retirer (PDF)' : 'Print the will-call list (PDF)'}
      </a>
    </p>
  )
}

export default WillCallLink
