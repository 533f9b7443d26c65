// Logging a buyer in and out of their account on one site, and recognising them again from the
// token their browser keeps. Payload checks the password, signs the token and keeps the session.
import { AuthenticationError, createLocalReq, executeAuthStrategies, LockedAuth, logoutOperation, type Payload } from 'payload'

import { accountLoginSchema, accountUsername, formProblems, type FormProblems } from '../../../src/domain/commerce/customer-account'
import type { CustomerAccount } from '../../payload-types'
import { relationId } from '../../relation-id'

type Id = number | string

/** An account as its session found it: `_sid` names the session a logout ends. */
export type SessionAccount = CustomerAccount & { _sid?: string }

export type AccountResult = { ok: true; token: string; account: SessionAccount } | { ok: false; problems: FormProblems }

export const WRONG_CREDENTIALS = 'E-mail ou mot de passe incorrect.'
export const LOCKED = 'Trop d’essais : ce compte est bloqué pendant 10 minutes. Réessayez plus tard, ou choisissez un nouveau mot de passe.'

/** Logs in with the email and password typed on this site: an account of another site is not found. */
export async function logInCustomer(payload: Payload, { tenantId, input }: { tenantId: Id; input: Record<string, unknown> }): Promise<AccountResult> {
  const parsed = accountLoginSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: formProblems(parsed.error) }
  try {
    const { token, user } = await payload.login({
      collection: 'customer-accounts',
      data: { username: accountUsername(tenantId, parsed.data.email), password: parsed.data.password },
      overrideAccess: true,
      depth: 0,
    })
    return { ok: true, token: token!, account: user! }
  } catch (error) {
    if (error instanceof LockedAuth) return { ok: false, problems: { form: LOCKED } }
    if (error instanceof AuthenticationError) return { ok: false, problems: { form: WRONG_CREDENTIALS } }
    throw error
  }
}

/**
 * The account behind a session token, if the token is valid, its session still open, and the
 * account one of this site's. A staff token, or a buyer's token of another site, is nobody here.
 */
export async function accountFromToken(payload: Payload, tenantId: Id, token: string): Promise<SessionAccount | null> {
  // Only this token: no cookie of the request, and never Payload's auto-login.
  const headers = new Headers({ Authorization: `JWT ${token}`, DisableAutologin: 'true' })
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false })
  if (!user || user.collection !== 'customer-accounts') return null
  const account = user as SessionAccount
  return String(relationId(account.tenant)) === String(tenantId) ? account : null
}

/** Ends the session of this token: the token no longer opens the account, even if kept elsewhere. */
export async function logOutCustomer(payload: Payload, account: SessionAccount): Promise<void> {
  const req = await createLocalReq({ user: { ...account, collection: 'customer-accounts' } as never }, payload)
  await logoutOperation({ collection: payload.collections['customer-accounts'], req })
}
