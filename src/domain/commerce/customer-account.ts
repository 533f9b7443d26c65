// The rules of a buyer's account on a tenant's site: how its login name is made, what its forms
// accept (with messages a French buyer can act on), which orders are its own, where to go back.
import { z } from 'zod'

import type { OrderState } from './order-state'

/** At least this many characters: long enough to resist guessing, short enough to remember. */
export const MIN_PASSWORD_LENGTH = 10

/**
 * The account's login name, unique on the platform: the site's tenant and the email. The buyer
 * types only the email; the site adds its own tenant, so an account never logs in on another site.
 */
export function accountUsername(tenantId: number | string, email: string): string {
  return `${tenantId}:${email.trim().toLowerCase()}`
}

const email = z.string().trim().toLowerCase().max(254, 'Cette adresse est trop longue.').pipe(z.email('Saisissez une adresse e-mail valide, comme lea@exemple.fr.'))
const newPassword = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Choisissez un mot de passe d’au moins ${MIN_PASSWORD_LENGTH} caractères.`)
  .max(200, 'Ce mot de passe est trop long (200 caractères au plus).')
const checkbox = z.literal('on').optional().transform((value) => value === 'on')

export const accountSignUpSchema = z.object({
  email,
  password: newPassword,
  name: z.string().trim().min(1, 'Indiquez votre nom.').max(120, 'Ce nom est trop long (120 caractères au plus).'),
  marketingOptIn: checkbox,
})
export type AccountSignUp = z.infer<typeof accountSignUpSchema>

export const accountLoginSchema = z.object({
  email,
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(200, 'Ce mot de passe est trop long.'),
})
export type AccountLogin = z.infer<typeof accountLoginSchema>

export const passwordResetRequestSchema = z.object({ email })

/** Payload's reset tokens are 40 hexadecimal characters; anything else is not worth a query. */
export const resetTokenSchema = z.string().regex(/^[a-f0-9]{40}$/, 'Ce lien de réinitialisation n’est pas valable.')

export const newPasswordSchema = z.object({ token: resetTokenSchema, password: newPassword })

/** Problems of a form by field name, the first message of each: what the page shows beside the field. */
export type FormProblems = Record<string, string>

export function formProblems(error: z.ZodError): FormProblems {
  const problems: FormProblems = {}
  for (const issue of error.issues) problems[String(issue.path[0] ?? 'form')] ??= issue.message
  return problems
}

/** The form fields a page sends as text (files and repeated names are not ours to read). */
export function formFields(form: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const name of names) {
    const value = form.get(name)
    if (typeof value === 'string') fields[name] = value.slice(0, 1000)
  }
  return fields
}

/** Where a login may send the buyer back: only the site's own account and shop pages, never elsewhere. */
export function safeReturnPath(value: string | null | undefined): string {
  return value && /^\/(compte|panier|boutique(\/[a-z0-9-]+)?|commande\/VT-[A-Z0-9]{8})$/.test(value) ? value : '/compte'
}

export interface AccountIdentity {
  email: string
  customerId?: number | string | null
}

export interface OrderOwner {
  email: string
  customerId?: number | string | null
}

/** An order (already of the site's tenant) is the account's when it carries its email or its customer record. */
export function accountOwnsOrder(account: AccountIdentity, order: OrderOwner): boolean {
  if (order.email.trim().toLowerCase() === account.email.trim().toLowerCase()) return true
  return account.customerId != null && order.customerId != null && String(account.customerId) === String(order.customerId)
}

const STATE_FOR_BUYER: Record<OrderState, string> = {
  pending: 'En attente de paiement',
  paid: 'Payée',
  fulfilled: 'Expédiée ou remise',
  cancelled: 'Annulée',
  expired: 'Non payée (délai dépassé)',
  partially_refunded: 'Remboursée en partie',
  refunded: 'Remboursée',
}

/** An order's state as the buyer reads it in their account. */
export const orderStateForBuyer = (state: OrderState): string => STATE_FOR_BUYER[state]
