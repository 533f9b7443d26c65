// Browser journeys: a pro signs up and builds a site in the admin, a visitor sees it; custom CSS
// is cleaned; unknown hosts get the platform 404; the gallery lightbox works from the keyboard.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chooseExistingImage, createNew, fillTextareaField, logIn, openSection, signUpOnPlatform, submitDocument, typeInRichText } from '../support/admin'
import { freshPage, launchChromium } from '../support/browser'
import { jpeg } from '../support/factories'
import { siteOrigin } from '../support/http'

const JOURNEY_TIMEOUT = 180_000

let browser: Browser
const contexts: BrowserContext[] = []
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'vitrine-journeys-'))

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()))
  await browser?.close()
  rmSync(tempDir, { recursive: true, force: true })
})

const newPage = () => freshPage(browser, contexts)

/** A file of the site the page is on, fetched by the page itself (the host resolves only in Chromium). */
const fetchText = (page: Page, path: string) => page.evaluate((url) => fetch(url).then((response) => response.text()), path)
const lightbox = (page: Page) => page.getByRole('dialog', { name: 'Visionneuse' })

describe('a pro who signs up', () => {
  it('builds the site in the admin, and a visitor sees the theme, colour, home page, post and gallery', { timeout: JOURNEY_TIMEOUT }, async () => {
    const admin = await newPage()
    await signUpOnPlatform(admin, { name: 'Claire Martin', email: 'claire@atelier-claire.fr', password: 'un tirage par jour', siteName: 'Atelier Claire Martin' })
    const site = siteOrigin('atelier-claire-martin.localhost')
    await admin.getByRole('link', { name: 'Account', exact: true }).waitFor()
    // The dashboard opens on the getting-started checklist, nothing done yet.
    await admin.getByRole('heading', { name: 'Get started — 5 steps left' }).waitFor()
    await admin.getByRole('link', { name: 'atelier-claire-martin.localhost', exact: false }).waitFor()

    // Design: another shipped theme and a primary colour.
    await openSection(admin, 'Design & settings')
    await admin.waitForURL(/\/admin\/collections\/site-settings\/\d+/, { waitUntil: 'commit' })
    await admin.waitForLoadState('networkidle')
    await admin.locator('#field-theme').fill('librairie')
    await admin.locator('#field-colors__primary').fill('#8a1c2b')
    await submitDocument(admin, 'Save')

    // The home page: a new hero heading, published.
    await openSection(admin, 'Pages')
    await admin.getByRole('link', { name: 'Accueil', exact: true }).click()
    await admin.waitForURL(/\/admin\/collections\/pages\/\d+/, { waitUntil: 'commit' })
    await admin.waitForLoadState('networkidle')
    await admin.locator('#field-layout__0__heading').fill('Tirages d’art et portraits à Lyon')
    await submitDocument(admin, 'Publish changes')

    // A news post, published.
    await openSection(admin, 'Posts')
    await createNew(admin)
    await admin.locator('#field-title').fill('Vernissage le 12 décembre')
    await typeInRichText(admin, 'Venez découvrir la nouvelle série de portraits, entrée libre.')
    await submitDocument(admin, 'Publish changes')

    // An image of their own, then a gallery with it.
    const photo = path.join(tempDir, 'vernissage.jpg')
    writeFileSync(photo, await jpeg(1200, 800, '#b5473a'))
    await openSection(admin, 'Images')
    await createNew(admin)
    await admin.locator('input[type="file"]').setInputFiles(photo)
    await admin.locator('#field-alt').fill('Les invités devant les tirages')
    await submitDocument(admin, 'Save')

    await openSection(admin, 'Galleries')
    await createNew(admin)
    await admin.locator('#field-title').fill('Vernissage de décembre')
    await admin.getByRole('button', { name: 'Add Photo' }).click()
    await chooseExistingImage(admin, '#field-photos', 'vernissage.jpg')
    await admin.locator('#field-photos__0__alt').fill('Les invités devant les tirages')
    await submitDocument(admin, 'Save')
    await expect.poll(() => admin.locator('#field-slug').inputValue()).toBe('vernissage-de-decembre')

    // Theme, home page and post are ticked; logo and domain remain.
    await admin.goto(`${siteOrigin('localhost')}/admin`)
    await admin.getByRole('heading', { name: 'Get started — 2 steps left' }).waitFor()
    await admin.getByRole('link', { name: 'Add your logo and colours' }).waitFor()
    await admin.getByRole('link', { name: 'Connect your domain' }).waitFor()

    // A visitor, not logged in, on the site's own host.
    const visitor = await newPage()
    await visitor.goto(`${site}/`)
    await visitor.getByRole('heading', { level: 1, name: 'Tirages d’art et portraits à Lyon' }).waitFor()
    expect(await visitor.locator('body').getAttribute('data-theme')).toBe('librairie')
    const primary = await visitor.evaluate(() => getComputedStyle(document.body).getPropertyValue('--color-primary').trim())
    expect(primary).toBe('#8a1c2b')
    expect(await fetchText(visitor, '/site.css')).toContain('--color-primary: #8a1c2b')

    await visitor.goto(`${site}/blog`)
    await visitor.getByRole('link', { name: 'Vernissage le 12 décembre' }).click()
    await visitor.getByRole('heading', { level: 1, name: 'Vernissage le 12 décembre' }).waitFor()
    await visitor.getByText('Venez découvrir la nouvelle série de portraits, entrée libre.').waitFor()

    const gallery = await visitor.goto(`${site}/galeries/vernissage-de-decembre`)
    expect(gallery?.status()).toBe(200)
    await visitor.getByRole('heading', { level: 1, name: 'Vernissage de décembre' }).waitFor()
    const thumbnail = visitor.getByRole('link', { name: 'Les invités devant les tirages' })
    expect(await thumbnail.count()).toBe(1)
    await thumbnail.click()
    await lightbox(visitor).waitFor()
    expect(await lightbox(visitor).locator('img').evaluate((image: HTMLImageElement) => image.src)).toBe(await thumbnail.evaluate((link: HTMLAnchorElement) => link.href))
    await visitor.keyboard.press('Escape')
    await lightbox(visitor).waitFor({ state: 'hidden' })
  })

  it('sees what the custom CSS cleaner removed, and the site serves only the safe rules', { timeout: JOURNEY_TIMEOUT }, async () => {
    const admin = await newPage()
    await signUpOnPlatform(admin, { name: 'Nadia Benali', email: 'nadia@studio-benali.fr', password: 'des photos de classe', siteName: 'Studio Nadia Benali' })
    const site = siteOrigin('studio-nadia-benali.localhost')

    await openSection(admin, 'Design & settings')
    await admin.waitForURL(/\/admin\/collections\/site-settings\/\d+/, { waitUntil: 'commit' })
    await admin.waitForLoadState('networkidle')
    await admin.getByRole('button', { name: 'Custom CSS', exact: true }).click()
    // The benign rule comes before the markup: after it, it would be part of an unreadable selector.
    await fillTextareaField(
      admin,
      'customCss',
      ['@import url(https://evil.example/x.css);', 'body{background:url(javascript:alert(1))}', '.site-name{color:#123456}', '</style><script>alert(1)</script>'].join('\n'),
    )
    await submitDocument(admin, 'Save')

    const reasons = () => admin.locator('[id^="field-customCssReport__"][id$="__reason"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((input) => input.value))
    await expect.poll(reasons).toHaveLength(3)
    const [importRow, urlRow, markupRow] = await reasons()
    expect(importRow).toMatch(/@import is not allowed/)
    expect(urlRow).toContain('javascript:alert(1)')
    expect(markupRow).toContain('</style><script>')
    const lines = await admin.locator('[id^="field-customCssReport__"][id$="__line"]').evaluateAll((inputs: HTMLInputElement[]) => inputs.map((input) => input.value))
    expect(lines).toEqual(['1', '2', '4'])

    const visitor = await newPage()
    await visitor.goto(`${site}/`)
    const css = await fetchText(visitor, '/site.css')
    expect(css).toContain('.site-name{color:#123456}')
    expect(css).not.toContain('@import')
    expect(css).not.toContain('javascript:')
    expect(css).not.toContain('<')
    const siteNameColour = await visitor.locator('.site-name').first().evaluate((el) => getComputedStyle(el).color)
    expect(siteNameColour).toBe('rgb(18, 52, 86)')
  })
})

describe('an owner connecting a domain', () => {
  it('adds it, reads the TXT record to publish, and is told why it is not verified yet', { timeout: JOURNEY_TIMEOUT }, async () => {
    const admin = await newPage()
    await logIn(admin, 'studio-ecole@vitrine.test', 'vitrine-demo')

    await openSection(admin, 'Domains')
    await createNew(admin)
    await admin.locator('#field-host').fill('https://Boutique.Studio-Recre.example/')
    await submitDocument(admin, 'Save')
    await expect.poll(() => admin.locator('#field-host').inputValue()).toBe('boutique.studio-recre.example')
    await expect.poll(() => admin.locator('#field-verificationToken').inputValue()).toMatch(/^vitrine-verify=[0-9a-f]{32}$/)
    expect(await admin.locator('#field-recordName').inputValue()).toBe('_vitrine-challenge.boutique.studio-recre.example')

    await admin.getByRole('button', { name: 'Verify now' }).click()
    await admin.getByRole('status').filter({ hasText: 'Not verified yet' }).waitFor()
    expect(await admin.getByRole('status').filter({ hasText: 'Not verified yet' }).innerText()).toContain('_vitrine-challenge.boutique.studio-recre.example')
  })
})

describe('a visitor', () => {
  it('gets the platform’s “Site introuvable” page on a host that is no site', async () => {
    const page = await newPage()
    const response = await page.goto(`${siteOrigin('nobody.localhost')}/`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { name: 'Site introuvable' }).waitFor()
  })

  it('browses a demo gallery with the keyboard only', async () => {
    const page = await newPage()
    const atelier = siteOrigin('atelier-lumiere.localhost')
    await page.goto(`${atelier}/galeries`)
    const firstGallery = await page.locator('a[href^="/galeries/"]').first().getAttribute('href')
    await page.goto(`${atelier}${firstGallery}`)

    // Tab through the header until the first thumbnail has focus.
    const firstThumbnail = page.locator('a[data-lightbox]').first()
    const thumbnailHasFocus = () => firstThumbnail.evaluate((link) => link === document.activeElement)
    for (let presses = 0; presses < 60 && !(await thumbnailHasFocus()); presses++) await page.keyboard.press('Tab')
    expect(await thumbnailHasFocus()).toBe(true)

    await page.keyboard.press('Enter')
    await lightbox(page).waitFor()
    expect(await lightbox(page).evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    const shown = () => lightbox(page).locator('img').evaluate((image: HTMLImageElement) => image.src)
    const target = (index: number) => page.locator('a[data-lightbox]').nth(index).evaluate((link: HTMLAnchorElement) => link.href)
    expect(await shown()).toBe(await target(0))

    await page.keyboard.press('ArrowRight')
    await expect.poll(shown).toBe(await target(1))

    await page.keyboard.press('Escape')
    await lightbox(page).waitFor({ state: 'hidden' })
    expect(await thumbnailHasFocus()).toBe(true)
  })
})
