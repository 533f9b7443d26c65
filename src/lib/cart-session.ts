// The two cookies of a visitor's shopping: the cart token (its cart lives in the database, so it
// survives page loads, restarts and other processes) and the references of orders this browser
// placed (so an order page shows its details only to the buyer who placed it).
import { randomBytes } from 'node:crypto'

import type { AstroCookies } from 'astro'

const CART = 'vt_cart'
const ORDERS = 'vt_orders'
const MONTH = 60 * 60 * 24 * 30

const options = (url: URL) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge: MONTH, secure: url.protocol === 'https:' })

export function cartToken(cookies: AstroCookies): string | undefined {
  const value = cookies.get(CART)?.value
  return value && /^[A-Za-z0-9_-]{32}$/.test(value) ? value : undefined
}

/** The visitor's cart token, made and set on first use. */
export function ensureCartToken(cookies: AstroCookies, url: URL): string {
  const existing = cartToken(cookies)
  if (existing) return existing
  const token = randomBytes(24).toString('base64url')
  cookies.set(CART, token, options(url))
  return token
}

export function placedOrders(cookies: AstroCookies): string[] {
  return (cookies.get(ORDERS)?.value ?? '').split('.').filter((ref) => /^VT-[A-Z0-9]{8}$/.test(ref))
}

export function rememberOrder(cookies: AstroCookies, url: URL, reference: string): void {
  const kept = [...placedOrders(cookies).filter((ref) => ref !== reference), reference].slice(-20)
  cookies.set(ORDERS, kept.join('.'), options(url))
}
