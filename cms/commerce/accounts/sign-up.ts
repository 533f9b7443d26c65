import { ValidationError, type Payload } from 'payload'

import { accountSignUpSchema, accountUsername, formProblems } from '../../../src/domain/commerce/customer-account'
import { linkCustomerRecord } from './customer-record'
import { logInCustomer, type AccountResult } from './session'

type Id = number | string

export const EMAIL_TAKEN = 'Un compte existe déjà avec cet e-mail sur ce site : connectez-vous, ou choisissez un nouveau mot de passe.'

/**
 * A buyer makes an account on this site (the same email may have one on another site: another
 * account), linked to the site's customer record for that email, and is logged in at once.
 */
export async function signUpCustomer(payload: Payload, { tenantId, input }: { tenantId: Id; input: Record<string, unknown> }): Promise<AccountResult> {
  const parsed = accountSignUpSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: formProblems(parsed.error) }
  const { email, password, name, marketingOptIn } = parsed.data
  const username = accountUsername(tenantId, email)
  const taken = await payload.count({ collection: 'customer-accounts', where: { username: { equals: username } }, overrideAccess: true })
  if (taken.totalDocs > 0) return { ok: false, problems: { email: EMAIL_TAKEN } }
  let account
  try {
    account = await payload.create({
      collection: 'customer-accounts',
      data: { tenant: tenantId as number, username, contactEmail: email, name, password },
      overrideAccess: true,
      depth: 0,
    })
  } catch (error) {
    // The same sign-up sent twice at once: the unique username let one in.
    if (error instanceof ValidationError && error.data.errors.some((e) => e.path === 'username')) return { ok: false, problems: { email: EMAIL_TAKEN } }
    throw error
  }
  await linkCustomerRecord(payload, account, { marketingOptIn })
  return logInCustomer(payload, { tenantId, input: { email, password } })
}
