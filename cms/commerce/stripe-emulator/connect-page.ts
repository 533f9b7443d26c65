import { escapeXml as escape } from '../../../src/domain/seo/xml'
import { page } from './checkout-page'
import type { Account } from './types'

/** Stands in for Stripe's onboarding forms: one button, and the account can take payments. */
export function renderConnectPage(account: Account, returnUrl: string | null): string {
  const status = account.charges_enabled ? '<p>Onboarding is finished: this account can take payments.</p>' : '<p>No identity checks in test mode.</p>'
  return page(
    'Stripe onboarding',
    `<h1>Onboarding for ${escape(account.email ?? account.id)}</h1>
${status}
<form method="post" action="/connect/${escape(account.id)}">
${returnUrl === null ? '' : `<input type="hidden" name="return" value="${escape(returnUrl)}">`}
<button type="submit">Finish onboarding</button>
</form>`,
  )
}
