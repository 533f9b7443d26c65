'use client'
// Tickets at the box office: choose a performance, hold the best seats of a category or seats picked
// from the list of free ones (POST /api/box-office/seats, held for this till as a cart holds them
// online), and add general-admission places. Held seats become lines of the sale, one per seat.
import { Button } from '@payloadcms/ui'
import React, { useEffect, useMemo, useRef, useState } from 'react'

import { MAX_PARTY_SIZE } from '../../../src/domain/ticketing/best-available'
import type { HeldSeat, TillPerformance, TillPrice, TillSeat } from '../../ticketing/endpoints/box-office-seats'
import { callApi, type ApiError } from './api'
import { describedBy, FieldMessage } from './FieldMessage'
import { HoldCountdown } from './HoldCountdown'
import { formatCents, intlLocale, useLanguage, type Language } from './language'

const EN = {
  heading: 'Tickets',
  performance: 'Performance',
  choose: 'Choose…',
  loadingSeats: 'Loading the seats…',
  best: 'Best available seats',
  category: 'Category',
  anyCategory: 'Any category',
  free: (count: number) => `${count} free`,
  seatCount: 'Number of seats',
  holdBest: 'Hold the best seats',
  pick: 'Choose seats',
  find: 'Find a seat (row, number or id)',
  noFree: 'No free seat matches.',
  more: (shown: number, all: number) => `${shown} of ${all} shown: narrow the search.`,
  holdChosen: (count: number) => (count === 0 ? 'Hold the chosen seats' : count === 1 ? 'Hold the chosen seat' : `Hold the ${count} chosen seats`),
  holding: 'Holding…',
  heldAt: (count: number) => ` (${count} held here)`,
  heldHere: (count: number) => (count === 1 ? '1 seat held at this till,' : `${count} seats held at this till,`),
  release: 'Give them back',
  zones: 'General admission',
  soldOut: 'sold out',
  left: (count: number) => `${count} places left`,
  price: 'Price',
  places: 'Places',
  addZone: 'Add to sale',
  noPrice: 'no price',
}
const FR: typeof EN = {
  heading: 'Billets',
  performance: 'Représentation',
  choose: 'Choisir…',
  loadingSeats: 'Chargement des places…',
  best: 'Meilleures places disponibles',
  category: 'Catégorie',
  anyCategory: 'Toutes catégories',
  free: (count) => `${count} libres`,
  seatCount: 'Nombre de places',
  holdBest: 'Retenir les meilleures places',
  pick: 'Choisir des places',
  find: 'Chercher une place (rang, numéro ou identifiant)',
  noFree: 'Aucune place libre ne correspond.',
  more: (shown, all) => `${shown} sur ${all} affichées\u00a0: précisez la recherche.`,
  holdChosen: (count) => (count === 0 ? 'Retenir les places choisies' : count === 1 ? 'Retenir la place choisie' : `Retenir les ${count} places choisies`),
  holding: 'Réservation…',
  heldAt: (count) => ` (${count} retenue${count > 1 ? 's' : ''} ici)`,
  heldHere: (count) => (count === 1 ? '1 place retenue à ce guichet,' : `${count} places retenues à ce guichet,`),
  release: 'Les libérer',
  zones: 'Placement libre',
  soldOut: 'complet',
  left: (count) => `reste ${count} places`,
  price: 'Tarif',
  places: 'Places',
  addZone: 'Ajouter à la vente',
  noPrice: 'sans tarif',
}
const WORDS = { en: EN, fr: FR }

/** At most this many free seats in the list; the search narrows it. */
const SHOWN_SEATS = 60

/** "Le Misanthrope — Sat 12 Dec, 20:30" */
export const performanceName = (performance: { eventTitle: string; startsAt: string }, language: Language) =>
  `${performance.eventTitle} — ${new Date(performance.startsAt).toLocaleString(intlLocale(language), { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}`

/** The site's performances on sale, reloaded when the site changes or the till's holds did. */
export function useTillPerformances(tenantId: string | undefined, language: Language, refresh: number): { performances?: TillPerformance[]; loadError?: string } {
  const [loaded, setLoaded] = useState<{ tenantId: string; performances?: TillPerformance[]; loadError?: string }>()
  useEffect(() => {
    if (!tenantId) return
    let current = true
    void callApi<{ performances: TillPerformance[] }>(language, 'GET', `/box-office/performances?${new URLSearchParams({ tenant: tenantId })}`).then((result) => {
      if (current) setLoaded(result.ok ? { tenantId, performances: result.data.performances } : { tenantId, loadError: result.error.message })
    })
    return () => {
      current = false
    }
  }, [tenantId, language, refresh])
  return loaded && loaded.tenantId === tenantId ? loaded : {}
}

type ZoneChoice = { price: string; quantity: string }
type PanelError = { at: 'performance' | 'best' | 'seats' | 'panel' | `zone:${string}`; message: string }

type Props = {
  tenantId: string
  performances: readonly TillPerformance[]
  /** The performance being sold: kept from one sale to the next. */
  selectedId: string
  onSelect: (performanceId: string) => void
  refresh: number
  /** The till's holds at a performance as the server has them now; `addNew`: seats not in the sale join it. */
  onHeld: (performance: TillPerformance, held: HeldSeat[], options: { addNew: boolean }) => void
  /** Every seat of the till at this performance was given back. */
  onReleased: (performanceId: string) => void
  onZone: (choice: { performance: TillPerformance; zone: TillPerformance['zones'][number]; price: TillPrice; quantity: number }) => void
  /** Holds changed: the counts and lists are stale. */
  onChanged: () => void
}

export function BoxOfficeTickets({ tenantId, performances, selectedId, onSelect, refresh, onHeld, onReleased, onZone, onChanged }: Props) {
  const language = useLanguage()
  const words = WORDS[language]
  const performance = performances.find((p) => String(p.id) === selectedId)
  const seated = Boolean(performance && performance.categories.length > 0)
  const [seats, setSeats] = useState<{ performanceId: string; free: TillSeat[]; held: HeldSeat[] }>()
  const [best, setBest] = useState({ category: '', quantity: '2' })
  const [chosen, setChosen] = useState<string[]>([])
  const [search, setSearch] = useState('')
  const [zones, setZones] = useState<Record<string, ZoneChoice>>({})
  const [error, setError] = useState<PanelError | null>(null)
  const [busy, setBusy] = useState(false)
  // Seats held before (another visit, a reload) join the sale when their performance is chosen. Later
  // reads only update hold times: one started before a seat was taken out would put it back.
  const joinedFor = useRef('')

  // The free seats and the till's holds of the chosen performance.
  useEffect(() => {
    if (!performance || !seated) return
    let current = true
    const query = new URLSearchParams({ tenant: tenantId, performance: String(performance.id) })
    void callApi<{ free: TillSeat[]; held: HeldSeat[] }>(language, 'GET', `/box-office/seats?${query}`).then((result) => {
      if (!current) return
      if (!result.ok) return setError({ at: 'performance', message: result.error.message })
      setSeats({ performanceId: String(performance.id), ...result.data })
      onHeld(performance, result.data.held, { addNew: joinedFor.current !== selectedId })
      joinedFor.current = selectedId
    })
    return () => {
      current = false
    }
    // By id: the performance object is a new one after each reload of the list.
  }, [tenantId, selectedId, seated, refresh, language])

  const shownSeats = seats && seats.performanceId === selectedId ? seats : undefined
  const categoryLabel = useMemo(() => new Map((performance?.categories ?? []).map((c) => [c.id, c.label])), [performance])
  const wanted = search.trim().toLocaleLowerCase()
  const matching = (shownSeats?.free ?? []).filter((seat) => !wanted || seat.place.toLocaleLowerCase().includes(wanted) || seat.seatId.toLocaleLowerCase().includes(wanted))
  const earliestHold = shownSeats?.held.map((seat) => seat.expiresAt).sort()[0]

  function choosePerformance(id: string) {
    onSelect(id)
    setChosen([])
    setSearch('')
    setError(null)
  }

  /** Field errors of the seat endpoints, beside the control they are about. */
  function showError(apiError: ApiError) {
    const field = apiError.field ?? ''
    const at: PanelError['at'] = field === 'performance' ? 'performance' : field === 'quantity' || field === 'category' ? 'best' : field.startsWith('seats') ? 'seats' : 'panel'
    setError({ at, message: apiError.message })
  }

  async function hold(body: Record<string, unknown>) {
    if (!performance || busy) return
    setBusy(true)
    setError(null)
    const result = await callApi<{ seats: HeldSeat[]; held: HeldSeat[] }>(language, 'POST', '/box-office/seats', { tenant: tenantId, performance: performance.id, ...body })
    setBusy(false)
    if (!result.ok) return showError(result.error)
    setChosen([])
    setSeats((current) => (current && current.performanceId === String(performance.id) ? { ...current, held: result.data.held } : current))
    onHeld(performance, result.data.held, { addNew: true })
    onChanged()
  }

  async function releaseAll() {
    if (!performance || busy) return
    setBusy(true)
    setError(null)
    const result = await callApi<{ held: HeldSeat[] }>(language, 'POST', '/box-office/seats/release', { tenant: tenantId, performance: performance.id })
    setBusy(false)
    if (!result.ok) return showError(result.error)
    setSeats((current) => (current && current.performanceId === String(performance.id) ? { ...current, held: [] } : current))
    onReleased(String(performance.id))
    onChanged()
  }

  function addZone(zone: TillPerformance['zones'][number]) {
    if (!performance) return
    const prices = performance.prices[zone.category] ?? []
    const choice = zones[zone.zoneId] ?? { price: '', quantity: '1' }
    const price = prices.find((p) => `${p.productId}:${p.variantId}` === choice.price) ?? prices[0]
    const quantity = Number(choice.quantity)
    if (!price) return
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > Math.min(MAX_PARTY_SIZE, zone.remaining)) {
      setError({ at: `zone:${zone.zoneId}`, message: language === 'fr' ? `De 1 à ${Math.min(MAX_PARTY_SIZE, zone.remaining)} places.` : `From 1 to ${Math.min(MAX_PARTY_SIZE, zone.remaining)} places.` })
      return
    }
    setError(null)
    onZone({ performance, zone, price, quantity })
  }

  const priceText = (price: TillPrice) => `${price.label} — ${formatCents(price.amount, language)}`
  const errorOf = (at: PanelError['at']) => (error?.at === at ? error.message : undefined)

  return (
    <section className="vitrine-pos__tickets" aria-labelledby="pos-tickets-heading">
      <h2 id="pos-tickets-heading">{words.heading}</h2>
      <div className="vitrine-field">
        <label htmlFor="pos-performance">{words.performance}</label>
        <select id="pos-performance" value={selectedId} onChange={(event) => choosePerformance(event.target.value)} {...describedBy('pos-performance-error', errorOf('performance'))}>
          <option value="">{words.choose}</option>
          {performances.map((p) => (
            <option key={String(p.id)} value={String(p.id)}>
              {`${performanceName(p, language)}${p.heldHere > 0 ? words.heldAt(p.heldHere) : ''}`}
            </option>
          ))}
        </select>
        <FieldMessage id="pos-performance-error" message={errorOf('performance')} />
      </div>

      {performance && seated && !shownSeats && <p role="status">{words.loadingSeats}</p>}
      {performance && shownSeats && (
        <>
          {shownSeats.held.length > 0 && (
            <div className="vitrine-pos__held">
              <p role="status">
                {words.heldHere(shownSeats.held.length)} <HoldCountdown expiresAt={earliestHold!} />
              </p>
              <Button buttonStyle="secondary" size="small" margin={false} disabled={busy} onClick={() => void releaseAll()}>
                {words.release}
              </Button>
            </div>
          )}

          <fieldset className="vitrine-pos__group">
            <legend>{words.best}</legend>
            <div className="vitrine-pos__ticket-controls">
              <div className="vitrine-field">
                <label htmlFor="pos-best-category">{words.category}</label>
                <select id="pos-best-category" value={best.category} onChange={(event) => setBest({ ...best, category: event.target.value })}>
                  <option value="">{words.anyCategory}</option>
                  {performance.categories.map((c) => (
                    <option key={c.id} value={c.id} disabled={c.free === 0 || !performance.prices[c.id]}>
                      {`${c.label} — ${performance.prices[c.id] ? words.free(c.free) : words.noPrice}`}
                    </option>
                  ))}
                </select>
              </div>
              <div className="vitrine-field">
                <label htmlFor="pos-best-quantity">{words.seatCount}</label>
                <input
                  id="pos-best-quantity"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_PARTY_SIZE}
                  value={best.quantity}
                  onChange={(event) => setBest({ ...best, quantity: event.target.value })}
                  {...describedBy('pos-best-error', errorOf('best'))}
                />
              </div>
              <Button buttonStyle="secondary" margin={false} disabled={busy} onClick={() => void hold({ mode: 'best', quantity: Number(best.quantity), ...(best.category ? { category: best.category } : {}) })}>
                {busy ? words.holding : words.holdBest}
              </Button>
            </div>
            <FieldMessage id="pos-best-error" message={errorOf('best')} />
          </fieldset>

          <fieldset className="vitrine-pos__group">
            <legend>{words.pick}</legend>
            <div className="vitrine-field">
              <label htmlFor="pos-seat-search">{words.find}</label>
              <input id="pos-seat-search" type="search" autoComplete="off" value={search} onChange={(event) => setSearch(event.target.value)} />
            </div>
            {matching.length === 0 ? (
              <p>{words.noFree}</p>
            ) : (
              <ul className="vitrine-pos__seat-list">
                {matching.slice(0, SHOWN_SEATS).map((seat) => (
                  <li key={seat.seatId}>
                    <label className="vitrine-choice">
                      <input
                        type="checkbox"
                        checked={chosen.includes(seat.seatId)}
                        onChange={(event) => setChosen((current) => (event.target.checked ? [...current, seat.seatId] : current.filter((id) => id !== seat.seatId)))}
                      />
                      {`${seat.place} — ${categoryLabel.get(seat.category) ?? seat.category}`}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {matching.length > SHOWN_SEATS && <p className="vitrine-hint">{words.more(SHOWN_SEATS, matching.length)}</p>}
            <FieldMessage id="pos-seats-error" message={errorOf('seats')} />
            <div>
              <Button buttonStyle="secondary" margin={false} disabled={busy || chosen.length === 0} extraButtonProps={errorOf('seats') ? { 'aria-describedby': 'pos-seats-error' } : {}} onClick={() => void hold({ seats: chosen })}>
                {busy ? words.holding : words.holdChosen(chosen.length)}
              </Button>
            </div>
          </fieldset>
        </>
      )}

      {performance && performance.zones.length > 0 && (
        <fieldset className="vitrine-pos__group">
          <legend>{words.zones}</legend>
          {performance.zones.map((zone) => {
            const id = `pos-zone-${zone.zoneId}`
            const prices = performance.prices[zone.category] ?? []
            const choice = zones[zone.zoneId] ?? { price: '', quantity: '1' }
            const setChoice = (change: Partial<ZoneChoice>) => setZones((current) => ({ ...current, [zone.zoneId]: { ...choice, ...change } }))
            const closed = zone.remaining === 0 || prices.length === 0
            return (
              <div key={zone.zoneId} className="vitrine-pos__zone" role="group" aria-labelledby={`${id}-name`}>
                <p>
                  <strong id={`${id}-name`}>{zone.label}</strong> <span className="vitrine-hint">{zone.remaining === 0 ? words.soldOut : prices.length === 0 ? words.noPrice : words.left(zone.remaining)}</span>
                </p>
                {!closed && (
                  <div className="vitrine-pos__ticket-controls">
                    <div className="vitrine-field">
                      <label htmlFor={`${id}-price`}>{words.price}</label>
                      <select id={`${id}-price`} value={choice.price || `${prices[0]!.productId}:${prices[0]!.variantId}`} onChange={(event) => setChoice({ price: event.target.value })}>
                        {prices.map((price) => (
                          <option key={`${price.productId}:${price.variantId}`} value={`${price.productId}:${price.variantId}`}>
                            {priceText(price)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className="vitrine-field">
                      <label htmlFor={`${id}-quantity`}>{words.places}</label>
                      <input
                        id={`${id}-quantity`}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={Math.min(MAX_PARTY_SIZE, zone.remaining)}
                        value={choice.quantity}
                        onChange={(event) => setChoice({ quantity: event.target.value })}
                        {...describedBy(`${id}-error`, errorOf(`zone:${zone.zoneId}`))}
                      />
                    </div>
                    <Button buttonStyle="secondary" margin={false} onClick={() => addZone(zone)}>
                      {words.addZone}
                      <span className="vitrine-visually-hidden"> — {zone.label}</span>
                    </Button>
                  </div>
                )}
                <FieldMessage id={`${id}-error`} message={errorOf(`zone:${zone.zoneId}`)} />
              </div>
            )
          })}
        </fieldset>
      )}
      {error?.at === 'panel' && (
        <p role="alert" className="vitrine-error">
          {error.message}
        </p>
      )}
    </section>
  )
}
