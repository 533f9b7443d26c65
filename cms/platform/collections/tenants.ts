import type { CollectionConfig } from 'payload'

import { validateTenantSlug } from '../../../src/domain/tenancy/slug'
import { PLANS, STORAGE_ADD_ON_GB } from '../../../src/domain/storage/quota'
import { relationId } from '../../relation-id'
import { isPlatformAdmin, isStaff, platformAdminField, platformAdminOnly, tenantIdsAllowing } from '../access'
import { deleteTenantContent } from '../hooks/delete-tenant-content'
import { touchTenant } from '../hooks/touch-tenant'

export const VERTICALS = ['general', 'photo-prints', 'photo-sessions', 'bookshop', 'ticketing'] as const

/** A pro's site and account on the platform. Its own settings (theme, brand) live in site-settings. */
export const Tenants: CollectionConfig = {
  slug: 'tenants',
  labels: { singular: { en: 'Site', fr: 'Site' }, plural: { en: 'Sites', fr: 'Sites' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'plan', 'vertical'], group: { en: 'Platform', fr: 'Plateforme' } },
  hooks: { beforeDelete: [deleteTenantContent], afterChange: [touchTenant], afterDelete: [touchTenant] },
  access: {
    read: ({ req }) => {
      if (!isStaff(req.user)) return false
      if (isPlatformAdmin(req.user)) return true
      const memberOf = req.user.tenants ?? []
      return { id: { in: memberOf.map((m) => relationId(m.tenant)) } }
    },
    update: ({ req }) => {
      if (!req.user) return false
      if (isPlatformAdmin(req.user)) return true
      return { id: { in: tenantIdsAllowing(req.user, 'update', 'settings') } }
    },
    create: platformAdminOnly,
    delete: platformAdminOnly,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 80, label: { en: 'Site name', fr: 'Nom du site' } },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { en: 'Address on the platform', fr: 'Adresse sur la plateforme' },
      access: { update: platformAdminField },
      validate: (value: string | null | undefined) => {
        const result = validateTenantSlug(value ?? '')
        return result.ok ? true : result.message
      },
    },
    {
      name: 'vertical',
      type: 'select',
      defaultValue: 'general',
      options: VERTICALS.map((value) => ({ value, label: value })),
      access: { update: platformAdminField },
    },
    {
      name: 'plan',
      type: 'select',
      defaultValue: 'free',
      options: Object.keys(PLANS).map((value) => ({ value, label: value })),
      access: { update: platformAdminField },
    },
    {
      name: 'storageAddOnGb',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Storage add-on (GB)', fr: 'Stockage supplémentaire (Go)' },
      access: { update: platformAdminField },
      validate: (value: number | null | undefined) =>
        !value || (STORAGE_ADD_ON_GB as readonly number[]).includes(value) ? true : 'A storage add-on is 1 to 8 GB.',
    },
    {
      name: 'storageUsedBytes',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Storage used (bytes)', fr: 'Stockage utilisé (octets)' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false },
    },
    { name: 'contactEmail', type: 'email', label: { en: 'Contact email', fr: 'E-mail de contact' } },
    {
      // Bumped by every content change (hooks/touch-tenant.ts); page caches are keyed on it.
      name: 'contentVersion',
      type: 'number',
      defaultValue: 0,
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
  ],
}
