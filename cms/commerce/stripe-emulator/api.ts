import type { IncomingMessage, ServerResponse } from 'node:http'

import { decodeForm, type FormObject } from '../../../src/domain/commerce/form-encoding'
import { errorAnswer, StripeApiError } from './api-error'
import { createSession, expireSession, findSession, sessionToWire } from './checkout'
import { createAccount, createAccountLink, findAccount } from './connect'
import { readBody, sendJson } from './http'
import { optionalList } from './params'
import { createRefund, findPaymentIntent } from './payments'
import { newId, toWire, type Answer, type Store } from './store'
import type { StripeEvent } from './types'

export interface ApiContext {
  store: Store
  publicUrl: string
  secretKeys?: readonly string[]
  /** Delivers an event in the background, as Stripe does after answering the request. */
  publish(event: StripeEvent): void
}

interface ApiRequest {
  form: FormObject
  account: string | null
  /** The ids captured from the path. */
  ids: string[]
}

interface Route {
  method: 'GET' | 'POST'
  path: RegExp
  handle(request: ApiRequest, context: ApiContext): unknown
}

const ID = '([A-Za-z0-9_]+)'

const ROUTES: Route[] = [
  {
    method: 'POST',
    path: /^\/v1\/checkout\/sessions$/,
    handle: ({ form, account }, { store, publicUrl }) => sessionToWire(store, createSession(store, form, account, publicUrl), expandOf(form)),
  },
  {
    method: 'GET',
    path: new RegExp(`^/v1/checkout/sessions/${ID}$`),
    handle: ({ form, account, ids }, { store }) => sessionToWire(store, findSession(store, ids[0], account), expandOf(form)),
  },
  {
    method: 'POST',
    path: new RegExp(`^/v1/checkout/sessions/${ID}/expire$`),
    handle: ({ form, account, ids }, { store, publish }) => {
      const session = findSession(store, ids[0], account)
      publish(expireSession(store, session))
      return sessionToWire(store, session, expandOf(form))
    },
  },
  {
    method: 'GET',
    path: new RegExp(`^/v1/payment_intents/${ID}$`),
    handle: ({ account, ids }, { store }) => toWire(findPaymentIntent(store, ids[0], account)),
  },
  {
    method: 'POST',
    path: /^\/v1\/refunds$/,
    handle: ({ form, account }, { store, publish }) => {
      const { refund, event } = createRefund(store, form, account)
      publish(event)
      return toWire(refund)
    },
  },
  { method: 'POST', path: /^\/v1\/accounts$/, handle: ({ form }, { store }) => toWire(createAccount(store, form)) },
  { method: 'GET', path: new RegExp(`^/v1/accounts/${ID}$`), handle: ({ ids }, { store }) => toWire(findAccount(store, ids[0])) },
  { method: 'POST', path: /^\/v1\/account_links$/, handle: ({ form }, { store, publicUrl }) => createAccountLink(store, form, publicUrl) },
]

function expandOf(form: FormObject): string[] {
  return optionalList(form, 'expand').map((path) => (typeof path === 'string' ? path : ''))
}

/** Answers one /v1 request: authentication, Stripe-Account, idempotent replays, then the route. */
export async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, context: ApiContext): Promise<void> {
  const { status, body, replayed } = await answer(request, url, context)
  sendJson(response, status, body, {
    'Request-Id': newId('req_'),
    ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}),
    // The SDK retries some failures; a refused request would only be refused again.
    ...(status >= 400 ? { 'Stripe-Should-Retry': 'false' } : {}),
  })
}

async function answer(request: IncomingMessage, url: URL, context: ApiContext): Promise<Answer & { replayed?: boolean }> {
  try {
    const apiKey = authenticate(request, context.secretKeys)
    const account = connectedAccount(request, context.store)
    const body = request.method === 'POST' ? await readBody(request) : url.search.slice(1)
    const run = () => runRoute(request.method, url.pathname, { body, account }, context)
    const key = request.headers['idempotency-key']
    if (request.method !== 'POST' || typeof key !== 'string') return run()
    return replayOrRun(context.store, `${apiKey} ${account} ${key}`, body, run)
  } catch (error) {
    return errorAnswer(error)
  }
}

function runRoute(method: string | undefined, pathname: string, { body, account }: { body: string; account: string | null }, context: ApiContext): Answer {
  try {
    const route = ROUTES.find((candidate) => candidate.method === method && candidate.path.test(pathname))
    if (route === undefined) throw new StripeApiError(404, `Unrecognized request URL (${method}: ${pathname}). The Vitrine Stripe emulator only knows the endpoints Vitrine calls.`)
    const ids = route.path.exec(pathname)!.slice(1)
    return { status: 200, body: route.handle({ form: decodeForm(body), account, ids }, context) }
  } catch (error) {
    return errorAnswer(error)
  }
}

// Stripe keeps the first answer to a key (success or refusal) and replays it; the SDK sends a key with every POST.
function replayOrRun(store: Store, key: string, body: string, run: () => Answer): Answer & { replayed?: boolean } {
  const previous = store.idempotency.get(key)
  if (previous === undefined) {
    const fresh = run()
    if (fresh.status < 500) store.idempotency.set(key, { requestBody: body, answer: fresh })
    return fresh
  }
  if (previous.requestBody !== body) {
    throw new StripeApiError(400, 'Keys for idempotent requests can only be used with the same parameters they were first used with.', { type: 'idempotency_error' })
  }
  return { ...previous.answer, replayed: true }
}

function authenticate(request: IncomingMessage, secretKeys: readonly string[] | undefined): string {
  const key = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1]
  if (key === undefined) {
    throw new StripeApiError(401, "You did not provide an API key. Send it in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer sk_test_…').")
  }
  const accepted = secretKeys === undefined ? key.startsWith('sk_test_') : secretKeys.includes(key)
  if (!accepted) throw new StripeApiError(401, `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`, { code: 'api_key_invalid' })
  return key
}

function connectedAccount(request: IncomingMessage, store: Store): string | null {
  const account = request.headers['stripe-account']
  if (typeof account !== 'string') return null
  if (!store.accounts.has(account)) {
    throw new StripeApiError(403, `The provided key does not have access to account '${account}' (or that account does not exist).`, { code: 'account_invalid' })
  }
  return account
}
