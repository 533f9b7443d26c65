// Building blocks shared by the parts of the site file schema (site-schema.ts, shop-schema.ts).
import { z } from 'zod'

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const IMAGE_PATH = /^images\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:jpe?g|png|webp)$/i
const INTERNAL_HREF = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*)?$/

export const text = (what: string) => z.string().trim().min(1, `${what} cannot be empty`)

export const kebabSlug = (what: string) =>
  z.string().regex(KEBAB, `${what} must be lowercase words joined by hyphens, like "tirages-et-formats"`)

export const emailSchema = z.email('must be an email address like "bonjour@example.fr"')

export const dateTimeSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO date and time like "2025-03-14T09:00:00+01:00"',
})

export const imagePathSchema = z
  .string()
  .regex(IMAGE_PATH, 'must be a path inside the site folder like "images/photo.jpg" (.jpg, .jpeg, .png or .webp)')

export const hrefSchema = z
  .string()
  .refine(
    (href) => INTERNAL_HREF.test(href) || isHttpsUrl(href),
    'must be a page of the site like "/", "/a-propos", "/blog", "/galeries/<slug>", "/boutique/<slug>", or a full "https://…" address',
  )

function isHttpsUrl(href: string): boolean {
  try {
    const url = new URL(href)
    return url.protocol === 'https:' && url.hostname.includes('.')
  } catch {
    return false
  }
}

// List-wide rules run with `when: isArrayPayload` also when some item is invalid, so a site
// with a bad block still hears about its missing home page or a repeated slug.
export function isArrayPayload(payload: { value: unknown }): boolean {
  return Array.isArray(payload.value)
}

/** The `field` of a raw list item (a list-wide rule may see items that failed their own schema). */
export function fieldOf(item: unknown, field: string): unknown {
  return item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined
}

/** No two items of a list share `field` (compared after `normalise`); the repeat is reported. */
export function uniqueField(field: string, noun: string, normalise = (value: string) => value) {
  return (items: unknown[], ctx: z.RefinementCtx): void => {
    const firstIndex = new Map<string, number>()
    items.forEach((item, i) => {
      const value = fieldOf(item, field)
      if (typeof value !== 'string') return
      const first = firstIndex.get(normalise(value))
      if (first === undefined) firstIndex.set(normalise(value), i)
      else
        ctx.addIssue({
          code: 'custom',
          path: [i, field],
          message: `another ${noun} already uses ${field} "${value}" (number ${first + 1} in the list); ${field}s must be unique`,
        })
    })
  }
}

// Fallback wording for issues whose schema gives no message of its own.
export function plainMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required'
      return `must be ${article(issue.expected)}, not ${describe(issue.input)}`
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
    default:
      return undefined
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'a list [...]',
    object: 'an object {...}',
  }
  return names[expected] ?? expected
}

function describe(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'a list'
  if (typeof input === 'string') return 'text'
  if (typeof input === 'object') return 'an object'
  return `${typeof input} ${JSON.stringify(input)}`
}
