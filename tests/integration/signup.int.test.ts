// Sign-up: a tenant from the starter site, its owner logged in, clear errors per field.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signUp } from '../../cms/platform/signup'
import { bootTestPayload } from '../support/payload'

let payload: Payload
const valid = { name: 'Claire Morvan', email: 'claire@example.fr', password: 'une-phrase-longue', siteName: 'L’Atelier de Claire', consent: 'on' }

beforeAll(async () => {
  payload = await bootTestPayload()
})

describe('signing up', () => {
  it('creates the site from the starter, its owner, and a login token', async () => {
    const result = await signUp(payload, valid)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.slug).toBe('atelier-de-claire')
    expect(result.token.length).toBeGreaterThan(20)
    const { docs: [tenant] } = await payload.find({ collection: 'tenants', where: { slug: { equals: 'atelier-de-claire' } }, overrideAccess: true })
    expect(tenant.name).toBe('L’Atelier de Claire')
    const pages = await payload.find({ collection: 'pages', where: { tenant: { equals: tenant.id } }, overrideAccess: true })
    expect(pages.docs.map((p) => p.slug)).toContain('home')
    const { docs: [owner] } = await payload.find({ collection: 'users', where: { email: { equals: 'claire@example.fr' } }, overrideAccess: true, depth: 0 })
    expect(owner.tenants?.[0]).toMatchObject({ tenant: tenant.id, roles: ['owner'] })
  })

  it('names each wrong field and creates nothing', async () => {
    const before = (await payload.count({ collection: 'tenants' })).totalDocs
    const result = await signUp(payload, { name: '', email: 'pas-un-email', password: 'court', siteName: 'X' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(Object.keys(result.errors).sort()).toEqual(['consent', 'email', 'name', 'password', 'siteName'])
    expect(result.errors.password).toMatch(/10 characters/)
    expect((await payload.count({ collection: 'tenants' })).totalDocs).toBe(before)
  })

  it('refuses an address already taken, a reserved one, and an email already registered', async () => {
    const taken = await signUp(payload, { ...valid, email: 'autre@example.fr' })
    expect(taken).toEqual({ ok: false, errors: { slug: expect.stringMatching(/taken/) } })
    const reserved = await signUp(payload, { ...valid, email: 'autre@example.fr', slug: 'admin' })
    expect(reserved.ok || reserved.errors.slug).toBeTruthy()
    expect(reserved.ok).toBe(false)
    const email = await signUp(payload, { ...valid, siteName: 'Un autre site' })
    expect(email).toEqual({ ok: false, errors: { email: expect.stringMatching(/already/) } })
  })
})
