// The demo: every site in sites/ (but the starter) as a tenant, each with an owner, plus a
// platform admin. Runs only on an empty database.
import { readdir } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { importSite } from './import-site'

const DEMO_PASSWORD = 'vitrine-demo'
const DEMO_ADMIN_EMAIL = 'admin@vitrine.test'
const demoOwnerEmail = (slug: string) => `${slug}@vitrine.test`

export async function demoSiteFolders(root = process.cwd()): Promise<string[]> {
  const sitesDir = path.resolve(root, 'sites')
  const entries = await readdir(sitesDir, { withFileTypes: true })
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => path.join(sitesDir, entry.name))
    .sort()
}

export async function seedDemoIfEmpty(payload: Payload, log: (line: string) => void = console.log): Promise<string[]> {
  const { totalDocs } = await payload.count({ collection: 'tenants' })
  if (totalDocs > 0) return []
  await payload.create({
    collection: 'users',
    data: { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD, name: 'Vitrine admin', roles: ['platform-admin'] },
    overrideAccess: true,
  })
  const slugs: string[] = []
  for (const dir of await demoSiteFolders()) {
    const { tenantId } = await importSite(payload, dir, { trustDomains: true })
    const slug = path.basename(dir)
    await payload.create({
      collection: 'users',
      data: { email: demoOwnerEmail(slug), password: DEMO_PASSWORD, name: `Owner of ${slug}`, tenants: [{ tenant: tenantId, roles: ['owner'] }] },
      overrideAccess: true,
    })
    log(`  seeded ${slug}`)
    slugs.push(slug)
  }
  return slugs
}
