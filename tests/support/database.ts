// A throw-away database per test file: a SQLite file, or a PostgreSQL database created on the
// local server (TEST_DATABASE=postgres). Dropped again by the returned cleanup.
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
export const testDatabaseKind = (): 'sqlite' | 'postgres' => (process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite')

export async function createTestDatabase(label: string, kind = testDatabaseKind()): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `vitrine_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`
  if (kind === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(POSTGRES_ADMIN_URL)
    url.pathname = `/${name}`
    return {
      url: url.href,
      drop: async () => {
        const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  const dir = path.resolve('tmp/test-db')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${name}.db`)
  return { url: `file:${file}`, drop: async () => rmSync(file, { force: true }) }
}
