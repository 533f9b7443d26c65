// Payload's admin as a pro uses it in the browser: sign up on the platform, open a section, save
// or publish and wait for the confirmation, fill a textarea, pick an image already uploaded.
import type { Page } from 'playwright-core'

import { siteOrigin } from './http'

export type Pro = { name: string; email: string; password: string; siteName: string }

export const platformOrigin = () => siteOrigin('localhost')

/** Fills the sign-up form of the platform home page and waits to land in the admin. */
export async function signUpOnPlatform(page: Page, pro: Pro): Promise<void> {
  await page.goto(`${platformOrigin()}/`)
  await page.getByLabel('Votre nom').fill(pro.name)
  await page.getByLabel('E-mail').fill(pro.email)
  await page.getByLabel(/^Mot de passe/).fill(pro.password)
  await page.getByLabel('Nom du site').fill(pro.siteName)
  await page.getByLabel(/J’accepte les conditions/).check()
  await page.getByRole('button', { name: 'Créer mon site' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
}

/**
 * Logs in on the admin's login page. The form is React: typing before it has hydrated is lost,
 * so wait for the page to be quiet, then check the typed values stuck.
 */
export async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${platformOrigin()}/admin/login`, { waitUntil: 'networkidle' })
  const emailField = page.locator('#field-email')
  const passwordField = page.locator('#field-password')
  for (let attempt = 0; attempt < 5 && (await emailField.inputValue()) !== email; attempt++) {
    await emailField.fill(email)
    await passwordField.fill(password)
    await page.waitForTimeout(200)
  }
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin', { waitUntil: 'commit' })
  await page.getByRole('link', { name: /^Show all / }).first().waitFor()
}

/** Opens a section of the admin from its card on the dashboard. */
export async function openSection(page: Page, label: string): Promise<void> {
  await page.goto(`${platformOrigin()}/admin`)
  await page.getByRole('link', { name: `Show all ${label}`, exact: true }).click()
  // A client-side navigation: wait for the URL, then for what the caller looks for.
  await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/'), { waitUntil: 'commit' })
  await page.waitForLoadState('networkidle')
}

/** Opens the create form of the current collection and waits for it to be ready for typing. */
export async function createNew(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Create New' }).first().click()
  await page.waitForURL((url) => url.pathname.endsWith('/create'), { waitUntil: 'commit' })
  await page.waitForLoadState('networkidle')
}

/** Clicks Save, Publish changes… and waits for Payload's "… successfully …" toast. */
export async function submitDocument(page: Page, button: 'Save' | 'Publish changes'): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click()
  await page.getByText(/successfully/i).first().waitFor()
}

/** Replaces the text of a textarea field (e.g. custom CSS) the way a person types it. */
export async function fillTextareaField(page: Page, name: string, text: string): Promise<void> {
  const field = page.locator(`#field-${name}`)
  await field.fill(text)
}

/** Picks an uploaded image by file name for the upload field inside `scope` (e.g. "#field-photos"). */
export async function chooseExistingImage(page: Page, scope: string, filename: string): Promise<void> {
  await page.locator(scope).getByRole('button', { name: 'Choose from existing' }).click()
  const drawer = page.locator('.list-drawer.drawer--is-open')
  await drawer.getByText(filename, { exact: true }).click()
  await drawer.waitFor({ state: 'hidden' })
}

/** Types into the only rich-text (Lexical) editor of the document. */
export async function typeInRichText(page: Page, text: string): Promise<void> {
  await page.locator('[data-lexical-editor="true"]').click()
  await page.keyboard.type(text)
}
