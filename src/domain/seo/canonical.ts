/**
 * The one URL search engines should index for a page: absolute, origin lowercased, no query or
 * fragment, duplicate slashes collapsed, no trailing slash except for the home page.
 */
export function canonicalUrl(origin: string, path = '/'): string {
  const base = new URL(origin)
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new Error(`A site origin starts with https:// or http://, not “${origin}”.`)
  }
  const pathname = `/${path.split(/[?#]/, 1)[0] ?? ''}`.replace(/\/{2,}/g, '/')
  const url = new URL(pathname, base.origin)
  const clean = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname
  return `${url.origin}${clean}`
}
