import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { errorAnswer, StripeApiError } from './api-error'
import { handleApi, type ApiContext } from './api'
import { expireSession } from './checkout'
import { sendJson } from './http'
import { handlePage } from './pages'
import { paySession, SUCCEEDING_CARD } from './payments'
import { createStore, type Store } from './store'
import type { CheckoutSession, StripeEmulator, StripeEmulatorOptions, StripeEvent } from './types'
import { deliverEvent } from './webhooks'

/**
 * A local Stripe that the real SDK talks to (`new Stripe(key, emulator.sdkOptions)`): Checkout
 * Sessions with a hosted page, refunds, Connect onboarding, and signed webhooks. Tests and the
 * offline demo buy for real without network.
 */
export async function startStripeEmulator(options: StripeEmulatorOptions): Promise<StripeEmulator> {
  const store = createStore()
  const deliveries = new Set<Promise<unknown>>()
  const deliver = (event: StripeEvent): Promise<number | undefined> => track(deliveries, deliverEvent(event, options))
  // publicUrl is known once the port is; no request can arrive before listen() resolves.
  const context: ApiContext = { store, publicUrl: '', secretKeys: options.secretKeys, publish: (event: StripeEvent) => void deliver(event) }
  const server = createServer((request, response) => void route(request, response, context))
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? 0, host, resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://${host}:${port}`
  context.publicUrl = (options.publicUrl ?? url).replace(/\/$/, '')
  return {
    url,
    host,
    port,
    sdkOptions: { host, port, protocol: 'http' },
    sessions: store.sessions,
    events: store.events,
    pay: async (sessionId, card = SUCCEEDING_CARD) => {
      const session = sessionById(store, sessionId)
      await deliver(paySession(store, session, card, undefined))
      return session
    },
    redeliver: async (eventId) => {
      const event = store.events.find((candidate) => candidate.id === eventId)
      if (event === undefined) throw new Error(`No event ${eventId} was created by this emulator.`)
      const status = await deliver(event)
      if (status === undefined) throw new Error(`Event ${eventId} has no webhook URL to be delivered to.`)
      return status
    },
    expire: async (sessionId) => {
      await deliver(expireSession(store, sessionById(store, sessionId)))
    },
    close: async () => {
      await Promise.allSettled(deliveries)
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}

// close() waits for deliveries still in flight, so a test never ends with a webhook half-sent.
function track<T>(pending: Set<Promise<unknown>>, promise: Promise<T>): Promise<T> {
  pending.add(promise)
  void promise.finally(() => pending.delete(promise))
  return promise
}

function sessionById(store: Store, id: string): CheckoutSession {
  const session = store.sessions.get(id)
  if (session === undefined) throw new StripeApiError(404, `No such checkout.session: '${id}'`)
  return session
}

async function route(request: IncomingMessage, response: ServerResponse, context: ApiContext): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://emulator.local')
  try {
    if (url.pathname.startsWith('/v1/')) return await handleApi(request, response, url, context)
    if (await handlePage(request, response, url, context)) return
    sendJson(response, 404, new StripeApiError(404, `Unrecognized request URL (${request.method}: ${url.pathname}).`).toJSON())
  } catch (error) {
    const { status, body } = errorAnswer(error)
    if (!response.headersSent) sendJson(response, status, body)
    else response.destroy()
  }
}
