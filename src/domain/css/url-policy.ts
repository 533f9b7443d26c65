/**
 * Which URLs a stylesheet written by a tenant or a theme may reference: paths on the site
 * itself and small inline raster images. Anything else could load content from another site
 * (tracking, remote fonts the CSP forbids) or run script.
 */

const INLINE_IMAGE = /^data:image\/(png|jpeg|gif|webp)[;,]/;
const SCHEME = /^[a-z][a-z0-9+.-]*:/;

/** Returns why the URL is refused, or null when it is allowed. */
export function refuseUrl(raw: string): string | null {
  // URL parsers drop tabs and newlines and trim control characters: check what the browser sees.
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  const lower = url.toLowerCase();
  if (url.includes('\\')) return 'a URL containing a backslash is not allowed: browsers read it as another site';
  if (lower.startsWith('//')) return `url(${url}) is not allowed: it would load content from another site`;
  if (lower.startsWith('data:')) {
    if (INLINE_IMAGE.test(lower)) return null;
    if (lower.startsWith('data:image/svg')) return 'an inline SVG image is not allowed: SVG can carry script';
    return 'only inline PNG, JPEG, GIF or WebP images are allowed in data: URLs';
  }
  if (lower.startsWith('javascript:') || lower.startsWith('vbscript:')) {
    return `url(${lower.slice(0, lower.indexOf(':') + 1)}…) is not allowed: it would run script`;
  }
  if (SCHEME.test(lower)) {
    return `url(${url}) is not allowed: it would load content from another site; upload the file and use its path starting with /`;
  }
  return null;
}
