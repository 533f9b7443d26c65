// npm run site:import -- sites/<slug> [--as <new-slug>]
// Validates the whole folder first; on any problem prints each one by path and changes nothing.
import path from 'node:path'

import { bootPayload } from '../cms/boot'
import { importSite, SiteImportError } from '../cms/platform/site-io/import-site'

const [dir, flag, newSlug] = process.argv.slice(2)
if (!dir) {
  console.error('Usage: npm run site:import -- sites/<slug> [--as <new-slug>]')
  process.exit(2)
}
const payload = await bootPayload({ log: () => undefined })
try {
  const folder = path.resolve(dir)
  const options = flag === '--as' && newSlug ? { tenant: { slug: newSlug, name: newSlug } } : {}
  const { tenantId } = await importSite(payload, folder, options)
  console.log(`✓ imported ${dir} as site #${tenantId}`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof SiteImportError ? error.message : error)
  process.exit(1)
}
