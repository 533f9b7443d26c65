export const PLATFORM_ROLES = ['platform-admin'] as const
export const TENANT_ROLES = [
  'owner',
  'editor',
  'sales-agent',
  'door-scanner',
  'client-contact',
  'shop-staff',
  'customer',
] as const
export const ROLES = [...PLATFORM_ROLES, ...TENANT_ROLES] as const

export type PlatformRole = (typeof PLATFORM_ROLES)[number]
export type TenantRole = (typeof TENANT_ROLES)[number]
export type Role = PlatformRole | TenantRole

export const AREAS = ['content', 'design', 'domains', 'media', 'users', 'settings', 'catalog', 'sales', 'checkin', 'reports'] as const
export const ACTIONS = ['read', 'create', 'update', 'delete'] as const
export type Area = (typeof AREAS)[number]
export type Action = (typeof ACTIONS)[number]

export const ROLE_LABELS: Record<Role, { fr: string; en: string }> = {
  'platform-admin': { fr: 'Administrateur de la plateforme', en: 'Platform administrator' },
  owner: { fr: 'Propriétaire', en: 'Owner' },
  editor: { fr: 'Éditeur', en: 'Editor' },
  'sales-agent': { fr: 'Agent de vente', en: 'Sales agent' },
  'door-scanner': { fr: 'Contrôle des entrées', en: 'Door scanner' },
  'client-contact': { fr: 'Contact client', en: 'Client contact' },
  'shop-staff': { fr: 'Équipe de la librairie', en: 'Shop staff' },
  customer: { fr: 'Client', en: 'Customer' },
}

/**
 * Which rows of an area a role sees, on top of the tenant filter: its own shop (shop staff) or the
 * sessions its organisation ordered (client contact). The data layer applies this; `can` does not.
 */
export const ROLE_SCOPE: Record<Role, 'platform' | 'tenant' | 'shop' | 'ordered-sessions' | 'self'> = {
  'platform-admin': 'platform',
  owner: 'tenant',
  editor: 'tenant',
  'sales-agent': 'tenant',
  'door-scanner': 'tenant',
  'client-contact': 'ordered-sessions',
  'shop-staff': 'shop',
  customer: 'self',
}

const ALL = ACTIONS
const READ = ['read'] as const
const WRITE_NO_DELETE = ['read', 'create', 'update'] as const

/** The one permission table of the back office. A missing area means no access. */
const PERMISSIONS: Record<Role, Partial<Record<Area, readonly Action[]>>> = {
  'platform-admin': Object.fromEntries(AREAS.map((area) => [area, ALL])),
  owner: Object.fromEntries(AREAS.map((area) => [area, ALL])),
  editor: { content: ALL, media: ALL, design: ALL, domains: READ, users: READ, settings: READ, catalog: READ },
  // Box-office agents sell from the catalogue and record payments; prices and cancelling stay with the owner.
  'sales-agent': { catalog: READ, sales: WRITE_NO_DELETE },
  'door-scanner': { checkin: ['read', 'create'] },
  'client-contact': { reports: READ },
  'shop-staff': { catalog: WRITE_NO_DELETE, sales: WRITE_NO_DELETE, reports: READ },
  customer: {},
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

export function can(role: Role, action: Action, area: Area): boolean {
  return PERMISSIONS[role]?.[area]?.includes(action) ?? false
}

export function roleLabel(role: Role, locale: 'fr' | 'en' = 'fr'): string {
  return ROLE_LABELS[role][locale]
}
