'use client'
// The box office: ring up a sale for the selected site, record it through POST /api/box-office/sales
// (which prices it, takes the stock and marks it paid), then print the receipt. Tickets come from
// the tickets panel: seats held for this till, places in general-admission zones.
import { useTenantSelection } from '@payloadcms/plugin-multi-tenant/client'
import { Button, useAuth } from '@payloadcms/ui'
import React, { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import type { CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import type { Receipt } from '../../../src/domain/mail/receipt'
import { mailLanguage } from '../../../src/domain/mail/wording'
import type { Order, Product } from '../../payload-types'
import type { HeldSeat, TillPerformance } from '../../ticketing/endpoints/box-office-seats'
import { toCatalogueProduct } from '../catalogue'
import { receiptOf } from '../orders/receipt'
import { callApi, errorsByField, formLevelMessage, type ApiError } from './api'
import { addProduct, addZonePlaces, displayTotal, saleItems, withHeldSeats, withoutSeats, type SaleLine } from './box-office-cart'
import { BoxOfficeTickets, useTillPerformances } from './BoxOfficeTickets'
import { formatCents, useLanguage, type Language } from './language'
import { userMay } from './permissions'
import { ProductPicker } from './ProductPicker'
import { SaleLines } from './SaleLines'
import { SalePayment, type PaymentDetails } from './SalePayment'
import { SaleReceipt } from './SaleReceipt'
import { SiteChoice } from './SiteChoice'
import './commerce-admin.css'
import './box-office-tickets.css'

type RecordedSale = { id: number | string; reference: string; total: number; due: number; storeCredit: number }
type Done = { sale: RecordedSale; method: PaymentDetails['method']; receipt: Receipt | null }

const EN = {
  chooseSite: 'Choose the site you are selling for.',
  noSite: 'You do not sell for any site.',
  notAllowed: 'Your role on this site does not include selling.',
  loading: 'Loading the products…',
  noProducts: 'This site has no product on sale.',
  total: 'Total',
  totalHint: 'Before discount codes and store credit: the sale is priced again when recorded.',
  record: 'Record sale',
  recording: 'Recording…',
  recorded: (reference: string) => `Sale recorded — ${reference}`,
  collect: (amount: string, method: string) => `To collect: ${amount} (${method}).`,
  nothingToCollect: 'Nothing to collect: store credit paid it all.',
  print: 'Print receipt',
  next: 'New sale',
  noReceipt: 'The sale is recorded, but its receipt could not be loaded: find it among the orders.',
}
const FR: typeof EN = {
  chooseSite: 'Choisissez le site pour lequel vous vendez.',
  noSite: 'Vous ne vendez pour aucun site.',
  notAllowed: 'Votre rôle sur ce site ne permet pas de vendre.',
  loading: 'Chargement des produits…',
  noProducts: 'Ce site n’a aucun produit en vente.',
  total: 'Total',
  totalHint: 'Avant codes de réduction et avoirs\u00a0: la vente est recalculée à l’enregistrement.',
  record: 'Enregistrer la vente',
  recording: 'Enregistrement…',
  recorded: (reference) => `Vente enregistrée — ${reference}`,
  collect: (amount, method) => `À encaisser\u00a0: ${amount} (${method}).`,
  nothingToCollect: 'Rien à encaisser\u00a0: l’avoir a tout payé.',
  print: 'Imprimer le reçu',
  next: 'Nouvelle vente',
  noReceipt: 'La vente est enregistrée, mais son reçu n’a pas pu être chargé\u00a0: retrouvez-le parmi les commandes.',
}
const WORDS = { en: EN, fr: FR }

const NO_DETAILS: PaymentDetails = { email: '', name: '', channel: 'box_office', method: 'cash', giftCardCode: '', discountCode: '' }
const FORM_FIELDS = new Set(['items', 'email', 'name', 'channel', 'method', 'giftCardCode', 'discountCode'])
const shownOnForm = (field: string) => FORM_FIELDS.has(field) || /^items\.\d+\.(productId|variantId|quantity|performanceId|seatId|zoneId|answers\.\d+)$/.test(field)

export function BoxOfficeSale() {
  const language = useLanguage()
  const words = WORDS[language]
  const { user } = useAuth()
  const { options, selectedTenantID } = useTenantSelection()
  const tenantId = selectedTenantID === undefined || selectedTenantID === '' ? undefined : String(selectedTenantID)
  const siteOption = options.find((option) => String(option.value) === tenantId)
  const siteName = typeof siteOption?.label === 'string' ? siteOption.label : ''
  const { products, loadError } = useCatalogue(tenantId, language)
  const catalogue = useMemo(() => new Map((products ?? []).map((product) => [product.id, product])), [products])
  // Ticket prices sell from the tickets panel, with a performance and a seat or zone.
  const pickable = useMemo(() => (products ?? []).filter((product) => !product.ticketOf), [products])
  // Bumped whenever the till's holds may have changed, so the counts and seat lists are read again.
  const [ticketsRefresh, setTicketsRefresh] = useState(0)
  const refreshTickets = useCallback(() => setTicketsRefresh((n) => n + 1), [])
  const { performances, loadError: ticketsError } = useTillPerformances(tenantId, language, ticketsRefresh)
  const [performanceId, setPerformanceId] = useState('')

  const [lines, setLines] = useState<SaleLine[]>([])
  const [details, setDetails] = useState<PaymentDetails>(NO_DETAILS)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<Done | null>(null)
  const nextKey = useRef(1)
  const formRef = useRef<HTMLFormElement>(null)
  const doneRef = useRef<HTMLHeadingElement>(null)
  const filterRef = useRef<HTMLInputElement>(null)
  const now = new Date()

  // Another site, another sale.
  useEffect(() => {
    startOver()
    setPerformanceId('')
  }, [tenantId])
  useEffect(() => {
    // The sale's own fields: the tickets panel keeps its errors to itself.
    if (error) formRef.current?.querySelector<HTMLElement>('.vitrine-pos__checkout [aria-invalid="true"]')?.focus()
  }, [error])
  useEffect(() => {
    if (done) doneRef.current?.focus()
  }, [done])

  function startOver() {
    setLines([])
    setDetails(NO_DETAILS)
    setError(null)
    setDone(null)
  }

  function newSale() {
    startOver()
    // The next sale starts at the performance, the product filter, or the first product when there are few.
    requestAnimationFrame(() => (formRef.current?.querySelector<HTMLElement>('#pos-performance') ?? filterRef.current ?? formRef.current?.querySelector<HTMLElement>('.vitrine-pos__product'))?.focus())
  }

  function updateLine(key: number, change: Partial<SaleLine>) {
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...change } : line)))
  }

  function removeLine(key: number) {
    const seat = lines.find((line) => line.key === key)?.ticket
    setLines((current) => current.filter((line) => line.key !== key))
    // Line errors are by position: once a line goes, they point at the wrong ones.
    setError(null)
    // A seat taken out of the sale is given back at once, not when the hold runs out.
    if (tenantId && seat?.seatId) {
      void callApi(language, 'POST', '/box-office/seats/release', { tenant: tenantId, performance: seat.performanceId, seats: [seat.seatId] }).then(refreshTickets)
    }
  }

  const seatsHeld = useCallback(
    (performance: TillPerformance, held: HeldSeat[], options: { addNew: boolean }) => setLines((current) => withHeldSeats(current, performance, held, () => nextKey.current++, options)),
    [],
  )
  const seatsReleased = useCallback((performanceId: string) => setLines((current) => withoutSeats(current, performanceId)), [])

  async function recordSale(event: React.FormEvent) {
    event.preventDefault()
    if (!tenantId || busy) return
    setBusy(true)
    setError(null)
    const { email, name, channel, method, giftCardCode, discountCode } = details
    const result = await callApi<{ order: RecordedSale }>(language, 'POST', '/box-office/sales', {
      tenant: tenantId,
      items: saleItems(lines),
      email,
      name,
      channel,
      method,
      ...(giftCardCode.trim() ? { giftCardCode: giftCardCode.trim() } : {}),
      ...(discountCode.trim() ? { discountCode: discountCode.trim() } : {}),
    })
    if (!result.ok) {
      setError(result.error)
      setBusy(false)
      // A refused sale may leave the till's seats with a new hold time (or none): read them again.
      if (lines.some((line) => line.ticket)) refreshTickets()
      return
    }
    if (lines.some((line) => line.ticket)) refreshTickets()
    const sale = result.data.order
    const order = await callApi<Order>(language, 'GET', `/orders/${sale.id}?depth=0`)
    setDone({ sale, method, receipt: order.ok ? receiptOf(order.data) : null })
    setBusy(false)
  }

  if (options.length === 0) return <p>{words.noSite}</p>

  const siteChoice = <SiteChoice id="pos-site" disabled={busy} />

  if (!tenantId) return <>{siteChoice}<p>{words.chooseSite}</p></>
  if (!userMay(user, 'create', 'sales', tenantId)) return <>{siteChoice}<p>{words.notAllowed}</p></>

  if (done) {
    const { sale, method, receipt } = done
    const money = (cents: number) => formatCents(cents, language)
    return (
      <div className="vitrine-pos__done">
        <div role="status">
          <h2 ref={doneRef} tabIndex={-1}>
            {words.recorded(sale.reference)}
          </h2>
          <p>{sale.due > 0 ? words.collect(money(sale.due), mailLanguage({ locale: language }).words.paymentMethods[method]) : words.nothingToCollect}</p>
        </div>
        <div className="vitrine-actions">
          {receipt && (
            <Button buttonStyle="primary" margin={false} onClick={() => window.print()}>
              {words.print}
            </Button>
          )}
          <Button buttonStyle="secondary" margin={false} onClick={newSale}>
            {words.next}
          </Button>
        </div>
        {receipt ? <SaleReceipt language={language} siteName={siteName} receipt={receipt} /> : <p>{words.noReceipt}</p>}
      </div>
    )
  }

  const errors = error ? errorsByField(error) : {}
  const formError = error ? formLevelMessage(error, shownOnForm) : undefined
  const total = displayTotal(lines, catalogue, now)

  return (
    <>
      {siteChoice}
      {loadError && <p role="alert" className="vitrine-error">{loadError}</p>}
      {ticketsError && <p role="alert" className="vitrine-error">{ticketsError}</p>}
      {!products && !loadError && <p role="status">{words.loading}</p>}
      {products && pickable.length === 0 && performances?.length === 0 && <p>{words.noProducts}</p>}
      {products && (pickable.length > 0 || (performances?.length ?? 0) > 0) && (
        <form ref={formRef} className="vitrine-pos" onSubmit={recordSale} onKeyDown={onlyTheButtonRecords} noValidate>
          <div className="vitrine-pos__pick">
            {performances && performances.length > 0 && (
              <BoxOfficeTickets
                tenantId={tenantId}
                performances={performances}
                selectedId={performanceId}
                onSelect={setPerformanceId}
                refresh={ticketsRefresh}
                onHeld={seatsHeld}
                onReleased={seatsReleased}
                onZone={(choice) => setLines((current) => addZonePlaces(current, choice, nextKey.current++))}
                onChanged={refreshTickets}
              />
            )}
            {pickable.length > 0 && (
              <ProductPicker products={pickable} now={now} filterRef={filterRef} onAdd={(product) => setLines((current) => addProduct(current, product, nextKey.current++))} />
            )}
          </div>
          <div className="vitrine-pos__checkout">
            <SaleLines lines={lines} catalogue={catalogue} now={now} errors={errors} onChange={updateLine} onRemove={removeLine} />
            <p className="vitrine-pos__total">
              {words.total}{' '}
              <output aria-live="polite" aria-describedby="pos-total-hint">
                {formatCents(total.amount, language, total.currency)}
              </output>
            </p>
            <p id="pos-total-hint" className="vitrine-hint">
              {words.totalHint}
            </p>
            <SalePayment details={details} errors={errors} onChange={(change) => setDetails((current) => ({ ...current, ...change }))} />
            {formError && (
              <p role="alert" className="vitrine-error">
                {formError}
              </p>
            )}
            <Button type="submit" buttonStyle="primary" size="large" margin={false} disabled={busy}>
              {busy ? words.recording : words.record}
            </Button>
          </div>
        </form>
      )}
    </>
  )
}

/** Enter in a field does not record the sale (money changes hands): only "Record sale" does. */
function onlyTheButtonRecords(event: React.KeyboardEvent) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault()
}

/** The site's products on sale, as the pricing rules read them; reloaded when the site changes. */
function useCatalogue(tenantId: string | undefined, language: Language): { products?: CatalogueProduct[]; loadError?: string } {
  const [loaded, setLoaded] = useState<{ tenantId: string; products?: CatalogueProduct[]; loadError?: string }>()
  useEffect(() => {
    if (!tenantId) return
    let current = true
    const query = new URLSearchParams({ 'where[tenant][equals]': tenantId, 'where[active][equals]': 'true', sort: 'position', limit: '200', depth: '0' })
    void callApi<{ docs: Product[] }>(language, 'GET', `/products?${query}`).then((result) => {
      if (!current) return
      setLoaded(result.ok ? { tenantId, products: result.data.docs.map(toCatalogueProduct) } : { tenantId, loadError: result.error.message })
    })
    return () => {
      current = false
    }
  }, [tenantId, language])
  return loaded && loaded.tenantId === tenantId ? loaded : {}
}
