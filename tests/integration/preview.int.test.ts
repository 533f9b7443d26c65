// Drafts and preview: visitors see the published version; a signed preview link shows the draft
// of that one document; scheduled posts stay hidden until their date.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createPreviewToken } from '../../src/lib/preview-token'
import { draftFrom } from '../../src/lib/preview'
import { siteData } from '../../src/lib/site-data'
import { makeTenantWithContent, richText } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let site: Awaited<ReturnType<typeof makeTenantWithContent>>

beforeAll(async () => {
  payload = await bootTestPayload()
  site = await makeTenantWithContent(payload, 'apercu')
  await payload.update({ collection: 'pages', id: site.page.id, data: { title: 'Brouillon en cours' }, draft: true, overrideAccess: true })
})

const link = (collection: string, id: number | string, token: string) => new URL(`http://apercu.localhost/?preview=${collection}:${id}:${token}`)

describe('a page with a draft', () => {
  it('shows visitors the published version', async () => {
    expect((await siteData({ tenant: site.tenant }).page('home'))?.title).toBe('apercu home')
  })

  it('shows the draft through a signed preview link', async () => {
    const token = createPreviewToken({ tenant: site.tenant.id, collection: 'pages', id: site.page.id }, process.env.PAYLOAD_SECRET!)
    const draft = draftFrom(link('pages', site.page.id, token), { tenant: site.tenant })
    expect(draft).toEqual({ collection: 'pages', id: String(site.page.id) })
    expect((await siteData({ tenant: site.tenant }, draft).page('home'))?.title).toBe('Brouillon en cours')
  })

  it('ignores a forged or foreign preview link', async () => {
    expect(draftFrom(link('pages', site.page.id, '9999999999.forged'), { tenant: site.tenant })).toBeNull()
    const foreign = createPreviewToken({ tenant: 999, collection: 'pages', id: site.page.id }, process.env.PAYLOAD_SECRET!)
    expect(draftFrom(link('pages', site.page.id, foreign), { tenant: site.tenant })).toBeNull()
  })
})

describe('a scheduled post', () => {
  it('stays off the blog until its publish date', async () => {
    await payload.create({
      collection: 'posts',
      data: { tenant: site.tenant.id, title: 'Demain', slug: 'demain', body: richText('bientôt') as never, _status: 'published', publishedAt: new Date(Date.now() + 86_400_000).toISOString() },
      overrideAccess: true,
    })
    const data = siteData({ tenant: site.tenant })
    expect(await data.post('demain')).toBeNull()
    expect((await data.posts()).docs.map((post) => post.slug)).not.toContain('demain')
  })
})
