import { describe, expect, it } from 'vitest'
import { ACTIONS, AREAS, ROLES, ROLE_LABELS, can, isRole, roleLabel, type Area, type Role } from './roles'

/** Areas where the role may do anything at all. */
const areasOf = (role: Role): Area[] => AREAS.filter((area) => ACTIONS.some((action) => can(role, action, area)))

describe('can', () => {
  it('lets owners and platform admins do everything', () => {
    for (const area of AREAS) for (const action of ACTIONS) {
      expect(can('owner', action, area)).toBe(true)
      expect(can('platform-admin', action, area)).toBe(true)
    }
  })

  it('lets editors edit the site but only read domains, users and settings', () => {
    expect(can('editor', 'delete', 'content')).toBe(true)
    expect(can('editor', 'create', 'media')).toBe(true)
    expect(can('editor', 'update', 'design')).toBe(true)
    expect(can('editor', 'read', 'domains')).toBe(true)
    expect(can('editor', 'create', 'domains')).toBe(false)
    expect(can('editor', 'update', 'users')).toBe(false)
    expect(can('editor', 'update', 'settings')).toBe(false)
    expect(areasOf('editor')).not.toContain('sales')
  })

  it('keeps staff roles to their one area', () => {
    expect(areasOf('sales-agent')).toEqual(['catalog', 'sales'])
    expect(can('sales-agent', 'update', 'catalog')).toBe(false)
    expect(can('sales-agent', 'create', 'sales')).toBe(true)
    expect(can('sales-agent', 'delete', 'sales')).toBe(false)
    expect(areasOf('door-scanner')).toEqual(['checkin'])
    expect(can('door-scanner', 'create', 'checkin')).toBe(true)
    expect(areasOf('client-contact')).toEqual(['reports'])
    expect(can('client-contact', 'update', 'reports')).toBe(false)
    expect(areasOf('shop-staff')).toEqual(['catalog', 'sales', 'reports'])
    expect(areasOf('customer')).toEqual([])
  })
})

describe('labels', () => {
  it('has a French and an English label for every role', () => {
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].fr).not.toBe('')
      expect(ROLE_LABELS[role].en).not.toBe('')
    }
    expect(roleLabel('door-scanner', 'en')).toBe('Door scanner')
    expect(isRole('owner')).toBe(true)
    expect(isRole('root')).toBe(false)
  })
})
