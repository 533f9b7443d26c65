// `npm test`: everything the tests need (Debian Chromium, a running PostgreSQL, a fresh build),
// then every suite: unit, integration on SQLite and PostgreSQL, e2e (HTTP and Chromium) on both.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'

import pg from 'pg'

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
const step = (title) => console.log(`\n▶ ${title}`)

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test', connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

step('Checking Chromium and PostgreSQL')
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log('Installing Debian Chromium for the browser tests…')
  if (run('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']) !== 0) {
    console.error('Could not install chromium (apt-get install chromium, as root). Set CHROMIUM_PATH to an existing Chromium.')
    process.exit(1)
  }
}
if (!(await postgresAnswers())) {
  console.log('Starting the local PostgreSQL cluster…')
  run('sh', ['-c', 'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'])
  for (let i = 0; i < 20 && !(await postgresAnswers()); i++) await new Promise((r) => setTimeout(r, 500))
  if (!(await postgresAnswers())) {
    console.error('PostgreSQL does not answer on 127.0.0.1:5432 (database "test"); start it or set TEST_POSTGRES_URL.')
    process.exit(1)
  }
}

step('Type-checking')
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) process.exit(1)
// tsc does not read .astro files; astro check types the pages and components too.
if (run('npx', ['astro', 'check', '--minimumSeverity', 'error']) !== 0) process.exit(1)

step('Building the sites and the admin')
if (run('npm', ['run', 'build'], { PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'build-only-secret' }) !== 0) process.exit(1)

mkdirSync('tmp', { recursive: true })
const suites = [
  ['unit', 'unit', {}],
  ['integration (SQLite)', 'integration', { TEST_DATABASE: 'sqlite' }],
  ['integration (PostgreSQL)', 'integration', { TEST_DATABASE: 'postgres' }],
  ['e2e (SQLite)', 'e2e', { TEST_DATABASE: 'sqlite' }],
  ['e2e (PostgreSQL)', 'e2e', { TEST_DATABASE: 'postgres' }],
]
let passed = 0
let failed = 0
let skipped = 0
const failures = []
for (const [title, project, env] of suites) {
  step(`Tests: ${title}`)
  const output = `tmp/results-${title.replace(/\W+/g, '-')}.json`
  const status = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], env)
  let results = null
  try {
    results = JSON.parse(readFileSync(output, 'utf8'))
  } catch {
    // no report: the suite crashed before reporting
  }
  passed += results?.numPassedTests ?? 0
  failed += results?.numFailedTests ?? 0
  skipped += (results?.numPendingTests ?? 0) + (results?.numTodoTests ?? 0)
  if (status !== 0 || !results || results.numTotalTests === 0) failures.push(title)
}

console.log(`\n${failures.length ? `Failed suites: ${failures.join(', ')}` : 'All suites green.'}`)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failures.length ? 1 : 0)
