// npm run site:export -- <slug> [out-dir]   (default out-dir: exports/<slug>)
import path from 'node:path'

import { bootPayload } from '../cms/boot'
import { exportSite } from '../cms/platform/site-io/export-site'

const [slug, out] = process.argv.slice(2)
if (!slug) {
  console.error('Usage: npm run site:export -- <slug> [out-dir]')
  process.exit(2)
}
const payload = await bootPayload({ log: () => undefined })
const dir = path.resolve(out ?? path.join('exports', slug))
try {
  const site = await exportSite(payload, slug, dir)
  console.log(`✓ exported ${slug} to ${dir}: ${site.pages.length} pages, ${site.posts.length} posts, ${site.galleries.length} galleries`)
  process.exit(0)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
