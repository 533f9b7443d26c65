import type { APIRoute } from 'astro'
import { z } from 'zod'

import { siteData } from '../../lib/site-data'

const contactSchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  message: z.string().trim().min(1).max(5000),
  page: z.string().regex(/^\/[a-z0-9/-]*$/).max(200).default('/'),
  website: z.literal('').optional(),
})

/** The contact form block posts here; the message lands in the tenant's Messages. */
export const POST: APIRoute = async ({ locals, request, redirect }) => {
  const form = Object.fromEntries((await request.formData()).entries())
  const parsed = contactSchema.safeParse(form)
  const back = typeof form.page === 'string' && /^\/[a-z0-9/-]*$/.test(form.page) ? form.page : '/'
  if (!parsed.success) return redirect(`${back}?contact=invalid#contact`, 303)
  const { website: _honeypot, ...message } = parsed.data
  await siteData(locals.site!).saveContactMessage(message)
  return redirect(`${back}?contact=sent#contact`, 303)
}
