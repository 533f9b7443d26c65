// Theme component overrides, resolved at build time: themes/<name>/components/<Name>.astro
// replaces src/components/site/<Name>.astro for sites wearing that theme.
import type { OverridableComponent } from '../domain/themes/manifest'

type AstroComponent = (...args: never[]) => unknown
const overrides = import.meta.glob<AstroComponent>('/themes/*/components/*.astro', { eager: true, import: 'default' })

export function themeComponent<T extends AstroComponent>(theme: string, name: OverridableComponent, fallback: T): T {
  return (overrides[`/themes/${theme}/components/${name}.astro`] as T | undefined) ?? fallback
}
