import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { checkSiteFolder } from './site-folder'
import { findImageReferences } from './site-references'
import { formatPath, parseSiteFile, type SiteFileInput, type SiteProblem } from './site-schema'

const SITES_DIR = fileURLToPath(new URL('../../../sites/', import.meta.url))

function smallSite(): SiteFileInput {
  return {
    tenant: { slug: 'atelier-test', name: 'Atelier Test', vertical: 'photo-prints', locale: 'fr' },
    theme: 'atelier',
    brand: { logo: 'images/logo.png', colors: { primary: '#112233' } },
    navigation: {
      header: [
        { label: 'Accueil', href: '/' },
        { label: 'À propos', href: '/a-propos' },
        { label: 'Galerie', href: '/galeries/mer' },
      ],
      footer: [{ label: 'Instagram', href: 'https://www.instagram.com/atelier.test' }],
    },
    pages: [
      {
        slug: 'home',
        title: 'Accueil',
        layout: [
          { type: 'hero', heading: 'Bonjour', image: 'images/mer.jpg', cta: { label: 'Voir', href: '/galeries' } },
          { type: 'gallery', gallery: 'mer' },
        ],
      },
      { slug: 'a-propos', title: 'À propos', layout: [{ type: 'richText', body: 'Je photographie la **mer**.' }] },
    ],
    posts: [
      {
        slug: 'premier',
        title: 'Premier article',
        excerpt: 'Un début.',
        author: 'Claire',
        tags: [],
        publishedAt: '2025-03-14T09:00:00+01:00',
        body: { root: { type: 'root', children: [] } },
      },
    ],
    galleries: [{ slug: 'mer', title: 'Mer', photos: [{ image: 'images/mer.jpg', alt: 'La mer en hiver' }] }],
  }
}

function problemsOf(json: unknown): SiteProblem[] {
  const result = parseSiteFile(json, 'site.json')
  if (result.ok) throw new Error('expected the site file to be refused')
  return result.problems
}

describe('the sites shipped in sites/', async () => {
  const folders = (await readdir(SITES_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory())

  it('include the starter and the four demo tenants', () => {
    expect(folders.map((folder) => folder.name).sort()).toEqual(
      expect.arrayContaining([
        '_starter',
        'atelier-lumiere',
        'librairie-des-quais',
        'studio-ecole',
        'theatre-du-marche',
      ]),
    )
  })

  it.each(folders.map((folder) => folder.name))('%s passes checkSiteFolder', async (name) => {
    const result = await checkSiteFolder(join(SITES_DIR, name))
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it.each(folders.map((folder) => folder.name))('%s keeps no image it does not use', async (name) => {
    const result = await checkSiteFolder(join(SITES_DIR, name))
    if (!result.ok) throw new Error(`${name} is invalid`)
    const used = new Set(findImageReferences(result.site).map((ref) => ref.file))
    const present = (await readdir(join(SITES_DIR, name, 'images'))).map((file) => `images/${file}`)
    expect(present.filter((file) => !used.has(file))).toEqual([])
  })
})

describe('checkSiteFolder on a broken site', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  async function folderWith(site: unknown, images: string[]): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'vitrine-site-'))
    await mkdir(join(dir, 'images'))
    for (const image of images) await writeFile(join(dir, image), 'not really an image')
    await writeFile(join(dir, 'site.json'), JSON.stringify(site, null, 2))
    return dir
  }

  it('accepts the small site when its images are present', async () => {
    const result = await checkSiteFolder(await folderWith(smallSite(), ['images/logo.png', 'images/mer.jpg']))
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('reports every problem at once, each at the field that holds it', async () => {
    const site = smallSite() as any
    site.brand.colors.primary = 'rouge'
    site.pages[0].slug = 'accueil'
    site.pages[1].slug = 'accueil'
    site.pages[1].layout.push({ type: 'carousel', photos: [] })
    const folder = await folderWith(site, ['images/logo.png'])

    const result = await checkSiteFolder(folder)

    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'brand.colors.primary', message: 'must be a hex colour like "#1f3a5f"' },
        { path: 'pages', message: 'needs a page with slug "home" (the page shown at "/")' },
        { path: 'pages[1].slug', message: expect.stringContaining('another page already uses slug "accueil"') },
        { path: 'pages[1].layout[1].type', message: expect.stringContaining('unknown block type "carousel"') },
        { path: 'pages[0].layout[0].image', message: `"images/mer.jpg" is not in the site folder ${folder}` },
        { path: 'galleries[0].photos[0].image', message: `"images/mer.jpg" is not in the site folder ${folder}` },
      ]),
    )
    expect(problems).toHaveLength(6)
  })

  it('says so when there is no site.json', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vitrine-site-'))
    const result = await checkSiteFolder(dir)
    expect(result.ok ? [] : result.problems).toEqual([
      { path: '', message: `${join(dir, 'site.json')} is missing or cannot be read` },
    ])
  })

  it('reports links and gallery blocks that land nowhere', async () => {
    const site = smallSite() as any
    site.navigation.header.push({ label: 'Tarifs', href: '/tarifs' }, { label: 'Article', href: '/blog/absent' })
    site.pages[1].status = 'draft'
    site.pages[0].layout[1].gallery = 'montagne'
    const result = await checkSiteFolder(await folderWith(site, ['images/logo.png', 'images/mer.jpg']))
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'navigation.header[1].href', message: '"/a-propos" points to page "a-propos", which is a draft' },
      { path: 'navigation.header[3].href', message: '"/tarifs" points to a page "tarifs" that the site does not have' },
      {
        path: 'navigation.header[4].href',
        message: '"/blog/absent" points to a post "absent" that the site does not have',
      },
      { path: 'pages[0].layout[1].gallery', message: 'no gallery has slug "montagne"' },
    ])
  })
})

describe('parseSiteFile', () => {
  it('accepts Markdown and Lexical rich text, and fills in the default status', () => {
    const result = parseSiteFile(JSON.stringify(smallSite()), 'site.json')
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.site.pages[1]!.status).toBe('published')
    expect(result.site.posts[0]!.body).toEqual({ root: { type: 'root', children: [] } })
  })

  it('names the file when it is not JSON', () => {
    expect(problemsOf('{ "tenant": ')).toEqual([
      { path: '', message: expect.stringMatching(/^site\.json is not valid JSON/) },
    ])
  })

  it('explains a missing field, a misspelt one and a wrong type in plain words', () => {
    const site = smallSite() as any
    delete site.tenant.name
    site.pages[0].layout[0].subheadline = 'typo'
    site.posts[0].tags = 'photo'
    expect(problemsOf(site)).toEqual([
      { path: 'tenant.name', message: 'is required' },
      { path: 'pages[0].layout[0].subheadline', message: 'is not a field here; check its spelling or remove it' },
      { path: 'posts[0].tags', message: 'must be a list [...], not text' },
    ])
  })

  it('refuses images outside images/ or in another format, and empty alt text', () => {
    const site = smallSite() as any
    site.galleries[0].photos.push({ image: '../secret/photo.jpg', alt: 'x' }, { image: 'images/anim.gif', alt: 'x' })
    site.galleries[0].photos[0].alt = '  '
    expect(problemsOf(site).map((problem) => problem.path)).toEqual([
      'galleries[0].photos[0].alt',
      'galleries[0].photos[1].image',
      'galleries[0].photos[2].image',
    ])
  })

  it('checks blocks by their type: video host, column count, rich text shape', () => {
    const site = smallSite() as any
    site.pages[1].layout.push(
      { type: 'video', url: 'https://www.dailymotion.com/video/x8abc' },
      { type: 'columns', columns: [{ body: 'Une seule' }] },
      { type: 'richText', body: { html: '<p>non</p>' } },
    )
    expect(problemsOf(site)).toEqual([
      { path: 'pages[1].layout[1].url', message: expect.stringContaining('YouTube or Vimeo') },
      { path: 'pages[1].layout[2].columns', message: 'needs at least 2 columns' },
      { path: 'pages[1].layout[3].body', message: expect.stringContaining('Markdown text, or a Lexical document') },
    ])
  })

  it('wants exactly one home page', () => {
    const site = smallSite() as any
    site.pages[1].slug = 'home'
    expect(problemsOf(site)).toContainEqual({
      path: 'pages',
      message: 'has 2 pages with slug "home"; keep exactly one',
    })
  })

  it('refuses a bad email, host, date and link', () => {
    const site = smallSite() as any
    site.tenant.contactEmail = 'claire@'
    site.domains = [{ host: 'https://www.example.fr/' }]
    site.posts[0].publishedAt = '14/03/2025'
    site.navigation.footer[0].href = 'http://insecure.example.fr'
    expect(problemsOf(site).map((problem) => problem.path)).toEqual([
      'tenant.contactEmail',
      'domains[0].host',
      'navigation.footer[0].href',
      'posts[0].publishedAt',
    ])
  })
})

describe('formatPath', () => {
  it('reads like the JSON it points into', () => {
    expect(formatPath(['pages', 2, 'layout', 0, 'heading'])).toBe('pages[2].layout[0].heading')
    expect(formatPath(['$schema'])).toBe('$schema')
    expect(formatPath(['brand', 'font-id'])).toBe('brand["font-id"]')
    expect(formatPath([])).toBe('')
  })
})
