import type { APIRoute } from 'astro'

import { siteStylesheet } from '../lib/site-stylesheet'

export const GET: APIRoute = ({ locals, url }) =>
  new Response(siteStylesheet(locals.site!), {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      // The link carries a version of the settings: cache long when it does.
      'cache-control': url.searchParams.has('v') ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  })
