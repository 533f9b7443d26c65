// npm run bench: requests/s and p50/p90/p99 latency of a tenant's home page, a blog post and a
// gallery page of 100 photos, against an Astro hello-world served the same way in the same run;
// then the server's resident memory with the 4 demo tenants and with 100 more; then checkouts per
// minute to paid on SQLite and PostgreSQL (bench/checkout.ts); then seat holds, best-available, door
// scans and ticket PDFs (bench/ticketing.ts). Prints figures; asserts nothing about time.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { load, type LoadResult } from './load'

const root = process.cwd()
const work = mkdtempSync(path.join(os.tmpdir(), 'vitrine-bench-'))
const port = 3900
const helloPort = 3901
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production' as const,
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `file:${path.join(work, 'bench.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  PAYLOAD_SECRET: randomBytes(16).toString('hex'),
  PLATFORM_URL: `http://localhost:${port}`,
  PORT: String(port),
  HOST: '127.0.0.1',
}
const children: ChildProcess[] = []
process.on('exit', () => children.forEach((child) => child.kill()))

function startProcess(args: string[], ready: string, extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'inherit'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => String(chunk).includes(ready) && resolve(child))
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)))
  })
}

const stop = (child: ChildProcess) => new Promise((resolve) => (child.once('exit', resolve), child.kill()))
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024

async function main() {
  if (!existsSync('dist/server/entry.mjs') || !existsSync('cms/.next/BUILD_ID')) throw new Error('Build first: npm run build')
  console.log('Building the hello-world baseline…')
  // Built inside the repository so the output resolves its packages from node_modules.
  const helloDist = path.join(root, 'bench/hello/dist')
  const built = spawnSync('npx', ['astro', 'build', '--root', 'bench/hello'], { stdio: 'ignore' })
  if (built.status !== 0) throw new Error('astro build of bench/hello failed')
  await startProcess(['bench/serve-hello.mjs', helloDist, String(helloPort)], 'Hello is listening')

  console.log('Starting Vitrine with the demo tenants…')
  const server = await startProcess(['--import', 'tsx', 'server.mjs'], 'Vitrine is listening')

  // A gallery of 100 photos on the photographer's site, through the Local API of this process.
  process.env.DATABASE_URL = env.DATABASE_URL
  process.env.MEDIA_DIR = env.MEDIA_DIR
  process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
  const { bootPayload } = await import('../cms/boot')
  const payload = await bootPayload({ log: () => undefined })
  const { docs: [tenant] } = await payload.find({ collection: 'tenants', where: { slug: { equals: 'atelier-lumiere' } }, overrideAccess: true })
  const photos = []
  for (let i = 0; i < 100; i++) {
    const data = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: { r: (i * 37) % 255, g: (i * 91) % 255, b: (i * 53) % 255 } } }).jpeg({ quality: 70 }).toBuffer()
    const media = await payload.create({ collection: 'media', data: { tenant: tenant.id, alt: `Photo ${i + 1}` }, file: { data, name: `bench-${i}.jpg`, mimetype: 'image/jpeg', size: data.length }, overrideAccess: true })
    photos.push({ image: media.id, alt: `Photo ${i + 1}`, caption: `Photo ${i + 1}` })
  }
  await payload.create({ collection: 'galleries', data: { tenant: tenant.id, title: 'Cent photos', slug: 'cent-photos', photos }, overrideAccess: true })
  const { docs: [post] } = await payload.find({ collection: 'posts', where: { tenant: { equals: tenant.id } }, limit: 1, overrideAccess: true })

  const host = `atelier-lumiere.localhost:${port}`
  const targets: [string, { port: number; host: string; path: string }][] = [
    ['hello-world (baseline)', { port: helloPort, host: `localhost:${helloPort}`, path: '/' }],
    ['tenant home page', { port, host, path: '/' }],
    ['blog post', { port, host, path: `/blog/${post.slug}` }],
    ['gallery of 100 photos', { port, host, path: '/galeries/cent-photos' }],
  ]
  const measure = async (list: typeof targets) => {
    const out: [string, LoadResult][] = []
    // Warm every page first: the first target measured must not pay for the JIT alone.
    for (const [, target] of list) await load(target, { concurrency: 10, durationMs: 3000 })
    for (const [name, target] of list) {
      out.push([name, await load(target, { concurrency: 20, durationMs: 8000 })])
    }
    return out
  }
  const print = (title: string, rows: [string, LoadResult][], baseline: LoadResult) => {
    console.log(`\n${title}`)
    console.log('page                      req/s    p50 ms   p90 ms   p99 ms   errors   throughput vs hello-world')
    for (const [name, r] of rows) {
      const ratio = baseline.rps / r.rps
      console.log(`${name.padEnd(24)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p90.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(8)}   ${r === baseline ? '1.00×' : `${ratio.toFixed(2)}× lower`}`)
    }
  }
  const cachedRows = await measure(targets)
  const baseline = cachedRows[0][1]
  print('As served (page cache on), 20 concurrent clients, 8 s each, keep-alive, same machine', cachedRows, baseline)

  const demoRss = rssMb(server.pid!)
  await stop(server)
  console.log('\nRestarting with PAGE_CACHE=off to measure rendering itself…')
  const uncachedServer = await startProcess(['--import', 'tsx', 'server.mjs'], 'Vitrine is listening', { PAGE_CACHE: 'off' })
  const uncachedRows = await measure(targets.slice(1))
  print('Every request rendered (PAGE_CACHE=off)', [cachedRows[0], ...uncachedRows], baseline)
  await stop(uncachedServer)
  const memoryServer = await startProcess(['--import', 'tsx', 'server.mjs'], 'Vitrine is listening')
  for (const [, target] of targets.slice(1)) await load(target, { concurrency: 4, durationMs: 1000 })
  console.log(`\nServer resident memory with the 4 demo tenants: ${demoRss.toFixed(0)} MB after the cached run, ${rssMb(memoryServer.pid!).toFixed(0)} MB fresh after a few requests`)
  console.log('Adding 100 generated tenants from the starter site…')
  const { importSite } = await import('../cms/platform/site-io/import-site')
  for (let i = 1; i <= 100; i++) {
    await importSite(payload, path.resolve(root, 'sites/_starter'), { tenant: { slug: `bench-${String(i).padStart(3, '0')}`, name: `Bench ${i}` } })
  }
  for (let i = 1; i <= 100; i++) await load({ port, host: `bench-${String(i).padStart(3, '0')}.localhost:${port}`, path: '/' }, { concurrency: 2, durationMs: 100, maxRequests: 4 })
  console.log(`Server resident memory with 104 tenants (each home page served): ${rssMb(memoryServer.pid!).toFixed(0)} MB`)
  await stop(memoryServer)
  const { benchCheckout } = await import('./checkout')
  await benchCheckout()
  const { benchTicketing } = await import('./ticketing')
  await benchTicketing()
}

try {
  await main()
} finally {
  children.forEach((child) => child.kill())
  rmSync(work, { recursive: true, force: true })
}
process.exit(0)
