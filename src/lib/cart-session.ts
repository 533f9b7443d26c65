// The two cookies of a visitor's shopping: the cart token (its cart lives in the database, so it
// survives page loads, restarts and other processes) and the references of orders this browser
// placed (so an order page shows its details only to the buyer who placed it).
import { randomBytes } from 'node:crypto'

import type { AstroCookies } from 'astro'

import { isOrderReference } from '../domain/commerce/order-reference'

const CART = 'vt_cart'
const ORDERS = 'vt_orders'
const MONTH = 60 * 60 * 24 * 30

const options = (url: URL) => ({ httpOnly: true, sameSite: 'lax' as const, path: '/', maxAge: MONTH, secure: url.protocol === 'https:' })

export const isCartToken = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{32}$/.test(value)

export function cartToken(cookies: AstroCookies): string | undefined {
  const value = cookies.get(CART)?.value
  return isCartToken(value) ? value : undefined
}

/** Makes this browser use a given cart: the account's, once its buyer logs in. */
export function setCartToken(cookies: AstroCookies, url: URL, token: string): void {
  cookies.set(CART, token, options(url))
}

/** The visitor's cart token, made and set on first use. */
export function ensureCartToken(cookies: AstroCookies, url: URL): string {
  const existing = cartToken(cookies)
  if (existing) return existing
  const token = randomBytes(24).toString('base64url')
  setCartToken(cookies, url, token)
  return token
}

/** Forgets this browser's cart and orders: a buyer who logs out may be on a shared computer. */
export function forgetShopping(cookies: AstroCookies): void {
  cookies.delete(CART, { path: '/' })
  cookies.delete(ORDERS, { path: '/' })
}

export function placedOrders(cookies: AstroCookies): string[] {
  return (cookies.get(ORDERS)?.value ?? '').split('.').filter(isOrderReference)
}

export function rememberOrder(cookies: AstroCookies, url: URL, reference: string): void {
  const kept = [...placedOrders(cookies).filter((ref) => ref !== reference), reference].slice(-20)
  cookies.set(ORDERS, kept.join('.'), options(url))
}
