// Where the platform lives. PLATFORM_URL is the public origin of the platform home
// (http://localhost:3000 by default); a tenant site answers on <slug>.<its host>.

export function platformUrl(): URL {
  return new URL(process.env.PLATFORM_URL ?? `http://localhost:${process.env.PORT ?? 3000}`)
}

/** The platform's host name without port, e.g. "localhost" or "vitrine.fr". */
export function platformDomain(): string {
  return platformUrl().hostname
}

/** Public origin of a tenant's platform subdomain, e.g. http://atelier-lumiere.localhost:3000. */
export function tenantOrigin(slug: string): string {
  const url = platformUrl()
  return `${url.protocol}//${slug}.${url.host}`
}
