// A pro signs up: a tenant made from the starter site, its owner account, logged in at once.
import path from 'node:path'

import type { Payload } from 'payload'
import { z } from 'zod'

import { slugify, validateTenantSlug } from '../../src/domain/tenancy/slug'
import { importSite } from './site-io/import-site'

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Enter your name.').max(120, 'Your name is too long (120 characters at most).'),
  email: z.email('Enter a valid email address, like claire@example.fr.').max(254),
  password: z.string().min(10, 'Choose a password of at least 10 characters.').max(200),
  siteName: z.string().trim().min(2, 'Give your site a name (2 characters at least).').max(80, 'The site name is too long (80 characters at most).'),
  slug: z.string().trim().toLowerCase().optional(),
  consent: z.literal('on', 'Accept the terms to create your site.'),
})
export type SignUpInput = z.input<typeof signUpSchema>
export type FieldErrors = Partial<Record<keyof SignUpInput, string>>
export type SignUpResult = { ok: true; slug: string; token: string } | { ok: false; errors: FieldErrors }

export async function signUp(payload: Payload, input: Record<string, unknown>): Promise<SignUpResult> {
  const parsed = signUpSchema.safeParse(input)
  if (!parsed.success) {
    const errors: FieldErrors = {}
    for (const issue of parsed.error.issues) errors[issue.path[0] as keyof SignUpInput] ??= issue.message
    return { ok: false, errors }
  }
  const { name, email, password, siteName } = parsed.data
  const slug = parsed.data.slug || slugify(siteName)
  const slugCheck = validateTenantSlug(slug)
  if (!slugCheck.ok) return { ok: false, errors: { slug: slugCheck.message } }
  const [slugTaken, emailTaken] = await Promise.all([
    payload.count({ collection: 'tenants', where: { slug: { equals: slug } } }),
    payload.count({ collection: 'users', where: { email: { equals: email.toLowerCase() } } }),
  ])
  if (slugTaken.totalDocs > 0) return { ok: false, errors: { slug: `The address "${slug}" is taken; choose another.` } }
  if (emailTaken.totalDocs > 0) return { ok: false, errors: { email: 'An account already uses this email; log in instead.' } }

  const { tenantId } = await importSite(payload, path.resolve(process.cwd(), 'sites/_starter'), { tenant: { slug, name: siteName } })
  try {
    await payload.create({
      collection: 'users',
      data: { email, password, name, tenants: [{ tenant: tenantId, roles: ['owner'] }] },
      overrideAccess: true,
    })
    await payload.update({ collection: 'tenants', id: tenantId, data: { contactEmail: email }, overrideAccess: true })
  } catch (error) {
    await payload.delete({ collection: 'tenants', id: tenantId, overrideAccess: true })
    throw error
  }
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { ok: true, slug, token: token! }
}
