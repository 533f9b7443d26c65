// A buyer's account on the theatre's site: sign up, a cart started while logged in and one
// started while logged out become one at login, paid on the hosted checkout page and found again
// in the account; then a forgotten password reset from the link in the mail. The account's token
// opens nothing of the back office.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { logIn as logInToAdmin, openSection } from '../support/admin'
import { chromiumForThisFile } from '../support/browser'
import { request, siteOrigin } from '../support/http'
import { mailMatching } from '../support/mailbox'

const JOURNEY_TIMEOUT = 180_000
const HOST = 'theatre-du-marche.localhost'
const BUYER = { email: 'camille.martin@example.fr', name: 'Camille Martin', password: 'rideau rouge 2026', newPassword: 'trois coups frappés' }
const newPage = chromiumForThisFile()

const site = () => siteOrigin(HOST)

async function addToCart(page: Page, slug: string): Promise<void> {
  await page.goto(`${site()}/boutique/${slug}`)
  await page.getByRole('button', { name: 'Ajouter au panier' }).click()
  await page.getByRole('status').filter({ hasText: 'Ajouté au panier' }).waitFor()
}

async function logOut(page: Page): Promise<void> {
  await page.goto(`${site()}/compte`)
  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await page.getByText('Vous êtes déconnecté.').waitFor()
}

async function logIn(page: Page, password: string): Promise<void> {
  await page.getByLabel('E-mail').fill(BUYER.email)
  await page.getByLabel('Mot de passe').fill(password)
  await page.getByRole('button', { name: 'Se connecter' }).click()
}

/** What the first journey leaves for the next ones: the buyer's browser and order. */
let buyer: Page
let reference: string

describe('a buyer with an account on the theatre’s site', () => {
  it('signs up, keeps one cart across logging out and in, pays, and finds the order in the account', { timeout: JOURNEY_TIMEOUT }, async () => {
    const page = (buyer = await newPage())
    await page.goto(`${site()}/boutique`)
    await page.getByRole('link', { name: 'Se connecter' }).click()
    await page.getByRole('link', { name: 'Créer un compte' }).click()
    await page.getByLabel('E-mail').fill(BUYER.email)
    await page.getByLabel('Nom').fill(BUYER.name)
    await page.getByLabel('Mot de passe').fill('court')
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    await page.getByText('Choisissez un mot de passe d’au moins 10 caractères.').waitFor()
    await page.getByLabel('Mot de passe').fill(BUYER.password)
    await page.getByLabel(/Je souhaite recevoir les actualités/).check()
    await page.getByRole('button', { name: 'Créer mon compte' }).click()
    // Back to the shop it came from, logged in.
    await page.waitForURL(`${site()}/boutique`)
    await page.getByRole('link', { name: 'Mon compte' }).waitFor()

    // A programme in the account's cart; logging out leaves this browser with no cart.
    await addToCart(page, 'programme-saison-2025-2026')
    await logOut(page)
    await page.goto(`${site()}/panier`)
    await page.getByText('Votre panier est vide.').waitFor()

    // Logged out, a poster; logging in from the cart brings both together.
    await addToCart(page, 'affiche-les-fourberies-de-scapin')
    await page.goto(`${site()}/panier`)
    await page.locator('.page-header').getByRole('link', { name: 'Se connecter' }).click()
    await logIn(page, BUYER.password)
    await page.waitForURL(`${site()}/panier`)
    const lines = page.locator('.cart-lines tbody th[scope="row"]')
    await expect(lines.allInnerTexts()).resolves.toEqual(['Programme de la saison 2025-2026', 'Affiche « Les Fourberies de Scapin »'])
    // The account's email, not to be changed here.
    await expect(page.getByLabel('E-mail *').inputValue()).resolves.toBe(BUYER.email)
    expect(await page.getByLabel('E-mail *').getAttribute('readonly')).not.toBeNull()
    await expect(page.getByLabel('Nom', { exact: true }).inputValue()).resolves.toBe(BUYER.name)

    await page.getByRole('button', { name: /^Payer/ }).click()
    await page.waitForURL(/\/pay\/cs_test_/)
    await page.getByLabel('Card number').fill('4242 4242 4242 4242')
    await page.getByRole('button', { name: /Pay/ }).click()
    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
    reference = (await page.locator('.order-reference').innerText()).trim()

    await page.goto(`${site()}/compte`)
    const row = page.locator('.account-orders tbody tr').filter({ hasText: reference })
    await expect(row.locator('td').nth(1).innerText()).resolves.toBe('Payée')
    await row.getByRole('link', { name: reference }).click()
    await page.getByRole('heading', { name: 'Merci pour votre commande !' }).waitFor()
  })

  it('opens nothing of the back office with the account’s token', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(buyer, 'the first journey ran').toBeDefined()
    const token = (await buyer.context().cookies(site())).find((cookie) => cookie.name === 'vt_account')
    expect(token).toMatchObject({ httpOnly: true, sameSite: 'Lax' })

    // Even handed to the admin as its own cookie (as a browser on the platform would send it), or to the API as a header.
    const admin = await request('localhost', '/admin', { headers: { cookie: `payload-token=${token!.value}`, 'sec-fetch-site': 'same-origin' } })
    const orders = await request('localhost', '/api/orders?depth=0', { headers: { authorization: `JWT ${token!.value}` } })
    const users = await request('localhost', '/api/users?depth=0', { headers: { authorization: `JWT ${token!.value}` } })

    // The admin knows the account, and turns it away before rendering anything (Next streams the redirect).
    const sentTo = admin.status >= 300 && admin.status < 400 ? admin.headers.location : /NEXT_REDIRECT;replace;([^;]+);/.exec(admin.body)?.[1]
    expect(sentTo).toBe('/admin/unauthorized')
    expect(admin.body).not.toContain(reference)
    expect([401, 403]).toContain(orders.status)
    expect([401, 403]).toContain(users.status)
  })

  it('cannot be logged in from another site’s page: a form posted from elsewhere is refused', async () => {
    const body = new URLSearchParams({ email: BUYER.email, password: BUYER.password }).toString()
    const forged = await request(HOST, '/compte/connexion', { method: 'POST', body, headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' } })
    expect(forged.status).toBe(403)
    expect(forged.headers['set-cookie'] ?? []).toEqual([])
  })

  it('is listed for the theatre’s owner in the admin, read only', { timeout: JOURNEY_TIMEOUT }, async () => {
    const admin = await newPage()
    await logInToAdmin(admin, 'theatre-du-marche@vitrine.test', 'vitrine-demo')
    await openSection(admin, 'Customer accounts')
    await admin.getByRole('link', { name: BUYER.email }).click()
    await admin.waitForURL(/\/admin\/collections\/customer-accounts\/\d+/, { waitUntil: 'commit' })
    await admin.locator('#field-name').waitFor()
    await expect(admin.locator('#field-name').inputValue()).resolves.toBe(BUYER.name)
    await expect(admin.locator('#field-name').isEditable()).resolves.toBe(false)
  })

  it('resets a forgotten password from the link in the mail, then logs in with the new one only', { timeout: JOURNEY_TIMEOUT }, async () => {
    expect(reference, 'the first journey ran').toBeDefined()
    const page = buyer
    await logOut(page)
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click()
    await page.getByLabel('E-mail').fill(BUYER.email)
    await page.getByRole('button', { name: 'Recevoir le lien' }).click()
    await page.getByText(/un e-mail vient d’y partir/).waitFor()

    const mail = await mailMatching((sent) => sent.to.includes(BUYER.email) && sent.subject.startsWith('Réinitialisation de votre mot de passe'))
    expect(mail.from).toContain('Théâtre du Marché')
    const link = new RegExp(`${site().replace(/[.]/g, '\\.')}/compte/nouveau-mot-de-passe\\?token=[a-f0-9]{40}`).exec(mail.text)?.[0]
    expect(link, mail.text).toBeDefined()

    await page.goto(link!)
    await page.getByLabel('Nouveau mot de passe').fill(BUYER.newPassword)
    await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click()
    await page.getByText('Votre mot de passe a été changé.').waitFor()
    await page.locator('.account-orders').getByRole('link', { name: reference }).waitFor()

    // The link served once.
    await page.goto(link!)
    await page.getByText(/Ce lien n’est plus valable/).waitFor()

    await logOut(page)
    await logIn(page, BUYER.password)
    await page.getByText('E-mail ou mot de passe incorrect.').waitFor()
    await logIn(page, BUYER.newPassword)
    await page.waitForURL(`${site()}/compte`)
    await page.getByRole('heading', { name: 'Mon compte' }).waitFor()
  })
})
