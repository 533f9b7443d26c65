import path from 'node:path'

import { loadThemes } from '../domain/themes/check-theme'
import type { ThemeManifest } from '../domain/themes/manifest'

const DEFAULT_THEME = 'atelier'
// Loaded once per process; an invalid shipped theme stops start-up with the paths that are wrong.
const themes: Map<string, ThemeManifest> = new Map(
  (await loadThemes(path.resolve(process.cwd(), 'themes'))).map((manifest) => [manifest.name, manifest]),
)

export function themeByName(name: string | null | undefined): ThemeManifest {
  const theme = themes.get(name ?? DEFAULT_THEME) ?? themes.get(DEFAULT_THEME)
  if (!theme) throw new Error(`The default theme "${DEFAULT_THEME}" is missing from themes/.`)
  return theme
}
