// What each role may do in the back office, as the permission table in src/domain/tenancy/roles.ts says.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeTenantWithContent, makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let site: Awaited<ReturnType<typeof makeTenantWithContent>>
let other: Awaited<ReturnType<typeof makeTenantWithContent>>
let owner: Awaited<ReturnType<typeof makeUser>>
let editor: Awaited<ReturnType<typeof makeUser>>
let scanner: Awaited<ReturnType<typeof makeUser>>

beforeAll(async () => {
  payload = await bootTestPayload()
  site = await makeTenantWithContent(payload, 'roles')
  other = await makeTenantWithContent(payload, 'autre')
  owner = await makeUser(payload, 'owner@roles.example', site.tenant.id, ['owner'])
  editor = await makeUser(payload, 'editor@roles.example', site.tenant.id, ['editor'])
  scanner = await makeUser(payload, 'door@roles.example', site.tenant.id, ['door-scanner'])
})

const as = (user: unknown) => ({ user: user as never, overrideAccess: false, depth: 0 })

describe('an editor', () => {
  it('edits pages, posts, galleries and design', async () => {
    const page = await payload.update({ collection: 'pages', id: site.page.id, data: { title: 'Accueil revu' }, ...as(editor) })
    expect(page.title).toBe('Accueil revu')
    const settings = await payload.update({ collection: 'site-settings', id: site.settings.id, data: { colors: { primary: '#8a1c2b' } }, ...as(editor) })
    expect(settings.colors?.primary).toBe('#8a1c2b')
  })

  it('cannot change the site’s account settings, add domains or manage users', async () => {
    await expect(payload.update({ collection: 'tenants', id: site.tenant.id, data: { name: 'Renommé' }, ...as(editor) })).rejects.toThrow()
    await expect(payload.create({ collection: 'domains', data: { host: 'www.editor.example', tenant: site.tenant.id }, ...as(editor) })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'users', data: { email: 'new@roles.example', password: 'correct horse battery', tenants: [{ tenant: site.tenant.id, roles: ['editor'] }] }, ...as(editor) }),
    ).rejects.toThrow()
  })

  it('cannot promote itself to owner, nor make itself platform admin', async () => {
    await expect(
      payload.update({ collection: 'users', id: editor.id, data: { tenants: [{ tenant: site.tenant.id, roles: ['owner'] }] }, ...as(editor) }),
    ).rejects.toThrow(/memberships/)
    await payload.update({ collection: 'users', id: editor.id, data: { roles: ['platform-admin'] }, ...as(editor) }).catch(() => undefined)
    const fresh = await payload.findByID({ collection: 'users', id: editor.id, overrideAccess: true })
    expect(fresh.roles ?? []).not.toContain('platform-admin')
    expect(fresh.tenants?.[0]?.roles).toEqual(['editor'])
  })
})

describe('an owner', () => {
  it('renames its site, adds a domain and invites an editor to its own site', async () => {
    const tenant = await payload.update({ collection: 'tenants', id: site.tenant.id, data: { name: 'Roles & Co' }, ...as(owner) })
    expect(tenant.name).toBe('Roles & Co')
    const domain = await payload.create({ collection: 'domains', data: { host: 'www.roles-co.example', tenant: site.tenant.id }, ...as(owner) })
    expect(domain.status).toBe('pending')
    const invited = await payload.create({
      collection: 'users',
      data: { email: 'invite@roles.example', password: 'correct horse battery', tenants: [{ tenant: site.tenant.id, roles: ['editor'] }] },
      ...as(owner),
    })
    expect(invited.email).toBe('invite@roles.example')
  })

  it('cannot give anyone a membership of another tenant, nor change its plan or address', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'sneaky@roles.example', password: 'correct horse battery', tenants: [{ tenant: other.tenant.id, roles: ['owner'] }] },
        ...as(owner),
      }),
    ).rejects.toThrow()
    await payload.update({ collection: 'tenants', id: site.tenant.id, data: { plan: 'pro', slug: 'renamed' }, ...as(owner) }).catch(() => undefined)
    const fresh = await payload.findByID({ collection: 'tenants', id: site.tenant.id, overrideAccess: true })
    expect([fresh.plan, fresh.slug]).toEqual(['free', 'roles'])
  })
})

describe('a door scanner', () => {
  it('sees no content of the site in the admin', async () => {
    for (const collection of ['pages', 'posts', 'galleries', 'media', 'site-settings'] as const) {
      await expect(payload.find({ collection, ...as(scanner) }), collection).rejects.toThrow()
    }
  })
})

