import type { Access, CollectionConfig, Where } from 'payload'

import { TENANT_ROLES, roleLabel } from '../../../src/domain/tenancy/roles'
import { isPlatformAdmin, isStaff, platformAdminField, tenantIdsAllowing } from '../access'
import { guardMemberships } from '../hooks/guard-memberships'

const selfOr =
  (action: 'read' | 'update' | 'delete'): Access =>
  ({ req }) => {
    // Only staff have a "self" here: a customer account's id is in another table and may equal a user's.
    if (!isStaff(req.user)) return false
    if (isPlatformAdmin(req.user)) return true
    const managed = tenantIdsAllowing(req.user, action, 'users')
    const self: Where = { id: { equals: req.user.id } }
    if (action === 'delete') return managed.length ? { 'tenants.tenant': { in: managed } } : false
    return managed.length ? { or: [self, { 'tenants.tenant': { in: managed } }] } : self
  }

/** People who log in to the back office. Tenant memberships and roles come from the multi-tenant plugin's array. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', fr: 'Utilisateur' }, plural: { en: 'Users', fr: 'Utilisateurs' } },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'tenants'], group: { en: 'Platform', fr: 'Plateforme' } },
  access: {
    read: selfOr('read'),
    update: selfOr('update'),
    delete: selfOr('delete'),
    create: ({ req }) => isPlatformAdmin(req.user) || tenantIdsAllowing(req.user, 'create', 'users').length > 0,
  },
  hooks: { beforeOperation: [guardMemberships] },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      options: [{ value: 'platform-admin', label: roleLabel('platform-admin', 'en') }],
      access: { create: platformAdminField, update: platformAdminField },
      admin: { position: 'sidebar', condition: (_, __, { user }) => isPlatformAdmin(user) },
    },
  ],
}

/** Row fields of each membership in the plugin's `tenants` array. */
export const membershipRoleField = {
  name: 'roles',
  type: 'select' as const,
  hasMany: true,
  required: true,
  defaultValue: ['editor'],
  saveToJWT: true,
  options: TENANT_ROLES.map((value) => ({ value, label: { en: roleLabel(value, 'en'), fr: roleLabel(value, 'fr') } })),
}
