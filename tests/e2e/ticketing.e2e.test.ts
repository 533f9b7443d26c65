// The demo theatre sells tickets in Chromium: a buyer picks two seats on the map, sees them held
// with a countdown, pays on the Stripe emulator, opens the phone tickets and downloads the PDF.
import { describe, expect, it } from 'vitest'

import { chromiumForThisFile } from '../support/browser'
import { siteOrigin } from '../support/http'
import { mailMatching } from '../support/mailbox'
import { pdfText } from '../support/pdf-text'

const JOURNEY_TIMEOUT = 180_000
const newPage = chromiumForThisFile()
const theatre = () => siteOrigin('theatre-du-marche.localhost')

/** What the buying journey leaves for the door: the ticket numbers bought, as printed. */
export const bought: { reference?: string; numbers: string[]; places: string[] } = { numbers: [], places: [] }

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
    expect(jsonLd).toMatchObject({ '@type': 'Event', offers: { '@type': 'AggregateOffer', priceCurrency: 'EUR' } })
    await page.getByRole('link', { name: 'Réserver' }).first().click()

    // Two free seats side by side, picked on the picture of the room.
    const free = page.locator('svg.seat-map-svg g.seat:not(.is-taken):not(.is-selected)')
    const firstSeat = free.nth(40)
    const secondSeat = free.nth(41)
    const ids = [await firstSeat.getAttribute('data-seat'), await secondSeat.getAttribute('data-seat')]
    await firstSeat.click()
    await secondSeat.click()
    // The picture ticks the list's checkboxes, which are the form's real inputs.
    for (const id of ids) expect(await page.locator(`input[name="seat"][value="${id}"]`).isChecked()).toBe(true)
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
    const pdf = await page.request.get(`${theatre()}/commande/${reference}/billets.pdf`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    const text = pdfText(Buffer.from(await pdf.body())).replace(/[\u00a0\u202f]/g, ' ')
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

    Object.assign(bought, { reference, numbers, places })
  })
})
