// The bookshop's owner sells at the counter: two books rung up in the admin's box office, paid in
// cash, the receipt on screen and by mail (read back from the real SMTP sink); a sale missing the
// buyer's email or asking for more than the stock is refused beside its field; the sale then shows
// in the reports and in their orders CSV.
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logIn } from '../support/admin'
import { chromiumForThisFile } from '../support/browser'
import { mailMatching } from '../support/mailbox'

const JOURNEY_TIMEOUT = 180_000
const OWNER = 'librairie-des-quais@vitrine.test'
const BUYER = 'client.guichet@example.fr'
// From sites/librairie-des-quais/site.json: books at 5,5 % VAT.
const FIRST = { title: 'La marée montante', price: 21, stock: 6 }
const SECOND = { title: 'Les Vignes du Nord', price: 22, stock: 4 }
const THIRD = { title: 'Petit renard et la lune', stock: 8 }
const LAST_COPY = { title: "Les Chartrons, histoire d'un quartier", match: /^Les Chartrons/, stock: 1 }

const newPage = chromiumForThisFile()

/** `€65.00` (the admin in English) → 65. */
const euros = (text: string) => Number(text.replace(/[^\d.]/g, ''))
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The product's button in the box office's list ("Add <title> <price> <n left>"). */
const productButton = (page: Page, title: string | RegExp) =>
  page.getByRole('button', { name: new RegExp(`^Add ${typeof title === 'string' ? escape(title) : title.source.replace(/^\^/, '')}`) })
/** A line of the sale being rung up, by its product's title. */
const saleLine = (page: Page, title: string | RegExp) => page.locator('li.vitrine-pos__line').filter({ has: page.locator('strong[id$="-title"]', { hasText: title }) })
/** A figure of the report ("Orders", "Revenue"…). */
const figure = (page: Page, name: string): Locator =>
  page.locator('.vitrine-report-figures__figure').filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd')

/** Follows a link of the admin's navigation, opening the menu first when the window is too narrow to show it. */
async function followNavLink(page: Page, label: string): Promise<void> {
  const link = page.getByRole('link', { name: label, exact: true })
  await link.waitFor({ state: 'attached' })
  if (await link.evaluate((element) => element.closest('[inert]') !== null)) await page.getByRole('button', { name: 'Open Menu' }).first().click()
  await link.click()
}

/** The box office, opened from the admin's navigation, once the site's products are listed. */
async function openBoxOffice(page: Page): Promise<void> {
  await followNavLink(page, 'Box office')
  await page.waitForURL((url) => url.pathname === '/admin/box-office', { waitUntil: 'commit' })
  await page.getByRole('heading', { name: 'Products', exact: true }).waitFor()
}

let owner: Page
let sale: { reference: string; total: number }

describe('the bookshop’s owner at the counter', () => {
  it('rings up two books paid in cash and gets the reference, the receipt on screen and by mail', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = (owner = await newPage())
    await logIn(page, OWNER, 'vitrine-demo')
    await openBoxOffice(page)
    await page.getByRole('heading', { name: 'Box office', exact: true }).waitFor()
    await page.getByText('Nothing yet: add products from the list.').waitFor()

    // One of the first book, two of the second (added once, then one more with the stepper).
    await productButton(page, FIRST.title).click()
    await productButton(page, SECOND.title).click()
    await saleLine(page, SECOND.title).getByRole('button', { name: `Increase the quantity of ${SECOND.title}` }).click()
    expect(await saleLine(page, SECOND.title).getByLabel('Quantity', { exact: true }).inputValue()).toBe('2')
    expect(await page.locator('li.vitrine-pos__line').count()).toBe(2)
    const total = FIRST.price + 2 * SECOND.price
    const shownTotal = page.locator('.vitrine-pos__total output')
    await shownTotal.filter({ hasText: total.toFixed(2) }).waitFor()

    await page.getByLabel('Email (the receipt is sent there)').fill(BUYER)
    await page.getByLabel('Name (optional)').fill('Camille Guichet')
    await page.getByRole('radio', { name: 'At the counter' }).check()
    await page.getByRole('radio', { name: 'Cash', exact: true }).check()
    await page.getByRole('button', { name: 'Record sale' }).click()

    // Recorded: the reference, what to collect, and the receipt to print.
    const recorded = page.getByRole('heading', { name: /^Sale recorded — VT-/ })
    await recorded.waitFor()
    const reference = (await recorded.innerText()).replace(/^Sale recorded — /, '').trim()
    expect(reference).toMatch(/^VT-[A-Z0-9]{8}$/)
    expect(spaces(await page.getByRole('status').filter({ hasText: 'To collect' }).innerText())).toContain(`To collect: €${total.toFixed(2)} (Cash).`)
    await page.getByRole('button', { name: 'Print receipt' }).waitFor()
    await page.getByRole('button', { name: 'New sale' }).waitFor()

    const receipt = page.locator('section.vitrine-receipt')
    await receipt.waitFor()
    expect(await receipt.getByRole('heading', { name: 'Librairie des Quais' }).count()).toBe(1)
    const receiptText = spaces(await receipt.innerText())
    expect(receiptText).toContain(reference)
    expect(receiptText).toContain(`1 × ${FIRST.title}`)
    expect(receiptText).toContain(`2 × ${SECOND.title}`)
    const totalRow = receipt.getByRole('row', { name: /^Total paid/ })
    expect(euros(await totalRow.getByRole('cell').innerText())).toBe(total)
    expect(receiptText).toMatch(/incl\. VAT 5\.5\s?%/)
    expect(receiptText).toContain('Prices include VAT.')
    expect(receiptText).toMatch(/Payment method\s+Cash/)

    // The buyer's receipt reached the sink, with the reference and both books.
    const mail = await mailMatching((m) => m.to.includes(BUYER) && m.subject.includes(reference))
    expect(mail.text).toContain(FIRST.title)
    expect(mail.text).toContain(SECOND.title)
    sale = { reference, total }
  })

  it('is told beside the field when a sale lacks the buyer’s email or exceeds the stock, and nothing is recorded', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(sale, 'the first sale was recorded').toBeDefined()
    const page = owner
    // A fresh screen: the stock shown is the stock after the first sale.
    await page.reload()
    await page.getByRole('heading', { name: 'Products', exact: true }).waitFor()
    await productButton(page, FIRST.title).filter({ hasText: `${FIRST.stock - 1} left` }).waitFor()
    await productButton(page, SECOND.title).filter({ hasText: `${SECOND.stock - 2} left` }).waitFor()

    // No email: the email field says so, and focus goes to it.
    await productButton(page, THIRD.title).click()
    await page.getByRole('button', { name: 'Record sale' }).click()
    const emailError = page.locator('#pos-email-error')
    await emailError.waitFor()
    expect(await emailError.getAttribute('role')).toBe('alert')
    expect(await emailError.innerText()).toMatch(/email/i)
    const email = page.getByLabel('Email (the receipt is sent there)')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await email.getAttribute('aria-describedby')).toContain('pos-email-error')
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true)
    expect(await page.getByRole('heading', { name: /^Sale recorded/ }).count()).toBe(0)

    // Two copies of the last one in stock: the line's quantity says so.
    await email.fill(BUYER)
    await saleLine(page, THIRD.title).getByRole('button', { name: /^Remove/ }).click()
    await productButton(page, LAST_COPY.match).click()
    const line = saleLine(page, LAST_COPY.match)
    await line.getByRole('button', { name: /^Increase the quantity of / }).click()
    await page.getByRole('button', { name: 'Record sale' }).click()
    const quantityError = line.locator('[id$="-quantity-error"][role="alert"]')
    await quantityError.waitFor()
    expect(await quantityError.innerText()).toMatch(/1/)
    expect(await line.getByLabel('Quantity', { exact: true }).getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByRole('heading', { name: /^Sale recorded/ }).count()).toBe(0)

    // Nothing was taken: the stock is what it was.
    await page.reload()
    await page.getByRole('heading', { name: 'Products', exact: true }).waitFor()
    await productButton(page, THIRD.title).filter({ hasText: `${THIRD.stock} left` }).waitFor()
    await productButton(page, LAST_COPY.match).filter({ hasText: `${LAST_COPY.stock} left` }).waitFor()
  })

  it('finds the sale in the reports and in the orders CSV', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(sale, 'the first sale was recorded').toBeDefined()
    const page = owner
    await followNavLink(page, 'Reports')
    await page.waitForURL((url) => url.pathname === '/admin/reports', { waitUntil: 'commit' })
    await page.locator('.vitrine-report-figures').waitFor()

    expect(Number(await figure(page, 'Orders').innerText())).toBeGreaterThanOrEqual(1)
    expect(euros(await figure(page, 'Revenue').innerText())).toBeGreaterThanOrEqual(sale.total)
    expect(Number(await figure(page, 'Items sold').innerText())).toBeGreaterThanOrEqual(3)

    // The orders export, fetched from the page as the browser would, with the owner's session.
    const href = await page.getByRole('link', { name: 'Order lines (CSV)' }).getAttribute('href')
    expect(href).toMatch(/\/api\/exports\/orders\.csv\?/)
    const response = await page.evaluate(async (url) => {
      const answer = await fetch(url)
      return { status: answer.status, type: answer.headers.get('content-type') ?? '', text: await answer.text() }
    }, href!)
    expect(response.status).toBe(200)
    expect(response.type).toMatch(/text\/csv/)
    const csv = response.text
    const rows = csv.split(/\r?\n/).filter((row) => row.includes(sale.reference))
    expect(rows).toHaveLength(2)
    expect(rows.join('\n')).toContain(BUYER)
    expect(rows.join('\n')).toContain('cash')
    expect(rows.some((row) => row.includes(SECOND.title))).toBe(true)
  })
})
