'use client'
// The door scanner: choose the site, the performance and the door, then scan. Each scan asks the
// server (POST /api/ticketing/scan); when it cannot be reached, the downloaded kit answers, the
// admission is queued in the browser and uploaded when the connection is back, and any conflict
// with another door is shown to check.
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, useAuth } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { callApi } from '../../commerce/components/api'
import { intlLocale, useLanguage, type Language } from '../../commerce/components/language'
import { userMay } from '../../commerce/components/permissions'
import { SiteChoice } from '../../commerce/components/SiteChoice'
import '../../commerce/components/commerce-admin.css'
import type { DoorConflict, DoorDecision, ScannerKit, SyncedScan } from '../door-scans'
import { CameraScanner } from './CameraScanner'
import { admittedCount, decideOffline, prepareKit, type LocalAdmission } from './offline-door'
import { importTicketKey } from './offline-verify'
import { ScanAnswer, timeOf, type Shown } from './ScanAnswer'
import { queueGroups, readStored, sameQueuedScan, writeStored, type QueuedScan } from './scanner-storage'
import { REASONS, SCANNER_WORDS } from './scanner-words'
import './scanner-admin.css'

type Alert = { id: string; conflict: DoorConflict } | { id: string; refused: SyncedScan }
type DoorPerformance = { id: number | string; eventTitle: string; startsAt: string }

const KIT_REFRESH_MS = 60_000
const SYNC_EVERY_MS = 15_000
// A camera sees the same code many times a second: one scan per code per few seconds.
const CAMERA_REPEAT_MS = 4_000
// Our server failing is handled like no server at all: the kit answers.
const unreachable = (code: string) => code === 'unreachable' || code === 'internal' || /^5\d\d$/.test(code)

export function DoorScanner() {
  const language = useLanguage()
  const words = SCANNER_WORDS[language]
  const { user } = useAuth()
  const { options, selectedTenantID } = useTenantSelection()
  const tenant = selectedTenantID === undefined || selectedTenantID === '' ? undefined : String(selectedTenantID)
  const performances = useDoorPerformances(tenant, language)
  const [performance, setPerformance] = useState('')
  const [door, setDoor] = useState('')
  // A performance remembered from another day that the site no longer lists is not chosen.
  const chosen = performances === undefined || performances.some((p) => String(p.id) === performance) ? performance : ''
  const online = useOnline()
  const { kit, prepared, key, downloading, download } = useScannerKit(tenant, chosen, language, online)
  const [queue, setQueue] = useState<QueuedScan[]>([])
  const [onlineAdmissions, setOnlineAdmissions] = useState<LocalAdmission[]>([])
  const [alerts, setAlerts] = useState<Alert[]>([])
  const [shown, setShown] = useState<Shown | null>(null)
  const [typed, setTyped] = useState('')
  const [cameraOn, setCameraOn] = useState(false)
  const [reachable, setReachable] = useState(true)
  const [syncProblem, setSyncProblem] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  // Scans are answered one after the other, in the order they were read: none is dropped.
  const pending = useRef(Promise.resolve())
  const lastCameraRead = useRef({ text: '', at: 0 })

  useEffect(() => {
    setDoor(readStored('door', ''))
    setQueue(readStored<QueuedScan[]>('queue', []))
    setAlerts(readStored<Alert[]>('alerts', []))
  }, [])
  useEffect(() => {
    setPerformance(tenant ? readStored(`performance.${tenant}`, '') : '')
    setShown(null)
  }, [tenant])
  // Admissions made online since the kit was downloaded are in the next kit.
  useEffect(() => setOnlineAdmissions([]), [kit])

  const ready = Boolean(tenant && chosen && door.trim())
  const local = useMemo(
    () => [...queue.filter((scan) => scan.tenant === tenant && scan.performance === chosen), ...onlineAdmissions],
    [queue, onlineAdmissions, tenant, chosen],
  )
  const localRef = useRef(local)
  localRef.current = local

  const keepFocus = useCallback(() => {
    if (!cameraOn) requestAnimationFrame(() => inputRef.current?.focus())
  }, [cameraOn])

  const addAlerts = useCallback((more: Alert[]) => {
    if (more.length === 0) return
    setAlerts((current) => {
      const next = [...more, ...current]
      writeStored('alerts', next)
      return next
    })
  }, [])

  const syncing = useRef(false)
  const syncQueue = useCallback(async () => {
    if (syncing.current || navigator.onLine === false) return
    syncing.current = true
    try {
      for (const group of queueGroups(readStored<QueuedScan[]>('queue', []))) {
        const body = { tenant: group.tenant, performance: group.performance, door: group.door, scans: group.scans.map(({ input, at }) => ({ input, at })) }
        const result = await callApi<{ results: SyncedScan[]; conflicts: DoorConflict[] }>(language, 'POST', '/ticketing/scans/sync', body)
        if (!result.ok) {
          setSyncProblem(unreachable(result.error.code) ? null : result.error.message)
          break
        }
        setSyncProblem(null)
        const remaining = readStored<QueuedScan[]>('queue', []).filter((item) => !group.scans.some((sent) => sameQueuedScan(sent, item)))
        writeStored('queue', remaining)
        setQueue(remaining)
        addAlerts([
          ...result.data.conflicts.map((conflict) => ({ id: `${conflict.ticket.id}@${conflict.second.at}`, conflict })),
          ...result.data.results.filter((r) => r.verdict === 'invalid').map((refused) => ({ id: `${refused.ticket?.id}@${refused.at}`, refused })),
        ])
      }
    } finally {
      syncing.current = false
    }
  }, [language, addAlerts])

  useEffect(() => {
    if (!online) return
    void syncQueue()
    const timer = setInterval(() => void syncQueue(), SYNC_EVERY_MS)
    return () => clearInterval(timer)
  }, [online, syncQueue])

  const answer = useCallback(
    (next: Shown) => {
      setShown(next)
      // A buzz for a refusal, for staff looking at the holder rather than the screen.
      if (!('decision' in next) || next.decision.verdict !== 'valid') navigator.vibrate?.([120, 60, 120])
      keepFocus()
    },
    [keepFocus],
  )

  const scanNow = useCallback(
    async (raw: string) => {
      const input = raw.trim()
      if (!input || !tenant || !chosen) return
      if (!door.trim()) return answer({ problem: words.nameTheDoor })
      if (navigator.onLine !== false) {
        const result = await callApi<DoorDecision>(language, 'POST', '/ticketing/scan', { tenant, performance: chosen, door: door.trim(), input })
        setReachable(result.ok || !unreachable(result.error.code))
        if (result.ok) {
          const decision = result.data
          if (decision.verdict === 'valid' && decision.ticket) {
            // Duplicates are matched on the ticket, whatever its reissue: 0 stands for "this ticket".
            const admitted = { ticketId: decision.ticket.id, reissue: 0, door: door.trim(), at: new Date().toISOString() }
            setOnlineAdmissions((current) => [...current, admitted])
          }
          return answer({ decision, offline: false })
        }
        if (!unreachable(result.error.code)) return answer({ problem: result.error.message })
      }
      if (!prepared) return answer({ problem: words.noKitOffline })
      const offline = await decideOffline(prepared, input, { door: door.trim(), now: new Date(), local: localRef.current, key })
      if ('unverifiable' in offline) return answer({ problem: words.unverifiable })
      if (offline.admission) {
        const queued: QueuedScan = { ...offline.admission, tenant, performance: chosen, input }
        const next = [...readStored<QueuedScan[]>('queue', []), queued]
        writeStored('queue', next)
        setQueue(next)
        // The next scan, queued behind this one, must see this admission before React renders again.
        localRef.current = [...localRef.current, queued]
      }
      answer({ decision: offline.decision, offline: true })
    },
    [tenant, chosen, door, language, prepared, key, answer, words],
  )

  const scan = useCallback(
    (raw: string) => {
      pending.current = pending.current.then(() => scanNow(raw)).catch(() => answer({ problem: words.failed }))
    },
    [scanNow, answer, words],
  )

  const fromCamera = useCallback(
    (text: string) => {
      const now = Date.now()
      if (text === lastCameraRead.current.text && now - lastCameraRead.current.at < CAMERA_REPEAT_MS) return
      lastCameraRead.current = { text, at: now }
      scan(text)
    },
    [scan],
  )

  if (options.length === 0) return <p>{words.noSite}</p>
  const siteChoice = <SiteChoice id="scanner-site" />
  if (!tenant) return <>{siteChoice}<p>{words.chooseSite}</p></>
  if (!userMay(user, 'create', 'checkin', tenant)) return <>{siteChoice}<p>{words.notAllowed}</p></>

  const waiting = queue.length
  const clock = (iso: string) => timeOf(iso, language)

  return (
    <div className="vitrine-scanner">
      {siteChoice}
      <div className="vitrine-scanner__setup">
        <div className="vitrine-field">
          <label htmlFor="scanner-performance">{words.performance}</label>
          <select
            id="scanner-performance"
            value={chosen}
            onChange={(event) => {
              setPerformance(event.target.value)
              writeStored(`performance.${tenant}`, event.target.value)
            }}
          >
            <option value="">—</option>
            {(performances ?? []).map((p) => (
              <option key={String(p.id)} value={String(p.id)}>
                {p.eventTitle} — {new Date(p.startsAt).toLocaleString(intlLocale(language), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
              </option>
            ))}
          </select>
          {performances?.length === 0 && <p className="vitrine-hint">{words.noPerformance}</p>}
        </div>
        <div className="vitrine-field">
          <label htmlFor="scanner-door">{words.door}</label>
          <input
            id="scanner-door"
            value={door}
            maxLength={60}
            autoComplete="off"
            aria-describedby="scanner-door-hint"
            onChange={(event) => {
              setDoor(event.target.value)
              writeStored('door', event.target.value)
            }}
          />
          <p id="scanner-door-hint" className="vitrine-hint">
            {words.doorHint}
          </p>
        </div>
      </div>

      {!chosen && <p>{words.choosePerformance}</p>}
      {chosen && !door.trim() && <p>{words.nameTheDoor}</p>}

      {ready && (
        <>
          <div className="vitrine-scanner__status">
            <span className={`vitrine-scanner__pill vitrine-scanner__pill--${online && reachable ? 'online' : 'offline'}`}>{online && reachable ? words.online : words.offline}</span>
            {kit && (
              <span className="vitrine-scanner__count" aria-live="polite">
                {words.admitted}&nbsp;: <strong>{admittedCount(kit, local)}</strong> / {kit.tickets.length}
              </span>
            )}
          </div>

          <form
            className="vitrine-scanner__form"
            onSubmit={(event) => {
              event.preventDefault()
              const text = typed
              setTyped('')
              scan(text)
            }}
          >
            <label htmlFor="scanner-input" className="vitrine-scanner__label">
              {words.input}
            </label>
            <input
              id="scanner-input"
              ref={inputRef}
              className="vitrine-scanner__input"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
              // A barcode reader types into whatever has focus: keep it here unless staff chose another field.
              onBlur={() =>
                setTimeout(() => {
                  if (!document.activeElement || document.activeElement === document.body) keepFocus()
                }, 0)
              }
              autoFocus
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="characters"
              spellCheck={false}
              enterKeyHint="go"
              aria-describedby="scanner-input-hint"
            />
            <Button type="submit" buttonStyle="primary" size="large" margin={false}>
              {words.check}
            </Button>
            <p id="scanner-input-hint" className="vitrine-hint">
              {words.inputHint}
            </p>
          </form>

          <CameraScanner language={language} onCode={fromCamera} onRunningChange={setCameraOn} />

          <ScanAnswer shown={shown} language={language} />

          {alerts.length > 0 && (
            <section className="vitrine-scanner__alerts" aria-labelledby="scanner-alerts">
              <h2 id="scanner-alerts">{words.toCheck}</h2>
              <ul>
                {alerts.map((alert) => (
                  <li key={alert.id}>
                    <span>{alertText(alert, language, clock)}</span>
                    <Button
                      buttonStyle="secondary"
                      size="small"
                      margin={false}
                      onClick={() => {
                        const next = alerts.filter((other) => other.id !== alert.id)
                        setAlerts(next)
                        writeStored('alerts', next)
                        keepFocus()
                      }}
                    >
                      {words.dismiss}
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <div className="vitrine-scanner__offline-kit">
            <p className="vitrine-hint">{kit ? words.kit(kit.tickets.length, clock(kit.generatedAt)) : words.noKit}</p>
            <Button buttonStyle="secondary" size="small" margin={false} disabled={downloading || !online} onClick={() => void download().then(keepFocus)}>
              {downloading ? words.downloading : words.download}
            </Button>
            {waiting > 0 && (
              <>
                <p className="vitrine-hint">{words.waiting(waiting)}</p>
                <Button buttonStyle="secondary" size="small" margin={false} disabled={!online} onClick={() => void syncQueue().then(keepFocus)}>
                  {words.send}
                </Button>
                {syncProblem && <p className="vitrine-error">{syncProblem}</p>}
              </>
            )}
            {kit && key === null && <p className="vitrine-hint">{words.noOfflineCodes}</p>}
          </div>
        </>
      )}
    </div>
  )
}

function alertText(alert: Alert, language: Language, clock: (iso: string) => string): string {
  const words = SCANNER_WORDS[language]
  if ('conflict' in alert) {
    const { ticket, first, second } = alert.conflict
    const place = [ticket.place, ticket.holderName].filter(Boolean).join(', ')
    return words.conflict(place, words.at(first.door, clock(first.at)), words.at(second.door, clock(second.at)))
  }
  const { refused } = alert
  return words.refusedLater(refused.ticket?.place ?? words.unknownPlace, refused.reason ? REASONS[language][refused.reason] : '')
}

/** The performances a door may admit to on this site; undefined while loading. */
function useDoorPerformances(tenant: string | undefined, language: Language): DoorPerformance[] | undefined {
  const [loaded, setLoaded] = useState<{ tenant: string; performances: DoorPerformance[] }>()
  useEffect(() => {
    if (!tenant) return
    let current = true
    void callApi<{ performances: DoorPerformance[] }>(language, 'GET', `/ticketing/door-performances?tenant=${encodeURIComponent(tenant)}`).then((result) => {
      // A failed load leaves the list unknown rather than empty: the remembered choice stands.
      if (current && result.ok) setLoaded({ tenant, performances: result.data.performances })
    })
    return () => {
      current = false
    }
  }, [tenant, language])
  return loaded && loaded.tenant === tenant ? loaded.performances : undefined
}

/** Whether the browser believes it is connected; the scan itself finds out for sure. */
function useOnline(): boolean {
  const [online, setOnline] = useState(true)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    update()
    window.addEventListener('online', update)
    window.addEventListener('offline', update)
    return () => {
      window.removeEventListener('online', update)
      window.removeEventListener('offline', update)
    }
  }, [])
  return online
}

/**
 * The kit of the chosen performance: read from the browser's storage at once, downloaded again
 * when online and every minute, its public key imported for WebCrypto (null when the browser has
 * no Ed25519).
 */
function useScannerKit(tenant: string | undefined, performance: string, language: Language, online: boolean) {
  const [kit, setKit] = useState<ScannerKit | null>(null)
  const [key, setKey] = useState<CryptoKey | null>(null)
  const [downloading, setDownloading] = useState(false)
  const storageName = tenant && performance ? `kit.${tenant}.${performance}` : ''

  useEffect(() => setKit(storageName ? readStored<ScannerKit | null>(storageName, null) : null), [storageName])

  const download = useCallback(async () => {
    if (!tenant || !performance) return
    setDownloading(true)
    const result = await callApi<ScannerKit>(language, 'GET', `/ticketing/scanner-kit?${new URLSearchParams({ tenant, performance })}`)
    setDownloading(false)
    if (!result.ok) return
    writeStored(`kit.${tenant}.${performance}`, result.data)
    setKit(result.data)
  }, [tenant, performance, language])

  useEffect(() => {
    if (!online || !storageName) return
    void download()
    const timer = setInterval(() => void download(), KIT_REFRESH_MS)
    return () => clearInterval(timer)
  }, [online, storageName, download])

  const publicKey = kit?.publicKeyRaw
  useEffect(() => {
    let current = true
    if (!publicKey) return setKey(null)
    void importTicketKey(publicKey).then((imported) => {
      if (current) setKey(imported)
    })
    return () => {
      current = false
    }
  }, [publicKey])

  const prepared = useMemo(() => (kit ? prepareKit(kit) : null), [kit])
  return { kit, prepared, key, downloading, download }
}
