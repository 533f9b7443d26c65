// The per-site stylesheet: theme tokens, brand layer, cleaned tenant CSS, in that cascade order
// Served at /site.css. It repeats the layer order first: it may load before base.css, and the
// first stylesheet to name the layers fixes their order.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { brandCss } from '../domain/css/brand-css'
import { wrapTenantLayer } from '../domain/css/sanitize-custom-css'
import { FONT_STACKS } from '../domain/themes/fonts'
import type { Site } from './site'

const LAYER_ORDER = '@layer reset, base, theme, components, brand, tenant;'

const themeCss = new Map<string, string>()
function tokensOf(theme: string): string {
  let css = themeCss.get(theme)
  if (css === undefined) {
    css = readFileSync(path.resolve(process.cwd(), 'themes', theme, 'tokens.css'), 'utf8')
    themeCss.set(theme, css)
  }
  return css
}

export function siteStylesheet(site: Pick<Site, 'theme' | 'settings'>): string {
  const settings = site.settings
  const brand = {
    colors: Object.fromEntries(Object.entries(settings?.colors ?? {}).filter(([, value]) => typeof value === 'string' && value)),
    fonts: Object.fromEntries(Object.entries(settings?.fonts ?? {}).filter(([, value]) => typeof value === 'string' && value)),
  }
  return [LAYER_ORDER, tokensOf(site.theme.name), brandCss(brand, FONT_STACKS), settings?.customCssClean ? wrapTenantLayer(settings.customCssClean) : ''].join('\n')
}

/** A URL that changes whenever the settings or theme change, so the stylesheet can be cached long. */
export function stylesheetHref(site: Pick<Site, 'theme' | 'settings'>): string {
  const version = createHash('sha1')
    .update(`${site.theme.name}@${site.theme.version}:${site.settings?.updatedAt ?? ''}`)
    .digest('hex')
    .slice(0, 10)
  return `/site.css?v=${version}`
}
