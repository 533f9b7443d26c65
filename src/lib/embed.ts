// The ticket office embedded in another website (an iframe the organizer pasted there): pages
// drop the site's header and footer and report their height, links stay embedded, and booking
// forms open in the top window, where the cart's cookie is first-party and Stripe may load.
export const isEmbedded = (url: URL) => url.searchParams.get('embed') === '1'

/** `path` with the embed flag kept when the page is embedded. */
export const embedHref = (path: string, embedded: boolean) => (embedded ? `${path}${path.includes('?') ? '&' : '?'}embed=1` : path)

/** What an organizer pastes in their own site to embed `path` of the tenant's site at `origin`. */
export const embedSnippet = (origin: string, path = '/billetterie') =>
  `<script src="${origin}/embed.js" data-path="${path}" async></script>`
