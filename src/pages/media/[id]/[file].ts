import type { APIRoute } from 'astro'

import { derivedImage, parseDerivativeName } from '../../../lib/derived-images'
import { siteData } from '../../../lib/site-data'

/** /media/<id>/<width>.<avif|webp|jpeg>: a resized copy of an image of this site's tenant, never the original. */
export const GET: APIRoute = async ({ locals, params }) => {
  const wanted = parseDerivativeName(params.file ?? '')
  const id = params.id ?? ''
  if (!wanted || !/^[0-9a-f]{1,24}$/i.test(id)) return new Response('Not found', { status: 404 })
  const media = await siteData(locals.site!).media(id)
  if (!media?.filename) return new Response('Not found', { status: 404 })
  const image = await derivedImage(media, wanted)
  if (!image) return new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(image.buffer), {
    headers: {
      'content-type': `image/${wanted.format}`,
      'cache-control': 'public, max-age=31536000, immutable',
      'content-length': String(image.buffer.length),
    },
  })
}
