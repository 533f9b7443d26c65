// A visitor buys on a demo site: two products, a discount code, payment on the Stripe emulator's
// hosted page, the confirmation page, and the receipt read back from the real SMTP sink.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium } from '../support/browser'
import { siteOrigin } from '../support/http'

const JOURNEY_TIMEOUT = 180_000
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()))
  await browser?.close()
})

async function newPage(): Promise<Page> {
  const context = await browser.newContext()
  context.setDefaultTimeout(45_000)
  context.setDefaultNavigationTimeout(90_000)
  contexts.push(context)
  return context.newPage()
}

interface SentMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
}

/** Mail the server sent, as the SMTP sink received it, once one matches. */
async function mailMatching(match: (mail: SentMail) => boolean): Promise<SentMail> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const mails = (await (await fetch(inject('e2eMailUrl'))).json()) as SentMail[]
    const found = mails.find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('No matching mail reached the sink')
}

const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'))

describe('a visitor of the photographer’s site', () => {
  it('buys two prints with a discount code, pays on the hosted checkout page and gets the receipt by mail', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = await newPage()
    const site = siteOrigin('atelier-lumiere.localhost')
    await page.goto(`${site}/boutique`)
    const cards = page.locator('.product-card')
    expect(await cards.count()).toBeGreaterThanOrEqual(2)

    // First print, in its second format.
    await cards.nth(0).click()
    await page.getByLabel('Format').selectOption({ index: 1 })
    await page.getByRole('button', { name: 'Ajouter au panier' }).click()
    await page.getByRole('status').filter({ hasText: 'Ajouté au panier' }).waitFor()
    // A second print.
    await page.goto(`${site}/boutique`)
    await cards.nth(1).click()
    await page.getByRole('button', { name: 'Ajouter au panier' }).click()
    await page.getByRole('status').filter({ hasText: 'Ajouté au panier' }).waitFor()

    await page.goto(`${site}/panier`)
    await expect(page.locator('.cart-lines tbody tr').count()).resolves.toBe(2)
    const before = euros(await page.locator('dd.total').innerText())
    await page.getByLabel('Code promo').fill('bienvenue')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await page.getByText('Remise (BIENVENUE)').waitFor()
    const after = euros(await page.locator('dd.total').innerText())
    expect(after).toBeLessThan(before)

    await page.getByLabel('E-mail *').fill('lea.dupont@example.fr')
    await page.getByLabel('Nom', { exact: true }).fill('Léa Dupont')
    await page.getByRole('button', { name: /^Payer/ }).click()

    // The emulator's hosted checkout page: the amount is the discounted total.
    await page.waitForURL(/\/pay\/cs_test_/)
    await page.getByText(String(after.toFixed(2)).replace('.', ','), { exact: false }).first().waitFor()
    await page.getByLabel('Card number').fill('4242 4242 4242 4242')
    await page.getByRole('button', { name: /Pay/ }).click()

    await page.waitForURL(/\/commande\/VT-/)
    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
    const reference = (await page.locator('.order-reference').innerText()).trim()
    expect(reference).toMatch(/^VT-[A-Z0-9]{8}$/)

    const receipt = await mailMatching((mail) => mail.to.includes('lea.dupont@example.fr') && mail.subject.includes(reference))
    expect(receipt.text).toContain('BIENVENUE')
    expect(receipt.text.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/TVA 20 %/)
  })
})
