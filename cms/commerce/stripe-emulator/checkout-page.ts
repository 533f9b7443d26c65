import { escapeXml as escape } from '../../../src/domain/seo/xml'
import { formatAmount } from './checkout'
import type { CheckoutSession } from './types'

// Plain, self-contained pages: no external assets, so they work offline and in any test browser.
const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 28rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: .5rem; box-shadow: 0 1px 3px #0002; }
  .test-mode { background: #ffde92; padding: .25rem .5rem; border-radius: .25rem; font-size: .85rem; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { padding: .35rem 0; text-align: left; } td:last-child, th:last-child { text-align: right; }
  tfoot th, tfoot td { border-top: 1px solid #ccc; font-weight: 700; }
  label { display: block; margin-top: 1rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; }
  .hint { color: #555; font-size: .9rem; margin: .25rem 0 0; }
  [role=alert] { color: #b00020; font-weight: 600; }
  button { margin-top: 1.5rem; width: 100%; padding: .75rem; font: inherit; font-weight: 700; color: #fff; background: #635bff; border: 0; border-radius: .25rem; cursor: pointer; }
  .cancel { display: block; margin-top: 1rem; text-align: center; }
`

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)}</title><style>${STYLE}</style></head>
<body><main>
<p class="test-mode">Test mode — Vitrine's Stripe emulator</p>
${body}
</main></body>
</html>`
}

/** The hosted payment page: the order, an email, a card number; `error` is a decline to show. */
export function renderCheckoutPage(session: CheckoutSession, form: { email?: string; error?: string } = {}): string {
  const rows = session.line_items
    .map((item) => `<tr><td>${escape(item.description)}</td><td>${item.quantity}</td><td>${escape(formatAmount(item.amount_total, item.currency))}</td></tr>`)
    .join('\n')
  const email = form.email ?? session.customer_email ?? ''
  const invalid = form.error === undefined ? '' : ' aria-invalid="true"'
  return page(
    `Pay ${formatAmount(session.amount_total, session.currency)}`,
    `<h1>Checkout</h1>
<table>
<caption class="hint">Your order</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Quantity</th><th scope="col">Amount</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2">Total</th><td>${escape(formatAmount(session.amount_total, session.currency))}</td></tr></tfoot>
</table>
<form method="post" action="/pay/${escape(session.id)}">
${form.error === undefined ? '' : `<p role="alert" id="card-error">${escape(form.error)}</p>`}
<label for="email">Email</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escape(email)}">
<label for="card_number">Card number</label>
<input id="card_number" name="card_number" inputmode="numeric" autocomplete="cc-number" required aria-describedby="card-hint${form.error === undefined ? '' : ' card-error'}"${invalid}>
<p class="hint" id="card-hint">Test card: 4242 4242 4242 4242 (4000 0000 0000 0002 is declined).</p>
<button type="submit">Pay</button>
</form>
${session.cancel_url === null ? '' : `<a class="cancel" href="${escape(session.cancel_url)}">Cancel</a>`}`,
  )
}

/** What a buyer sees on a link to a session that can no longer be paid. */
export function renderClosedSessionPage(session: CheckoutSession): string {
  if (session.status === 'complete') {
    return page('Already paid', `<h1>This checkout is already paid</h1>\n<p><a href="${escape(successUrl(session))}">Return to the shop</a></p>`)
  }
  const back = session.cancel_url === null ? '' : `\n<p><a href="${escape(session.cancel_url)}">Return to the shop</a></p>`
  return page('Checkout expired', `<h1>This checkout has expired</h1>${back}`)
}

export function successUrl(session: CheckoutSession): string {
  return session.success_url.replaceAll('{CHECKOUT_SESSION_ID}', session.id)
}
