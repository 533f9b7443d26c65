// Brings the database schema up to date from the committed migrations of its adapter.
import type { Payload } from 'payload'

import { migrations as postgres } from './migrations/postgres'
import { migrations as sqlite } from './migrations/sqlite'

export async function migrateDatabase(payload: Payload): Promise<void> {
  const kind = payload.db.name
  if (kind === 'mongoose') return // MongoDB needs no schema migrations for our collections.
  const migrations = kind === 'postgres' ? postgres : sqlite
  await payload.db.migrate({ migrations: migrations as never })
}
