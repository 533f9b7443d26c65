// `npm start`: build what is missing, then run the one server process on the embedded database
// (migrated and seeded with the demo tenants on first start).
import { spawnSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

import { localEnv } from './env.mjs'

const env = { ...process.env, ...localEnv(), NODE_ENV: 'production' }
const built = existsSync('dist/server/entry.mjs') && existsSync('cms/.next/BUILD_ID')
if (!built || process.argv.includes('--build')) {
  console.log('Building the sites (Astro) and the back office (Next)…')
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const port = env.PORT ?? '3000'
const server = spawn(process.execPath, ['--import', 'tsx', 'server.mjs'], { stdio: ['inherit', 'pipe', 'inherit'], env })
server.stdout.on('data', (chunk) => {
  process.stdout.write(chunk)
  if (String(chunk).includes('Vitrine is listening')) {
    console.log(`
  Platform home   http://localhost:${port}
  Admin           http://localhost:${port}/admin   (admin@vitrine.test / vitrine-demo)
  Demo sites      http://atelier-lumiere.localhost:${port}
                  http://studio-ecole.localhost:${port}
                  http://librairie-des-quais.localhost:${port}
                  http://theatre-du-marche.localhost:${port}
  Each site's owner logs in as <slug>@vitrine.test / vitrine-demo.
`)
  }
})
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
