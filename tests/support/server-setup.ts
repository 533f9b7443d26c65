// Global setup of the e2e project: the real server (server.mjs, built sites and admin) on its own
// port, a fresh database (SQLite, or PostgreSQL with TEST_DATABASE=postgres) seeded with the demo
// tenants, and its own media folder. Mail goes to a real SMTP sink whose messages tests read over
// HTTP (inject('e2eMailUrl')): the sink lives in this process, the tests in another.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { createTestDatabase } from './database'
import { startSmtpSink } from './smtp-sink'

let server: ChildProcess | undefined

export default async function setup(project: TestProject) {
  const port = Number(process.env.E2E_PORT ?? 3200 + Math.floor(Math.random() * 500))
  const database = await createTestDatabase('e2e')
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'vitrine-e2e-media-'))
  const logs: string[] = []
  const sink = await startSmtpSink()
  const mailbox = createServer((_request, response) => {
    const messages = sink.messages.map(({ from, to, subject, text, html }) => ({ from, to, subject, text, html }))
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(messages))
  })
  await new Promise<void>((resolve) => mailbox.listen(0, '127.0.0.1', resolve))
  server = spawn(process.execPath, ['--import', 'tsx', 'server.mjs'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      PLATFORM_URL: `http://localhost:${port}`,
      DATABASE_URL: database.url,
      MEDIA_DIR: mediaDir,
      PAYLOAD_SECRET: randomBytes(16).toString('hex'),
      SMTP_URL: sink.url,
      MAIL_FROM_ADDRESS: 'ventes@vitrine.test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  server.stdout!.on('data', (chunk) => logs.push(String(chunk)))
  server.stderr!.on('data', (chunk) => logs.push(String(chunk)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start within 150 s:\n${logs.join('')}`)), 150_000)
    server!.stdout!.on('data', (chunk) => String(chunk).includes('Vitrine is listening') && (clearTimeout(timer), resolve()))
    server!.on('exit', (code) => (clearTimeout(timer), reject(new Error(`server exited with ${code}:\n${logs.join('')}`))))
  })
  project.provide('e2ePort', port)
  project.provide('e2eMediaDir', mediaDir)
  project.provide('e2eMailUrl', `http://127.0.0.1:${(mailbox.address() as AddressInfo).port}/messages`)

  return async () => {
    server?.kill('SIGTERM')
    await new Promise((resolve) => setTimeout(resolve, 500))
    await database.drop()
    await new Promise((resolve) => mailbox.close(resolve))
    await sink.close()
    rmSync(mediaDir, { recursive: true, force: true })
    if (process.env.E2E_SERVER_LOG) process.stdout.write(logs.join(''))
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    e2ePort: number
    e2eMediaDir: string
    e2eMailUrl: string
  }
}
