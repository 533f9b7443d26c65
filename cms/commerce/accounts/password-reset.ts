// A forgotten password: a link by mail in the site's own look, to the site's own page, valid an
// hour and once. The answer to a request never says whether the email has an account.
import type { Payload } from 'payload'

import { accountUsername, formProblems, newPasswordSchema, passwordResetRequestSchema, type FormProblems } from '../../../src/domain/commerce/customer-account'
import { passwordResetMail } from '../../../src/domain/mail'
import { mailBrand, sendShopMail } from '../mail/send'
import { loadShop } from '../shop'
import type { AccountResult, SessionAccount } from './session'

type Id = number | string

export const EXPIRED_LINK = 'Ce lien n’est plus valable : il a déjà servi ou il a expiré. Demandez-en un nouveau.'

/** Sends the reset link if this site has an account for the email; answers the same either way. */
export async function requestPasswordReset(
  payload: Payload,
  { tenantId, siteOrigin, input }: { tenantId: Id; siteOrigin: string; input: Record<string, unknown> },
): Promise<{ ok: true } | { ok: false; problems: FormProblems }> {
  const parsed = passwordResetRequestSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: formProblems(parsed.error) }
  const username = accountUsername(tenantId, parsed.data.email)
  const { docs } = await payload.find({ collection: 'customer-accounts', where: { username: { equals: username } }, limit: 1, depth: 0, overrideAccess: true })
  const account = docs[0]
  if (!account) return { ok: true }
  // Payload's local operation reads the username, though its type names only an email.
  const token = await payload.forgotPassword({ collection: 'customer-accounts', data: { username } as unknown as { email: string }, disableEmail: true })
  if (!token) return { ok: true }
  const shop = await loadShop(payload, tenantId)
  const brand = mailBrand(shop, siteOrigin)
  const resetUrl = `${brand.siteUrl}/compte/nouveau-mot-de-passe?token=${encodeURIComponent(token)}`
  await sendShopMail(payload, shop, { to: account.contactEmail, kind: 'password-reset', mail: passwordResetMail(brand, { ...(account.name ? { name: account.name } : {}), resetUrl }) })
  return { ok: true }
}

/** Whether a reset token opens an account of this site, unused and not expired. */
export async function resetTokenIsValid(payload: Payload, tenantId: Id, token: string): Promise<boolean> {
  if (!newPasswordSchema.shape.token.safeParse(token).success) return false
  const { totalDocs } = await payload.count({
    collection: 'customer-accounts',
    where: { and: [{ tenant: { equals: tenantId } }, { resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    overrideAccess: true,
  })
  return totalDocs === 1
}

/** Sets the new password of the account the link was sent for (on this site only) and logs it in. */
export async function resetCustomerPassword(payload: Payload, { tenantId, input }: { tenantId: Id; input: Record<string, unknown> }): Promise<AccountResult> {
  const parsed = newPasswordSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: formProblems(parsed.error) }
  if (!(await resetTokenIsValid(payload, tenantId, parsed.data.token))) return { ok: false, problems: { token: EXPIRED_LINK } }
  const { token, user } = await payload.resetPassword({ collection: 'customer-accounts', data: parsed.data, overrideAccess: true })
  return { ok: true, token: token!, account: user as unknown as SessionAccount }
}
