// A buyer's session on a tenant's site: the Payload token of their account in an httpOnly cookie
// of the site's host, checked with Payload on each request that needs it (valid, session still
// open, an account of this site), and one cart for the account whichever browser it logs in from.
import type { AstroCookies } from 'astro'

import { ACCOUNT_SESSION_SECONDS } from '../../cms/commerce/collections/customer-accounts'
import { accountFromToken, logOutCustomer, type SessionAccount } from '../../cms/commerce/accounts/session'
import { moveHolds } from '../../cms/ticketing/seat-holds'
import { mergeCartItems } from '../domain/commerce/cart-edit'
import { cartToken, ensureCartToken, forgetShopping, isCartToken, setCartToken } from './cart-session'
import { payloadClient } from './payload'
import { shopData } from './shop-data'
import type { Site } from './site'

const ACCOUNT = 'vt_account'

/** The logged-in buyer of this site, or null (no cookie, an ended session, another site's account). */
export async function currentAccount(cookies: AstroCookies, site: Pick<Site, 'tenant'>): Promise<SessionAccount | null> {
  const token = cookies.get(ACCOUNT)?.value
  if (!token) return null
  // A JWT is a few hundred characters; anything much longer is not ours to verify.
  const account = token.length <= 4096 ? await accountFromToken(await payloadClient(), site.tenant.id, token) : null
  if (!account) cookies.delete(ACCOUNT, { path: '/' })
  return account
}

/**
 * Keeps the token of a login (or sign-up, or new password) for the site's host, then gives the
 * browser the account's cart with what it held before logging in added to it.
 */
export async function openAccountSession(cookies: AstroCookies, url: URL, site: Pick<Site, 'tenant'>, { token, account }: { token: string; account: SessionAccount }): Promise<void> {
  cookies.set(ACCOUNT, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: ACCOUNT_SESSION_SECONDS, secure: url.protocol === 'https:' })
  await keepOneCart(cookies, url, site, account)
}

/** Ends the session with Payload (the token stops working) and forgets this browser's cart and orders. */
export async function closeAccountSession(cookies: AstroCookies, account: SessionAccount): Promise<void> {
  await logOutCustomer(await payloadClient(), account)
  cookies.delete(ACCOUNT, { path: '/' })
  forgetShopping(cookies)
}

/**
 * The browser's cart becomes the account's: the account's first cart is the one the browser has;
 * later, the browser's items are added to the account's cart and its own cart is dropped.
 */
async function keepOneCart(cookies: AstroCookies, url: URL, site: Pick<Site, 'tenant'>, account: SessionAccount): Promise<void> {
  const shop = shopData(site)
  const browserToken = cartToken(cookies)
  if (!isCartToken(account.cartToken)) {
    const token = browserToken ?? ensureCartToken(cookies, url)
    const payload = await payloadClient()
    await payload.update({ collection: 'customer-accounts', id: account.id, data: { cartToken: token }, overrideAccess: true, depth: 0 })
    return
  }
  const accountToken = account.cartToken
  if (browserToken && browserToken !== accountToken) {
    const [kept, brought] = await Promise.all([shop.cart(accountToken), shop.cart(browserToken)])
    if (brought.items.length > 0) {
      await shop.saveCart(accountToken, {
        items: mergeCartItems(kept.items, brought.items),
        ...((brought.discountCode ?? kept.discountCode) ? { discountCode: brought.discountCode ?? kept.discountCode } : {}),
        ...((brought.giftCardCode ?? kept.giftCardCode) ? { giftCardCode: brought.giftCardCode ?? kept.giftCardCode } : {}),
      })
    }
    await shop.dropCart(browserToken)
    // Seats held for the browser's cart follow its items.
    await moveHolds(await payloadClient(), { from: browserToken, to: accountToken })
  }
  setCartToken(cookies, url, accountToken)
}
