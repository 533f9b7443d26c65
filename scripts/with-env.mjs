// Runs a command with the local defaults of scripts/env.mjs (embedded database, local secret).
import { spawnSync } from 'node:child_process'

import { localEnv } from './env.mjs'

const [command, ...args] = process.argv.slice(2)
const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...localEnv() } })
process.exit(result.status ?? 1)
