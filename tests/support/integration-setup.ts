// Runs before each integration test file: a fresh database (SQLite, or PostgreSQL with
// TEST_DATABASE=postgres) and media folder, set in the environment before our Payload config is
// first imported, and removed after the file.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll } from 'vitest'

import { createTestDatabase } from './database'

const database = await createTestDatabase(path.basename(process.env.VITEST_TEST_FILE ?? 'int'))
const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'vitrine-media-'))
process.env.DATABASE_URL = database.url
process.env.MEDIA_DIR = mediaDir
process.env.PAYLOAD_SECRET ??= randomBytes(16).toString('hex')

afterAll(async () => {
  const { payloadClient } = await import('../../src/lib/payload')
  const payload = await payloadClient()
  // Payload's destroy() leaves the connection pool open. Dropping the database ends its
  // connections; the pool is told to expect that, then closed.
  const db = payload.db as unknown as { pool?: { on(event: 'error', fn: () => void): void; end(): Promise<void> }; client?: { close(): void } }
  db.pool?.on('error', () => undefined)
  db.client?.close()
  await database.drop()
  await Promise.race([db.pool?.end(), new Promise((resolve) => setTimeout(resolve, 2000))])
  rmSync(mediaDir, { recursive: true, force: true })
})
