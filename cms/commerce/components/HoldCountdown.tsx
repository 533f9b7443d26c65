'use client'
// How long the till still holds a seat, in whole minutes, ticking on its own so the rest of the sale does not re-render.
import React, { useEffect, useState } from 'react'

import { useLanguage } from './language'

const EN = {
  left: (minutes: number) => (minutes <= 1 ? 'held for less than a minute' : `held for ${minutes} more minutes`),
  over: 'hold ended: hold the seat again',
}
const FR: typeof EN = {
  left: (minutes) => (minutes <= 1 ? 'retenue moins d’une minute encore' : `retenue encore ${minutes}\u00a0minutes`),
  over: 'délai écoulé\u00a0: retenez à nouveau la place',
}
const WORDS = { en: EN, fr: FR }

/** Minutes left before `expiresAt`, rounded up: 0 only once the hold has ended. */
export const minutesLeft = (expiresAt: string, now: number) => Math.max(0, Math.ceil((new Date(expiresAt).getTime() - now) / 60_000))

export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const words = WORDS[useLanguage()]
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000)
    return () => clearInterval(timer)
  }, [])
  const minutes = minutesLeft(expiresAt, now)
  return <span className={minutes === 0 ? 'vitrine-error vitrine-pos__hold' : 'vitrine-pos__hold'}>{minutes === 0 ? words.over : words.left(minutes)}</span>
}
