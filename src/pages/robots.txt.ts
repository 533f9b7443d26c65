import type { APIRoute } from 'astro'

import { robotsTxt } from '../domain/seo/robots'

export const GET: APIRoute = ({ locals }) =>
  new Response(robotsTxt({ origin: locals.site!.origin, disallow: ['/forms/'] }), {
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'public, max-age=3600' },
  })
