'use client'
// The answer to the last scan, big enough to read at arm's length: green to let in, red to refuse
// with the reason in words, orange for a ticket already scanned with where and when.
import React from 'react'

import { intlLocale, type Language } from '../../commerce/components/language'
import type { DoorDecision } from '../door-scans'
import { REASONS, SCANNER_WORDS } from './scanner-words'

export type Shown = { decision: DoorDecision; offline: boolean } | { problem: string }

export const timeOf = (iso: string, language: Language) => new Date(iso).toLocaleTimeString(intlLocale(language), { hour: '2-digit', minute: '2-digit', second: '2-digit' })
const dateOf = (iso: string, language: Language) => new Date(iso).toLocaleString(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' })

export function ScanAnswer({ shown, language }: { shown: Shown | null; language: Language }) {
  const words = SCANNER_WORDS[language]
  // Always in the page, so screen readers announce each new answer.
  if (!shown) return <section className="vitrine-scanner__answer" role="status" aria-live="assertive" />
  if ('problem' in shown) {
    return (
      <section className="vitrine-scanner__answer vitrine-scanner__answer--problem" role="status" aria-live="assertive">
        <p className="vitrine-scanner__reason">{shown.problem}</p>
      </section>
    )
  }
  const { decision, offline } = shown
  const { ticket } = decision
  return (
    <section className={`vitrine-scanner__answer vitrine-scanner__answer--${decision.verdict}`} role="status" aria-live="assertive">
      <p className="vitrine-scanner__verdict">{words[decision.verdict]}</p>
      {decision.reason && <p className="vitrine-scanner__reason">{REASONS[language][decision.reason]}</p>}
      {decision.firstScan && <p className="vitrine-scanner__reason">{words.firstScan(decision.firstScan.door, timeOf(decision.firstScan.at, language))}</p>}
      {ticket && (
        <div className="vitrine-scanner__ticket">
          <p className="vitrine-scanner__place">{ticket.place}</p>
          {ticket.holderName && <p className="vitrine-scanner__holder">{ticket.holderName}</p>}
          <p>{ticket.priceLabel}</p>
          {decision.reason === 'other-performance' && ticket.startsAt && (
            <p>
              {ticket.eventTitle} — {dateOf(ticket.startsAt, language)}
            </p>
          )}
        </div>
      )}
      {offline && <p className="vitrine-scanner__offline">{words.decidedOffline}</p>}
    </section>
  )
}
