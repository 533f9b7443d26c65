import type { FormObject } from '../../../src/domain/commerce/form-encoding'
import { invalidParam, noSuch } from './api-error'
import { assertKnownParams, optionalString, requiredString } from './params'
import { newId, recordEvent, unixNow, type Store } from './store'
import type { Account, StripeEvent } from './types'

const ACCOUNT_TYPES = ['standard', 'express', 'custom']

/** A connected account starts unable to charge until its owner finishes onboarding. */
export function createAccount(store: Store, form: FormObject): Account {
  assertKnownParams(form, ['type', 'country', 'email', 'expand'])
  const type = optionalString(form, 'type') ?? 'standard'
  if (!ACCOUNT_TYPES.includes(type)) throw invalidParam('type', `Invalid type: must be one of ${ACCOUNT_TYPES.join(', ')}`)
  const country = (optionalString(form, 'country') ?? 'FR').toUpperCase()
  if (!/^[A-Z]{2}$/.test(country)) throw invalidParam('country', `Invalid country: ${country} is not a two-letter country code.`)
  const account: Account = {
    id: newId('acct_'),
    object: 'account',
    type,
    country,
    email: optionalString(form, 'email') ?? null,
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: false,
    created: unixNow(),
  }
  store.accounts.set(account.id, account)
  return account
}

export function findAccount(store: Store, id: string, param?: string): Account {
  const account = store.accounts.get(id)
  if (account === undefined) throw noSuch('account', id, param)
  return account
}

/** The link leads to our onboarding page, which sends the owner back to `return_url` when done. */
export function createAccountLink(store: Store, form: FormObject, publicUrl: string): Record<string, unknown> {
  assertKnownParams(form, ['account', 'refresh_url', 'return_url', 'type', 'expand'])
  const account = findAccount(store, requiredString(form, 'account'), 'account')
  requiredString(form, 'refresh_url')
  const returnUrl = requiredString(form, 'return_url')
  const type = requiredString(form, 'type')
  if (type !== 'account_onboarding') throw invalidParam('type', `The emulator only supports type=account_onboarding, not ${type}.`)
  const created = unixNow()
  return {
    object: 'account_link',
    created,
    expires_at: created + 300,
    url: `${publicUrl}/connect/${account.id}?return=${encodeURIComponent(returnUrl)}`,
  }
}

export function completeOnboarding(store: Store, account: Account): StripeEvent {
  account.charges_enabled = true
  account.payouts_enabled = true
  account.details_submitted = true
  return recordEvent(store, 'account.updated', account, account.id)
}
