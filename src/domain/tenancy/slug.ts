export type SlugResult = { ok: true; slug: string } | { ok: false; message: string }

export const SLUG_MIN_LENGTH = 3
export const SLUG_MAX_LENGTH = 40

/** Names a tenant may not take: they are, or may become, the platform's own subdomains. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  'www', 'admin', 'api', 'app', 'mail', 'smtp', 'imap', 'pop', 'mx', 'ftp', 'static', 'assets', 'cdn',
  'media', 'img', 'images', 'files', 'uploads', 'vitrine', 'platform', 'status', 'support', 'help',
  'docs', 'blog', 'news', 'dev', 'test', 'staging', 'demo', 'account', 'accounts', 'billing', 'pay',
  'payment', 'payments', 'checkout', 'login', 'signup', 'auth', 'sso', 'dashboard', 'ns1', 'ns2',
  'root', 'system', 'security', 'abuse', 'postmaster', 'hostmaster', 'webmaster', 'noreply',
  'no-reply', 'legal', 'privacy', 'terms', 'about', 'contact', 'embed', 'widget', 'webhooks', 'ws',
])

const ELISION = /\b(?:qu|[cdjlmnst])['’]/g
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd' }

/** Turns a business name into a subdomain slug: `L'Atelier Lumière` → `atelier-lumiere`. */
export function slugify(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[œæßøłđ]/g, (char) => LIGATURES[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(ELISION, ' ')
    .replace(/&/g, ' et ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length <= SLUG_MAX_LENGTH) return ascii
  // Cut at a word boundary when one is near, so the slug does not end mid-word.
  const cut = ascii.slice(0, SLUG_MAX_LENGTH)
  const lastDash = cut.lastIndexOf('-')
  return (lastDash >= SLUG_MIN_LENGTH ? cut.slice(0, lastDash) : cut).replace(/-+$/, '')
}

export function validateTenantSlug(slug: string): SlugResult {
  if (slug.length < SLUG_MIN_LENGTH) {
    return { ok: false, message: `“${slug}” is too short: a site address needs at least ${SLUG_MIN_LENGTH} characters.` }
  }
  if (slug.length > SLUG_MAX_LENGTH) {
    return { ok: false, message: `“${slug}” is ${slug.length} characters long: a site address may have at most ${SLUG_MAX_LENGTH}.` }
  }
  const badChar = [...slug].find((char) => !/[a-z0-9-]/.test(char))
  if (badChar !== undefined) {
    return {
      ok: false,
      message: `“${slug}” contains “${badChar}”: use only lowercase letters a–z, digits and dashes (try “${slugify(slug) || 'my-site'}”).`,
    }
  }
  if (slug.startsWith('-') || slug.endsWith('-')) {
    return { ok: false, message: `“${slug}” may not start or end with a dash.` }
  }
  if (slug.includes('--')) return { ok: false, message: `“${slug}” may not contain two dashes in a row.` }
  if (RESERVED_SLUGS.has(slug)) return { ok: false, message: `“${slug}” is reserved by the platform; choose another name.` }
  return { ok: true, slug }
}
