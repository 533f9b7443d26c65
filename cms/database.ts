import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

export const DEFAULT_DATABASE_URL = 'file:./data/vitrine.db'

/**
 * DATABASE_URL picks the adapter by scheme: file: (embedded SQLite, the default), postgres://,
 * mongodb://. The schema comes from committed migrations; DB_PUSH=true lets a developer iterate
 * on a throw-away database without writing one.
 */
export function databaseAdapter(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): DatabaseAdapterObj {
  const push = process.env.DB_PUSH === 'true'
  const migrations = (kind: string) => path.resolve(process.cwd(), 'cms/migrations', kind)
  if (/^postgres(ql)?:\/\//.test(url)) {
    return postgresAdapter({ pool: { connectionString: url, max: 10 }, push, migrationDir: migrations('postgres') })
  }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) {
    return mongooseAdapter({ url, migrationDir: migrations('mongodb') })
  }
  if (url.startsWith('file:')) {
    return sqliteAdapter({ client: { url }, push, migrationDir: migrations('sqlite') })
  }
  throw new Error(`DATABASE_URL must start with file:, postgres:// or mongodb:// (got "${url.split(':')[0]}:…").`)
}
