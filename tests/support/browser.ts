// Debian's Chromium driven by playwright-core (no browser download). *.localhost resolves to
// loopback inside Chromium, so tenant hosts work as they do for a person on this machine.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS })
}

/**
 * A fresh browser profile (no cookie, nothing cached) whose context is kept in `contexts` for
 * closing. The admin's first renders can be slow on a busy 2-core machine: waits are generous but
 * still end on real conditions.
 */
export async function freshPage(browser: Browser, contexts: BrowserContext[]): Promise<Page> {
  const context = await browser.newContext()
  context.setDefaultTimeout(45_000)
  context.setDefaultNavigationTimeout(90_000)
  contexts.push(context)
  return context.newPage()
}

/**
 * One Chromium for the test file that calls this (launched before its tests, closed after, with
 * every context it opened); returns how to open a fresh page in it.
 */
export function chromiumForThisFile(): () => Promise<Page> {
  let browser: Browser
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()))
    await browser?.close()
  })
  return () => freshPage(browser, contexts)
}
