import type { Endpoint } from 'payload'

import { platformUrl } from '../../../src/lib/platform'
import { relationId, relationValue } from '../../relation-id'
import { stripeClient } from '../payments/stripe'
import { answer, problem, staffMay } from './respond'

const adminSettingsUrl = (id: number | string) => `${platformUrl().origin}/admin/collections/shop-settings/${id}`

/**
 * POST /api/shop-settings/:id/connect — sends the owner to Stripe's onboarding for its connected
 * account (made on first use), then back to /api/shop-settings/:id/connected, which reads the
 * account's state. Stripe's account.updated webhook keeps it current afterwards.
 */
export const connectStripeEndpoint: Endpoint = {
  path: '/:id/connect',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const settings = await req.payload.findByID({ collection: 'shop-settings', id: String(req.routeParams?.id), depth: 0, overrideAccess: true }).catch(() => null)
      const tenantId = settings ? relationId(settings.tenant) : undefined
      if (!settings || !staffMay(req, tenantId, 'update', 'settings')) return problem(404, 'not_found', 'No such shop on your sites.')
      const stripe = stripeClient()
      let account = settings.stripeAccountId
      if (!account) {
        const tenant = await req.payload.findByID({ collection: 'tenants', id: relationValue(tenantId!), depth: 0, overrideAccess: true })
        account = (await stripe.accounts.create({ type: 'standard', country: 'FR', ...(tenant.contactEmail ? { email: tenant.contactEmail } : {}) })).id
        await req.payload.update({ collection: 'shop-settings', id: settings.id, data: { stripeAccountId: account }, depth: 0, overrideAccess: true })
      }
      const link = await stripe.accountLinks.create({
        account,
        type: 'account_onboarding',
        refresh_url: adminSettingsUrl(settings.id),
        return_url: `${platformUrl().origin}/api/shop-settings/${settings.id}/connected`,
      })
      return Response.json({ url: link.url })
    }),
}

export const connectedStripeEndpoint: Endpoint = {
  path: '/:id/connected',
  method: 'get',
  handler: (req) =>
    answer(req, async () => {
      const settings = await req.payload.findByID({ collection: 'shop-settings', id: String(req.routeParams?.id), depth: 0, overrideAccess: true }).catch(() => null)
      if (!settings?.stripeAccountId) return problem(404, 'not_found', 'No Stripe account to check.')
      const account = await stripeClient().accounts.retrieve(settings.stripeAccountId)
      await req.payload.update({ collection: 'shop-settings', id: settings.id, data: { stripeChargesEnabled: Boolean(account.charges_enabled) }, depth: 0, overrideAccess: true })
      return Response.redirect(adminSettingsUrl(settings.id), 303)
    }),
}
