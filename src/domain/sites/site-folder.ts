// A site folder on disk: `site.json` plus the images it references, beside it.
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { findImageReferences, findReferenceProblems } from './site-references'
import { imagePathSchema } from './schema-fields'
import { parseSiteFile, type SiteParseResult, type SiteProblem } from './site-schema'

export const SITE_FILE_NAME = 'site.json'

/**
 * Everything `parseSiteFile` checks, plus: every referenced image is in the folder, and
 * internal links and gallery blocks land on something. All problems come back at once.
 */
export async function checkSiteFolder(dir: string): Promise<SiteParseResult> {
  const fileLabel = join(dir, SITE_FILE_NAME)
  let text: string
  try {
    text = await readFile(fileLabel, 'utf8')
  } catch {
    return { ok: false, problems: [{ path: '', message: `${fileLabel} is missing or cannot be read` }] }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return parseSiteFile(text, fileLabel)
  }

  const parsed = parseSiteFile(json, fileLabel)
  const problems: SiteProblem[] = parsed.ok ? findReferenceProblems(parsed.site) : [...parsed.problems]
  for (const { path, file } of findImageReferences(json)) {
    if (imagePathSchema.safeParse(file).success && !(await isFile(join(dir, file)))) {
      problems.push({ path, message: `"${file}" is not in the site folder ${dir}` })
    }
  }
  return problems.length > 0 ? { ok: false, problems } : parsed
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
