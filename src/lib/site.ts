import type { SiteSetting, Tenant } from '../../cms/payload-types'
import type { ThemeManifest } from '../domain/themes/manifest'

/** What every page of a tenant's site knows about the site it renders (Astro.locals.site). */
export type Site = {
  tenant: Tenant
  settings: SiteSetting | null
  theme: ThemeManifest
  /** Origin the visitor used (custom domain or platform subdomain), for canonical URLs. */
  origin: string
}
