// Environment defaults shared by start, tests and scripts: the embedded database and a local
// secret made once in data/.secret (never committed). Real deployments set both variables.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function localEnv(root = process.cwd()) {
  const dataDir = path.join(root, 'data')
  mkdirSync(dataDir, { recursive: true })
  const secretFile = path.join(dataDir, '.secret')
  if (!process.env.PAYLOAD_SECRET && !existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
  return {
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? readFileSync(secretFile, 'utf8').trim(),
    DATABASE_URL: process.env.DATABASE_URL ?? 'file:./data/vitrine.db',
  }
}
