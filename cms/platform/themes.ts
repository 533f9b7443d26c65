import fs from 'node:fs'
import path from 'node:path'

/** Names of the theme folders shipped in themes/ (checked fully by `npm run theme:check`). */
export function themeNames(root = process.cwd()): string[] {
  const dir = path.resolve(root, 'themes')
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'theme.json')))
    .map((entry) => entry.name)
    .sort()
}
