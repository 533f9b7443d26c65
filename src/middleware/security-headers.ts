// Headers of every site response. Scripts only from the site itself (no 'unsafe-inline'), media
// embeds only from the two video hosts, framing only by the origins the tenant allowed, forms
// only to the site and to the payment page the cart redirects to.

/**
 * Where the cart's form may lead: CSP's form-action also covers the redirect after the POST, so
 * Stripe's hosted checkout (or our emulator's, when STRIPE_API_URL points at it) must be named.
 */
export function checkoutOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  return [env.STRIPE_API_URL ? new URL(env.STRIPE_API_URL).origin : 'https://checkout.stripe.com']
}

export function contentSecurityPolicy(frameAncestors: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
    `frame-ancestors ${["'self'", ...frameAncestors].join(' ')}`,
    "base-uri 'self'",
    `form-action ${["'self'", ...checkoutOrigins()].join(' ')}`,
    "object-src 'none'",
  ].join('; ')
}

export function applySecurityHeaders(headers: Headers, frameAncestors: string[] = []): void {
  headers.set('Content-Security-Policy', contentSecurityPolicy(frameAncestors))
  headers.set('Referrer-Policy', 'strict-origin-when-cross-origin')
  headers.set('X-Content-Type-Options', 'nosniff')
  headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()')
}
