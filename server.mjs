// The one process: /admin, /api and Next's assets go to Payload's Next app (cms/); static files
// of the sites come from dist/client and public/; everything else is a tenant site (Astro).
// Run through `npm start` (node --import tsx server.mjs): Payload's config is TypeScript.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const root = process.cwd()
// The built sites; SITE_DIST lets a second build be previewed beside the main one.
const siteDist = path.resolve(root, process.env.SITE_DIST ?? 'dist')
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'

// Without Stripe keys, card payments go to our local Stripe emulator (see demo-payments.ts).
const { startDemoPayments, connectDemoShops } = await import(pathToFileURL(path.join(root, 'cms/commerce/payments/demo-payments.ts')).href)
const emulator = await startDemoPayments({ appPort: port, emulatorPort: Number(process.env.STRIPE_EMULATOR_PORT ?? 0) })

const { bootPayload } = await import(pathToFileURL(path.join(root, 'cms/boot.ts')).href)
const payload = await bootPayload({ seed: process.env.SEED_DEMO !== 'false', cron: true })
if (emulator) {
  const shops = await connectDemoShops(payload, emulator)
  process.stdout.write(`Card payments go to the local Stripe emulator at ${emulator.url} (${shops} shops connected; pay with 4242 4242 4242 4242)\n`)
}

const { default: next } = await import('next')
const nextApp = next({ dev: false, dir: path.join(root, 'cms'), hostname: 'localhost', port })
await nextApp.prepare()
const nextHandler = nextApp.getRequestHandler()
const { handler: astroHandler } = await import(pathToFileURL(path.join(siteDist, 'server/entry.mjs')).href)

const NEXT_PREFIXES = ['/admin', '/api/', '/_next/', '/__nextjs']
const isNext = (pathname) => pathname === '/api' || NEXT_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`) || pathname === prefix)

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.avif': 'image/avif', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain', '.json': 'application/json' }
const staticRoots = [path.join(siteDist, 'client')]

/** Serves a file of dist/client (Astro's assets and public/ copied at build) when one matches. */
async function serveStatic(pathname, res) {
  if (pathname === '/' || pathname.includes('..') || pathname.includes('\0')) return false
  for (const dir of staticRoots) {
    const file = path.join(dir, decodeURIComponent(pathname))
    if (!file.startsWith(dir)) continue
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) continue
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': info.size,
      'cache-control': pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    })
    createReadStream(file).pipe(res)
    return true
  }
  return false
}

const server = http.createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (isNext(pathname)) return await nextHandler(req, res)
    if ((req.method === 'GET' || req.method === 'HEAD') && (await serveStatic(pathname, res))) return
    await astroHandler(req, res)
  } catch (error) {
    console.error(error)
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' })
    res.end('Internal error')
  }
})

server.listen(port, host, () => {
  process.stdout.write(`Vitrine is listening on http://localhost:${port}\n`)
  process.send?.('ready')
})

const shutdown = () => server.close(async () => {
  await emulator?.close()
  process.exit(0)
})
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
