import type { IncomingMessage, ServerResponse } from 'node:http'

import { decodeForm } from '../../../src/domain/commerce/form-encoding'
import { StripeApiError } from './api-error'
import { renderCheckoutPage, renderClosedSessionPage, page, successUrl } from './checkout-page'
import { completeOnboarding } from './connect'
import { renderConnectPage } from './connect-page'
import { readBody, redirect, sendHtml } from './http'
import { optionalString } from './params'
import { paySession } from './payments'
import type { Store } from './store'
import type { StripeEvent } from './types'

export interface PagesContext {
  store: Store
  publish(event: StripeEvent): void
}

/** The pages a browser visits: /pay/:session and /connect/:account. False when the path is neither. */
export async function handlePage(request: IncomingMessage, response: ServerResponse, url: URL, context: PagesContext): Promise<boolean> {
  const [, area, id, ...rest] = url.pathname.split('/')
  if (rest.length > 0 || id === undefined || !['GET', 'POST'].includes(request.method ?? '')) return false
  if (area === 'pay') await checkoutPage(request, response, id, context)
  else if (area === 'connect') await connectPage(request, response, url, id, context)
  else return false
  return true
}

async function checkoutPage(request: IncomingMessage, response: ServerResponse, id: string, { store, publish }: PagesContext): Promise<void> {
  const session = store.sessions.get(id)
  if (session === undefined) return sendHtml(response, 404, page('Not found', '<h1>This checkout link is not valid</h1>'))
  if (session.status !== 'open') return sendHtml(response, request.method === 'POST' ? 409 : 200, renderClosedSessionPage(session))
  if (request.method === 'GET') return sendHtml(response, 200, renderCheckoutPage(session))
  const form = decodeForm(await readBody(request))
  const email = optionalString(form, 'email')
  try {
    // Not awaited: the buyer's return to the shop may arrive before the webhook, as on Stripe.
    publish(paySession(store, session, optionalString(form, 'card_number') ?? '', email))
  } catch (error) {
    if (!(error instanceof StripeApiError) || error.details.type !== 'card_error') throw error
    return sendHtml(response, 402, renderCheckoutPage(session, { email, error: error.message }))
  }
  redirect(response, successUrl(session))
}

async function connectPage(request: IncomingMessage, response: ServerResponse, url: URL, id: string, { store, publish }: PagesContext): Promise<void> {
  const account = store.accounts.get(id)
  if (account === undefined) return sendHtml(response, 404, page('Not found', '<h1>This onboarding link is not valid</h1>'))
  if (request.method === 'GET') return sendHtml(response, 200, renderConnectPage(account, url.searchParams.get('return')))
  const returnUrl = optionalString(decodeForm(await readBody(request)), 'return')
  publish(completeOnboarding(store, account))
  if (returnUrl === undefined) return sendHtml(response, 200, renderConnectPage(account, null))
  redirect(response, returnUrl)
}
