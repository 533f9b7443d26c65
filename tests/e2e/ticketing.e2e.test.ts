// The demo theatre sells tickets in Chromium: a buyer picks two seats on the map, sees them held
// with a countdown, pays on the Stripe emulator, opens the phone tickets and downloads the PDF.
import { describe, expect, it } from 'vitest'

import type { Page } from 'playwright-core'

import { logIn, submitDocument } from '../support/admin'
import { chromiumForThisFile } from '../support/browser'
import { siteOrigin } from '../support/http'
import { mailMatching } from '../support/mailbox'
import { pdfText } from '../support/pdf-text'

const JOURNEY_TIMEOUT = 180_000
const newPage = chromiumForThisFile()
const theatre = () => siteOrigin('theatre-du-marche.localhost')

/** What the buying journey leaves for the door: the ticket numbers bought, as printed. */
const bought: { reference?: string; performanceId?: string; numbers: string[]; places: string[] } = { numbers: [], places: [] }
const OWNER = 'theatre-du-marche@vitrine.test'

describe('a visitor of the theatre', () => {
  it('picks two seats on the map, sees the countdown, pays, and gets phone tickets and a PDF', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = await newPage()
    await page.goto(`${theatre()}/billetterie`)
    const events = page.locator('.event-card')
    expect(await events.count()).toBeGreaterThanOrEqual(3)
    // The first event with a seat map: the play in the amphitheatre.
    await events.first().getByRole('link').click()
    await page.locator('script[type="application/ld+json"]').first().waitFor({ state: 'attached' })
    const jsonLd = JSON.parse(await page.locator('script[type="application/ld+json"]').first().innerText())
    expect(jsonLd.length).toBeGreaterThanOrEqual(1)
    expect(jsonLd[0]).toMatchObject({ '@type': 'Event', startDate: expect.any(String), offers: { '@type': 'AggregateOffer', priceCurrency: 'EUR' } })
    await page.getByRole('link', { name: 'Réserver' }).first().click()
    const performanceId = /\/billetterie\/[\w-]+\/(\d+)/.exec(page.url())![1]

    // Two free seats side by side, picked on the picture of the room.
    const free = page.locator('svg.seat-map-svg g.seat:not(.is-taken):not(.is-selected)')
    // Read both ids first: the locator of free seats changes as soon as one is chosen.
    const ids = [await free.nth(40).getAttribute('data-seat'), await free.nth(41).getAttribute('data-seat')]
    for (const id of ids) await page.locator(`g.seat[data-seat="${id}"] .seat-shape`).click()
    // The picture ticks the list's checkboxes, which are the form's real inputs.
    const checked = await page.locator('input[name="seat"]:checked').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))
    expect(checked.sort()).toEqual([...ids].sort())
    await page.getByText('2 places sélectionnées').first().waitFor()
    await page.getByRole('button', { name: 'Réserver ces places' }).click()

    await page.waitForURL(/\/panier$/)
    await page.getByRole('timer').waitFor()
    expect(await page.getByRole('timer').innerText()).toMatch(/\d/)
    await expect(page.locator('.cart-lines tbody tr').count()).resolves.toBe(2)
    const places = await page.locator('.line-place').allInnerTexts()
    expect(places).toHaveLength(2)
    for (const place of places) expect(place).toMatch(/rang \w+, place \d+/)

    await page.getByLabel('E-mail *').fill('alceste@example.fr')
    await page.getByLabel('Nom', { exact: true }).fill('Alceste Martin')
    await page.getByRole('button', { name: /^Payer/ }).click()
    await page.waitForURL(/\/pay\/cs_test_/)
    await page.getByLabel('Card number').fill('4242 4242 4242 4242')
    await page.getByRole('button', { name: /Pay/ }).click()
    await page.waitForURL(/\/commande\/VT-/)
    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
    const reference = (await page.locator('.order-reference').innerText()).trim()

    // The phone view: one card per ticket, its QR code and number.
    await page.getByRole('link', { name: 'Voir mes billets' }).click()
    await page.getByRole('heading', { name: 'Vos billets' }).waitFor()
    const cards = page.locator('.phone-ticket')
    await expect(cards.count()).resolves.toBe(2)
    const numbers = (await page.locator('.phone-ticket-number').allInnerTexts()).map((text) => text.replace(/\D/g, ''))
    expect(numbers.every((n) => /^\d{18}$/.test(n))).toBe(true)
    expect(await cards.first().locator('svg').count()).toBeGreaterThanOrEqual(2)

    // The PDF, fetched with the buyer's cookies: each ticket's seat and readable number.
    // Fetched by the page itself: the browser resolves the tenant's *.localhost host, Node does not.
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url)
      const bytes = new Uint8Array(await response.arrayBuffer())
      let binary = ''
      for (const byte of bytes) binary += String.fromCharCode(byte)
      return { status: response.status, type: response.headers.get('content-type'), base64: btoa(binary) }
    }, `/commande/${reference}/billets.pdf`)
    expect(pdf).toMatchObject({ status: 200, type: 'application/pdf' })
    const text = pdfText(Buffer.from(pdf.base64, 'base64')).replace(/[\u00a0\u202f]/g, ' ')
    for (const place of places) {
      const [, row, seat] = /rang (\w+), place (\d+)/.exec(place)!
      expect(text).toMatch(new RegExp(`Rang ${row}`, 'i'))
      expect(text).toContain(seat)
    }
    for (const number of numbers) expect(text.replace(/\s/g, '')).toContain(number)

    // The receipt links to the tickets; the link works in a browser that never saw the order.
    const receipt = await mailMatching((mail) => mail.to.includes('alceste@example.fr') && mail.subject.includes(reference))
    const link = /https?:\/\/\S+\/commande\/VT-\w+\/billets\?cle=[\w-]+/.exec(receipt.text)?.[0]
    expect(link, 'the receipt has a tickets link').toBeDefined()
    const stranger = await newPage()
    await stranger.goto(link!)
    await expect(stranger.locator('.phone-ticket').count()).resolves.toBe(2)
    await stranger.goto(`${theatre()}/commande/${reference}/billets`)
    await stranger.getByText('Page introuvable').or(stranger.locator('h1')).first().waitFor()
    expect(await stranger.locator('.phone-ticket').count()).toBe(0)

    Object.assign(bought, { reference, performanceId, numbers, places })
  })
})

/** The door scanner of the admin, set to a performance and a door, ready for a barcode reader. */
async function openScanner(page: Page, performanceId: string, door: string): Promise<void> {
  await page.goto(`${siteOrigin('localhost')}/admin/scanner`)
  await page.getByLabel('Performance').selectOption(performanceId)
  await page.getByLabel('Door', { exact: true }).fill(door)
}

/** Types a ticket number as a USB barcode reader does (digits, then Enter) and reads the verdict. */
async function scan(page: Page, number: string): Promise<string> {
  const answer = page.locator('.vitrine-scanner__answer')
  const before = (await answer.textContent()) ?? ''
  const input = page.getByLabel('Ticket code or number')
  await input.fill(number)
  await input.press('Enter')
  await page.waitForFunction(([selector, previous]) => {
    const text = document.querySelector(selector!)?.textContent ?? ''
    return text.trim() !== '' && text !== previous
  }, ['.vitrine-scanner__answer', before] as const)
  return answer.innerText()
}

describe('at the door, then at the desk', () => {
  it('admits the ticket once (valid, then duplicate with its door), and refuses the old code once the ticket is reissued', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(bought.numbers, 'the buying journey ran first').toHaveLength(2)
    const page = await newPage()
    await logIn(page, OWNER, 'vitrine-demo')
    await openScanner(page, bought.performanceId!, 'Entrée principale')
    const [first, second] = bought.numbers as [string, string]

    expect(await scan(page, first)).toMatch(/Valid — let in[\s\S]*Alceste Martin/)
    const again = await scan(page, first.replace(/(\d{3})(?=\d)/g, '$1 '))
    expect(again).toContain('Already scanned')
    expect(again).toContain('Entrée principale')

    // The second ticket is lost: the desk reissues it, and its old number no longer opens the door.
    page.on('dialog', (dialog) => void dialog.accept())
    await page.goto(`${siteOrigin('localhost')}/admin/collections/tickets?where[number][equals]=${second}`)
    await page.locator('table tbody tr').first().getByRole('link').first().click()
    await page.getByRole('button', { name: 'Reissue this ticket' }).click()
    const status = await page.getByRole('status').filter({ hasText: 'Reissued: new number' }).innerText()
    const renewed = /new number (\d{18})/.exec(status)![1]!
    expect(renewed).not.toBe(second)

    await openScanner(page, bought.performanceId!, 'Entrée principale')
    const old = await scan(page, second)
    expect(old).toContain('Invalid')
    expect(old).toContain('Replaced by a new ticket')
    expect(await scan(page, renewed)).toContain('Valid — let in')
  })
})

describe('an organizer with a new room', () => {
  it('draws a small plan in the designer, puts a performance on sale on it, and a visitor buys two of its seats', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = await newPage()
    await logIn(page, OWNER, 'vitrine-demo')
    await page.goto(`${siteOrigin('localhost')}/admin/collections/seating-plans/create`)
    await page.waitForLoadState('networkidle')
    await page.locator('#field-name').fill('Petite salle du foyer')
    await page.getByRole('button', { name: 'Add rows' }).click()
    await page.getByLabel('Rows', { exact: true }).fill('2')
    await page.getByLabel('Seats per row', { exact: true }).fill('5')
    const canvas = page.getByTestId('seating-plan-canvas')
    await expect(canvas.locator('[data-seat]').count()).resolves.toBe(10)
    await submitDocument(page, 'Save')
    await page.waitForURL(/\/admin\/collections\/seating-plans\/\d+$/)
    const planId = /\/(\d+)$/.exec(new URL(page.url()).pathname)![1]!

    // The rest of the setup through the REST API, from the admin page: the organizer's own session.
    const api = async (method: 'GET' | 'POST', path: string, data?: object) =>
      page.evaluate(
        async ([method, path, body]) => {
          const response = await fetch(`/api${path}`, { method, credentials: 'include', headers: { 'content-type': 'application/json' }, ...(body ? { body } : {}) })
          return { status: response.status, json: await response.json() }
        },
        [method, path, data ? JSON.stringify(data) : undefined] as const,
      )
    const planResponse = await api('GET', `/seating-plans/${planId}?depth=0`)
    expect(planResponse.status, JSON.stringify(planResponse.json)).toBe(200)
    const plan = planResponse.json
    expect(plan.seatCount).toBe(10)
    const category = plan.plan.categories[0].id as string
    const created = async (collection: string, data: object) => {
      const response = await api('POST', `/${collection}`, { tenant: plan.tenant, ...data })
      expect(response.status, `${collection}: ${JSON.stringify(response.json)}`).toBe(201)
      return response.json.doc
    }
    const event = await created('events', { title: 'Lecture au foyer', slug: 'lecture-au-foyer' })
    const performance = await created('performances', { event: event.id, startsAt: new Date(Date.now() + 20 * 86_400_000).toISOString(), seatingPlan: Number(planId), status: 'on_sale' })
    await created('products', { title: 'Tarif unique', slug: 'lecture-tarif-unique', kind: 'ticket', event: event.id, price: 1200, vatRate: '550', variants: [{ label: 'Placement numéroté', price: 1200, category }] })

    // A visitor chooses from the list of seats, as a keyboard or screen-reader user would.
    const visitor = await newPage()
    await visitor.goto(`${theatre()}/billetterie/lecture-au-foyer/${performance.id}`)
    const boxes = visitor.locator('input[name="seat"]:not(:disabled)')
    await expect(boxes.count()).resolves.toBe(10)
    await boxes.nth(2).check()
    await boxes.nth(3).check()
    await visitor.getByRole('button', { name: 'Réserver ces places' }).click()
    await visitor.waitForURL(/\/panier$/)
    await expect(visitor.locator('.cart-lines tbody tr').count()).resolves.toBe(2)
    await visitor.getByLabel('E-mail *').fill('lecteur@example.fr')
    await visitor.getByRole('button', { name: /^Payer/ }).click()
    await visitor.waitForURL(/\/pay\/cs_test_/)
    await visitor.getByLabel('Card number').fill('4242 4242 4242 4242')
    await visitor.getByRole('button', { name: /Pay/ }).click()
    await visitor.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
    // Sold: the two seats are taken for the next visitor.
    await visitor.goto(`${theatre()}/billetterie/lecture-au-foyer/${performance.id}`)
    await expect(visitor.locator('input[name="seat"]:disabled').count()).resolves.toBe(2)
  })
})
