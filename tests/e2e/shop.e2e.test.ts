// A visitor buys on a demo site: two products, a discount code, payment on the Stripe emulator's
// hosted page, the confirmation page, and the receipt read back from the real SMTP sink.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logIn, openSection } from '../support/admin'
import { chromiumForThisFile } from '../support/browser'
import { siteOrigin } from '../support/http'
import { mailMatching } from '../support/mailbox'

const JOURNEY_TIMEOUT = 180_000
const newPage = chromiumForThisFile()


const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'))
const frenchAmount = (value: number) => value.toFixed(2).replace('.', ',')

/** What the first journey leaves for the second: the buyer's browser and the order. */
let buyer: Page
let firstOrder: { reference: string; total: number }

describe('a visitor of the photographer’s site', () => {
  it('buys two prints with a discount code, pays on the hosted checkout page and gets the receipt by mail', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = (buyer = await newPage())
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
    // Mistakes are told in French, beside their field, and the prices stay shown.
    await page.getByLabel('Code promo').fill('nope')
    await page.getByRole('button', { name: 'Appliquer' }).click()
    await page.getByText('Le code NOPE n’existe pas sur ce site.').waitFor()
    expect(euros(await page.locator('dd.total').innerText())).toBe(before)
    await page.getByRole('button', { name: /^Payer/ }).click()
    await page.getByText('Saisissez une adresse e-mail valide').waitFor()
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
    firstOrder = { reference, total: after }
  })

  it('gets half back as store credit from the owner, then spends it on a new order', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(firstOrder, 'the purchase journey ran first').toBeDefined()
    const half = Math.round(firstOrder.total * 50) / 100
    const admin = await newPage()
    await logIn(admin, 'atelier-lumiere@vitrine.test', 'vitrine-demo')
    await openSection(admin, 'Orders')
    await admin.getByRole('link', { name: firstOrder.reference }).click()
    await admin.waitForURL(/\/admin\/collections\/orders\/\d+/, { waitUntil: 'commit' })
    await admin.waitForLoadState('networkidle')
    await admin.getByRole('button', { name: 'Refund…' }).click()
    await admin.getByLabel('Amount to refund').fill(frenchAmount(half))
    await admin.getByLabel('Store credit (a gift card code for the buyer)').check()
    await admin.getByRole('button', { name: 'Review the refund' }).click()
    await admin.getByRole('button', { name: 'Confirm the refund' }).click()
    await admin.getByText('Store credit code to give the buyer:').waitFor()
    const code = (await admin.getByText(/^GIFT-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/).innerText()).trim()

    // The buyer is told by mail, with the code.
    const notice = await mailMatching((mail) => mail.to.includes('lea.dupont@example.fr') && mail.text.includes(code))
    expect(notice.text.replace(/[\u00a0\u202f]/g, ' ')).toContain(`${frenchAmount(half)} €`)

    // Two of the second print: the credit pays part, the card the rest.
    const site = siteOrigin('atelier-lumiere.localhost')
    await buyer.goto(`${site}/boutique`)
    await buyer.locator('.product-card').nth(1).click()
    await buyer.getByLabel('Quantité').fill('2')
    await buyer.getByRole('button', { name: 'Ajouter au panier' }).click()
    await buyer.getByRole('status').filter({ hasText: 'Ajouté au panier' }).waitFor()
    await buyer.goto(`${site}/panier`)
    const total = euros(await buyer.locator('dd.total').innerText())
    expect(total).toBeGreaterThan(half)
    await buyer.getByLabel('Carte cadeau ou avoir').fill(code.toLowerCase())
    await buyer.getByLabel('E-mail *').fill('lea.dupont@example.fr')
    await buyer.getByRole('button', { name: /^Payer/ }).click()
    await buyer.waitForURL(/\/pay\/cs_test_/)
    await buyer.getByText(frenchAmount(total - half), { exact: false }).first().waitFor()
    await buyer.getByLabel('Card number').fill('4242 4242 4242 4242')
    await buyer.getByRole('button', { name: /Pay/ }).click()
    await buyer.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
    await buyer.getByText('Payé en avoir').waitFor()
  })
})
