// The demo sites over HTTP, as a visitor's browser or a crawler sees them on each host.
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { request, siteOrigin } from '../support/http'

const DEMOS = {
  'atelier-lumiere': { name: 'Atelier Lumière', theme: 'atelier' },
  'studio-ecole': { name: 'Studio Récré', theme: 'ecole' },
  'librairie-des-quais': { name: 'Librairie des Quais', theme: 'librairie' },
  'theatre-du-marche': { name: 'Théâtre du Marché', theme: 'scene' },
} as const
const host = (slug: string) => `${slug}.localhost`
const decode = (html: string) => html.replace(/&#39;/g, "'").replace(/&amp;/g, '&')

describe.each(Object.entries(DEMOS))('the demo site %s', (slug, demo) => {
  it('serves its own home page in its own theme, naming no other tenant', async () => {
    const res = await request(host(slug), '/')
    expect(res.status).toBe(200)
    const html = decode(res.body)
    expect(html).toContain(demo.name)
    expect(html).toContain(`data-theme="${demo.theme}"`)
    for (const [other, { name }] of Object.entries(DEMOS)) if (other !== slug) expect(html).not.toContain(name)
    expect(html).toContain(`<link rel="canonical" href="http://${host(slug)}:`)
    expect(html).toContain('application/ld+json')
  })

  it('sends a CSP without inline scripts and a referrer policy', async () => {
    const res = await request(host(slug), '/')
    const csp = String(res.headers['content-security-policy'])
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).not.toContain('unsafe-inline')
    // The admin (platform origin) frames the site for live preview; nobody else by default.
    expect(csp).toMatch(/frame-ancestors 'self' http:\/\/localhost:\d+(;|$)/)
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  })

  it('lists its pages, posts and galleries in sitemap.xml, and points robots.txt at it', async () => {
    const sitemap = await request(host(slug), '/sitemap.xml')
    expect(sitemap.status).toBe(200)
    expect(sitemap.body).toContain(`<loc>http://${host(slug)}:`)
    expect(sitemap.body).toContain('/blog/')
    expect(sitemap.body).not.toMatch(new RegExp(Object.keys(DEMOS).filter((s) => s !== slug).join('|')))
    const robots = await request(host(slug), '/robots.txt')
    expect(robots.body).toMatch(/Sitemap: http:\/\/.*\/sitemap\.xml/)
  })

  it('publishes its posts as RSS', async () => {
    const rss = await request(host(slug), '/blog/rss.xml')
    expect(rss.status).toBe(200)
    expect(rss.headers['content-type']).toContain('application/rss+xml')
    expect(rss.body.match(/<item>/g)?.length).toBeGreaterThan(0)
  })
})

describe('an unknown host', () => {
  it.each(['nobody.localhost', 'www.example.org'])('gets the platform 404 for %s, never a tenant site', async (unknown) => {
    const res = await request(unknown, '/')
    expect(res.status).toBe(404)
    expect(res.body).toContain('Site introuvable')
    for (const { name } of Object.values(DEMOS)) expect(decode(res.body)).not.toContain(name)
  })
})

describe('pages of a site', () => {
  const atelier = host('atelier-lumiere')

  it('answer 404 with the themed page for a missing page, post, gallery or blog page', async () => {
    for (const path of ['/nope', '/blog/nope', '/galeries/nope', '/blog/page/99', '/blog/tag/nope']) {
      const res = await request(atelier, path)
      expect(res.status, path).toBe(404)
      expect(res.body).toContain('data-theme="atelier"')
    }
  })

  it('ship no JavaScript where none is needed, and only the lightbox script on a gallery', async () => {
    const page = await request(atelier, '/a-propos')
    expect(page.body).not.toMatch(/<script(?![^>]*application\/ld\+json)/)
    const galleries = await request(atelier, '/galeries')
    const firstGallery = /href="(\/galeries\/[a-z0-9-]+)"/.exec(galleries.body)![1]
    const gallery = await request(atelier, firstGallery)
    expect(gallery.status).toBe(200)
    expect(gallery.body).toContain('<script src="/scripts/lightbox.js" defer></script>')
    expect(gallery.body).toContain('<dialog class="lightbox"')
  })

  it('serve responsive images with AVIF and WebP sources, sizes set, metadata stripped', async () => {
    const res = await request(atelier, '/')
    expect(res.body).toMatch(/<source type="image\/avif" srcset="\/media\/\d+\/\d+\.avif \d+w/)
    expect(res.body).toMatch(/<img src="\/media\/\d+\/\d+\.jpeg"[^>]* width="\d+" height="\d+"/)
    const src = /<img src="(\/media\/\d+\/\d+\.jpeg)"/.exec(res.body)![1]
    const image = await request(atelier, src)
    expect(image.status).toBe(200)
    expect(image.headers['content-type']).toBe('image/jpeg')
    const meta = await sharp(image.bytes).metadata()
    expect(meta.exif).toBeUndefined()
    expect(meta.width).toBe(Number(/\/(\d+)\.jpeg$/.exec(src)![1]))
  })

  it('never serve an image of another tenant, nor an original, nor an unlisted size', async () => {
    const other = await request(host('theatre-du-marche'), '/')
    const theirs = /\/media\/(\d+)\/\d+\.jpeg/.exec(other.body)![0]
    expect((await request(host('theatre-du-marche'), theirs)).status).toBe(200)
    expect((await request(atelier, theirs)).status).toBe(404)
    const id = /\/media\/(\d+)\//.exec(theirs)![1]
    expect((await request(host('theatre-du-marche'), `/media/${id}/777.jpeg`)).status).toBe(404)
    expect((await request(host('theatre-du-marche'), `/media/${id}/640.png`)).status).toBe(404)
  })

  it('paginate the blog and filter it by tag', async () => {
    const blog = await request(atelier, '/blog')
    expect(blog.status).toBe(200)
    const tag = /href="\/blog\/tag\/([^"]+)"/.exec(blog.body)![1]
    const tagged = await request(atelier, `/blog/tag/${tag}`)
    expect(tagged.status).toBe(200)
    expect(tagged.body).toContain('class="post-card"')
  })

  it('file a contact message in the tenant’s admin, refuse an invalid one and a cross-site post', async () => {
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
    const post = (fields: Record<string, string>, origin = siteOrigin(atelier)) =>
      request(atelier, '/forms/contact', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin }, body: form(fields) })

    const bad = await post({ name: '', email: 'nope', message: '', page: '/contact' })
    expect(bad.status).toBe(303)
    expect(bad.headers.location).toBe('/contact?contact=invalid#contact')

    const good = await post({ name: 'Lou Martin', email: 'lou@example.fr', message: 'Un tirage 40×60 ?', page: '/contact' })
    expect(good.status).toBe(303)
    expect(good.headers.location).toBe('/contact?contact=sent#contact')

    const forged = await post({ name: 'Bot', email: 'bot@example.fr', message: 'spam', page: '/contact' }, 'https://evil.example')
    expect(forged.status).toBe(403)

    const login = await request('localhost', '/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'atelier-lumiere@vitrine.test', password: 'vitrine-demo' }),
    })
    const { token } = JSON.parse(login.body)
    const messages = await request('localhost', '/api/form-submissions?depth=0', { headers: { authorization: `JWT ${token}` } })
    const names = JSON.parse(messages.body).docs.map((doc: { name: string }) => doc.name)
    expect(names).toEqual(['Lou Martin'])
  })
})

describe('the certificate ask endpoint', () => {
  it('says yes for the platform and existing tenants, no for anything else', async () => {
    expect((await request('localhost', '/api/domains/ask?domain=atelier-lumiere.localhost')).status).toBe(200)
    expect((await request('localhost', '/api/domains/ask?domain=localhost')).status).toBe(200)
    expect((await request('localhost', '/api/domains/ask?domain=nobody.localhost')).status).toBe(404)
    expect((await request('localhost', '/api/domains/ask?domain=www.evil.example')).status).toBe(404)
    expect((await request('localhost', '/api/domains/ask')).status).toBe(404)
  })
})

describe('the page cache', () => {
  const atelier = host('atelier-lumiere')

  it('serves a repeat visit from cache, and an edit published in the admin at once', async () => {
    await request(atelier, '/a-propos')
    const repeat = await request(atelier, '/a-propos')
    expect(repeat.headers['x-vitrine-cache']).toBe('hit')
    expect(repeat.headers['content-security-policy']).toContain("script-src 'self'")

    const login = await request('localhost', '/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'atelier-lumiere@vitrine.test', password: 'vitrine-demo' }),
    })
    const auth = { authorization: `JWT ${JSON.parse(login.body).token}`, 'content-type': 'application/json' }
    const found = await request('localhost', '/api/pages?where[slug][equals]=a-propos&depth=0', { headers: auth })
    const page = JSON.parse(found.body).docs[0]
    const edited = await request('localhost', `/api/pages/${page.id}`, { method: 'PATCH', headers: auth, body: JSON.stringify({ title: 'Qui suis-je ?', _status: 'published' }) })
    expect(edited.status).toBe(200)

    const after = await request(atelier, '/a-propos')
    expect(after.headers['x-vitrine-cache']).toBe('miss')
    expect(decode(after.body)).toContain('<title>Qui suis-je ? · ')
  })

  it('never serves a preview link from cache, nor without a valid signature', async () => {
    const res = await request(atelier, '/a-propos?preview=pages:1:forged')
    expect(res.headers['x-vitrine-cache']).toBeUndefined()
    expect(res.status).toBe(200)
  })
})

describe('verifying a domain from the admin', () => {
  const login = async (email: string) => {
    const res = await request('localhost', '/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'vitrine-demo' }),
    })
    return { authorization: `JWT ${JSON.parse(res.body).token}`, 'content-type': 'application/json' }
  }

  it('checks DNS for an owner’s own domain and says why it is not verified yet; refuses others', async () => {
    const owner = await login('studio-ecole@vitrine.test')
    const tenant = JSON.parse((await request('localhost', '/api/tenants?depth=0', { headers: owner })).body).docs[0]
    expect(tenant.slug).toBe('studio-ecole')
    const created = await request('localhost', '/api/domains', { method: 'POST', headers: owner, body: JSON.stringify({ host: 'photos.studio-recre.example', tenant: tenant.id }) })
    expect(created.status, created.body).toBe(201)
    const domain = JSON.parse(created.body).doc
    expect(domain.verificationToken).toMatch(/^vitrine-verify=/)

    const verify = await request('localhost', `/api/domains/${domain.id}/verify`, { method: 'POST', headers: owner })
    expect(verify.status).toBe(422)
    expect(JSON.parse(verify.body)).toMatchObject({ verified: false, host: 'photos.studio-recre.example', reason: expect.stringContaining('_vitrine-challenge.photos.studio-recre.example') })
    expect((await request('photos.studio-recre.example', '/')).status).toBe(404)

    expect((await request('localhost', `/api/domains/${domain.id}/verify`, { method: 'POST' })).status).toBe(401)
    const stranger = await login('theatre-du-marche@vitrine.test')
    expect((await request('localhost', `/api/domains/${domain.id}/verify`, { method: 'POST', headers: stranger })).status).toBe(404)
  })
})
