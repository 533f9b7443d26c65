// Site as code, ticketing: a site file's seating plans, events, ticket prices and performances
// import into the tenant's ticket office and export back (plans as files beside site.json), the
// round trip keeping them; a broken plan file is refused before anything is written, and an import
// that fails half-way leaves nothing behind.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { exportSite } from '../../cms/platform/site-io/export-site'
import { importSite, SiteImportError } from '../../cms/platform/site-io/import-site'
import type { SiteTicketingInput } from '../../src/domain/sites/ticketing-schema'
import { bootTestPayload } from '../support/payload'
import { smallRoom } from '../support/ticketing'

let payload: Payload
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'vitrine-site-'))
const o = { overrideAccess: true, depth: 0, pagination: false } as const
const THEATRE = path.resolve('sites/theatre-du-marche')
const TICKETING: CollectionSlug[] = ['seating-plans', 'events', 'performances', 'admission-counters', 'products', 'media']

/** The starter site under another address, with `ticketing` as its section and `files` beside site.json. */
function starterWith(slug: string, ticketing: unknown, files: Record<string, string | Buffer>): string {
  const dir = tmp()
  cpSync(path.resolve('sites/_starter'), dir, { recursive: true })
  const file = JSON.parse(readFileSync(path.join(dir, 'site.json'), 'utf8'))
  file.tenant = { ...file.tenant, slug, name: `Théâtre ${slug}`, vertical: 'ticketing' }
  file.ticketing = ticketing
  writeFileSync(path.join(dir, 'site.json'), JSON.stringify(file))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

const planFiles = () => ({ 'plans/petite-salle.json': JSON.stringify(smallRoom(20)) })

/** A section using every field, written as export writes it (ISO dates, defaults left out). */
function fullTicketing(): SiteTicketingInput {
  return {
    plans: [{ key: 'petite-salle', name: 'Petite salle', file: 'plans/petite-salle.json' }],
    events: [
      {
        title: 'Le Misanthrope',
        slug: 'le-misanthrope',
        venue: 'Petite salle',
        summary: 'Alceste contre la politesse du monde.',
        description: 'Mise en scène de Jeanne Vermeersch.\n\nDurée : 1 h 50.',
        image: 'images/exemple-mer.jpg',
        durationMinutes: 110,
        prices: [
          { title: 'Plein tarif', vatRate: 5.5, categories: { cat1: '30,00', cat2: '20,00', fosse: '15,00' } },
          { title: 'Moins de 26 ans', slug: 'misanthrope-jeunes', vatRate: 5.5, categories: { cat1: '10,00', bar: '8,00' } },
        ],
        performances: [
          { startsAt: '2026-12-12T19:30:00.000Z', plan: 'petite-salle' },
          {
            startsAt: '2026-12-13T15:00:00.000Z',
            plan: 'petite-salle',
            zones: [{ id: 'bar', label: 'Debout au bar', capacity: 30 }],
            holdMinutes: 10,
            status: 'cancelled',
          },
        ],
      },
      {
        title: 'Fanfare dans la cour',
        slug: 'fanfare',
        private: true,
        prices: [{ title: 'Entrée', vatRate: 20, categories: { cour: '8,00' } }],
        performances: [{ startsAt: '2027-06-21T17:00:00.000Z', zones: [{ id: 'cour', label: 'La cour', capacity: 120 }] }],
      },
    ],
  }
}

async function countAll(collections = TICKETING): Promise<Record<string, number>> {
  const counts: Record<string, number> = { tenants: (await payload.count({ collection: 'tenants' })).totalDocs }
  for (const collection of collections) counts[collection] = (await payload.count({ collection })).totalDocs
  return counts
}

/** Paris wall-clock time of an instant, "20:30". */
const parisTime = (iso: string) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(iso))

beforeAll(async () => {
  payload = await bootTestPayload()
})

describe('site import and export, ticketing', () => {
  it('imports the theatre’s ticket office: plans, events with images, prices by category, dates to come', async () => {
    const { tenantId } = await importSite(payload, THEATRE, { trustDomains: true })
    const tenant = { tenant: { equals: tenantId } }

    const { docs: plans } = await payload.find({ collection: 'seating-plans', where: tenant, sort: 'id', ...o })
    expect(plans.map((plan) => [plan.name, plan.seatCount])).toEqual([
      ['Grande salle (300 places)', 300],
      ['Grande salle en cabaret', 98],
      ['Grande salle en concert debout', 0],
    ])
    const { docs: events } = await payload.find({ collection: 'events', where: tenant, sort: 'id', ...o })
    expect(events.map((event) => [event.slug, event.private ?? false, typeof event.image])).toEqual([
      ['les-fourberies-de-scapin', false, 'number'],
      ['cabaret-des-halles', false, 'number'],
      ['lannoy-social-club', false, 'number'],
      ['le-grand-voyage-de-pepin-matinee-scolaire', true, 'number'],
    ])

    const { docs: performances } = await payload.find({ collection: 'performances', where: tenant, sort: 'startsAt', ...o })
    expect(performances).toHaveLength(7)
    expect(performances.every((performance) => performance.startsAt > new Date().toISOString())).toBe(true)
    const scapin = performances.filter((performance) => performance.event === events[0]!.id)
    expect(scapin.map((performance) => [performance.seatingPlan, parisTime(performance.startsAt)])).toEqual([
      [plans[0]!.id, '20:30'],
      [plans[0]!.id, '20:30'],
      [plans[0]!.id, '16:00'],
    ])
    const concert = performances.find((performance) => performance.event === events[2]!.id)!
    const { docs: counters } = await payload.find({ collection: 'admission-counters', where: { performance: { equals: concert.id } }, sort: 'zoneId', ...o })
    expect(counters.map((counter) => [counter.zoneId, counter.category, counter.remaining])).toEqual([
      ['balcon-vip', 'vip', 40],
      ['fosse', 'fosse', 400],
    ])

    const { docs: tickets } = await payload.find({ collection: 'products', where: { ...tenant, kind: { equals: 'ticket' } }, sort: ['position', 'id'], ...o })
    const scapinPrices = tickets.filter((product) => product.event === events[0]!.id)
    expect(scapinPrices.map((product) => [product.title, product.slug, product.price, product.vatRate])).toEqual([
      ['Plein tarif', 'les-fourberies-de-scapin-plein-tarif', 1800, '550'],
      ['Tarif réduit', 'les-fourberies-de-scapin-tarif-reduit', 1500, '550'],
      ['Moins de 26 ans', 'les-fourberies-de-scapin-moins-de-26-ans', 1000, '550'],
    ])
    expect(scapinPrices[0]!.variants!.map(({ label, price, category }) => [label, price, category])).toEqual([
      ['Catégorie 1', 3200, 'cat1'],
      ['Catégorie 2', 2600, 'cat2'],
      ['Catégorie 3', 1800, 'cat3'],
    ])
    const concertPrice = tickets.find((product) => product.event === events[2]!.id)!
    expect(concertPrice.variants!.map(({ label, category }) => [label, category])).toEqual([
      ['Fosse', 'fosse'],
      ['Balcon VIP', 'vip'],
    ])
    expect(tickets).toHaveLength(8)

    // The shop beside the ticket office is as it was.
    const { docs: shop } = await payload.find({ collection: 'products', where: { ...tenant, kind: { not_equals: 'ticket' } }, sort: 'position', ...o })
    expect(shop.map((product) => [product.slug, product.kind])).toEqual([
      ['t-shirt-theatre-du-marche', 'merchandise'],
      ['affiche-les-fourberies-de-scapin', 'merchandise'],
      ['programme-saison-2025-2026', 'merchandise'],
      ['carte-cadeau', 'gift-card'],
    ])
  })

  it('exports the theatre with ISO dates and its plans as files, and the round trip through an empty database keeps them', async () => {
    const first = tmp()
    const exported = await exportSite(payload, 'theatre-du-marche', first)
    const { plans = [], events = [] } = exported.ticketing!
    expect(events.map((event) => event.performances?.length)).toEqual([3, 2, 1, 1])
    expect(events.flatMap((event) => event.performances ?? []).every((performance) => typeof performance.startsAt === 'string' && performance.startsAt.endsWith('Z'))).toBe(true)
    expect(events[0]!.prices![0]).toEqual({ title: 'Plein tarif', vatRate: 5.5, categories: { cat1: '32,00', cat2: '26,00', cat3: '18,00' } })
    expect(events[3]).toMatchObject({ private: true, image: 'images/spectacle-jeune-public.jpg' })
    // Plan files come back as the site wrote them.
    const original = (name: string) => JSON.parse(readFileSync(path.join(THEATRE, 'plans', `${name}.json`), 'utf8'))
    const written = (file: string) => JSON.parse(readFileSync(path.join(first, file), 'utf8'))
    expect(plans.map((plan) => written(plan.file))).toEqual([original('amphitheatre'), original('cabaret'), original('concert')])

    const { docs: [tenant] } = await payload.find({ collection: 'tenants', where: { slug: { equals: 'theatre-du-marche' } }, ...o })
    await payload.delete({ collection: 'tenants', id: tenant!.id, overrideAccess: true })
    expect(await countAll()).toEqual({ tenants: 0, ...Object.fromEntries(TICKETING.map((collection) => [collection, 0])) })

    await importSite(payload, first, { trustDomains: true })
    const second = tmp()
    expect(await exportSite(payload, 'theatre-du-marche', second)).toEqual(exported)
    expect(plans.map((plan) => written(plan.file))).toEqual(plans.map((plan) => JSON.parse(readFileSync(path.join(second, plan.file), 'utf8'))))
  })

  it('exports a section using every field back unchanged, twice, general-admission zones included', async () => {
    const { tenantId } = await importSite(payload, starterWith('complet', fullTicketing(), planFiles()))
    const { docs: [cancelled] } = await payload.find({ collection: 'performances', where: { tenant: { equals: tenantId }, status: { equals: 'cancelled' } }, ...o })
    const { docs: counters } = await payload.find({ collection: 'admission-counters', where: { performance: { equals: cancelled!.id } }, sort: 'zoneId', ...o })
    expect(counters.map((counter) => [counter.zoneId, counter.capacity])).toEqual([
      ['bar', 30],
      ['fosse', 20],
    ])
    const { docs: [young] } = await payload.find({ collection: 'products', where: { slug: { equals: 'misanthrope-jeunes' } }, ...o })
    expect(young!.variants!.map(({ label, category }) => [label, category])).toEqual([
      ['Catégorie 1', 'cat1'],
      ['Debout au bar', 'bar'],
    ])

    const first = tmp()
    const exported = await exportSite(payload, 'complet', first)
    expect(exported.ticketing).toEqual(fullTicketing())
    await payload.delete({ collection: 'tenants', id: tenantId, overrideAccess: true })
    await importSite(payload, first)
    expect((await exportSite(payload, 'complet', tmp())).ticketing).toEqual(fullTicketing())
  })

  it('refuses a broken or missing plan file by path, naming the file and the place inside it, before writing anything', async () => {
    const section = fullTicketing()
    section.plans!.push({ key: 'balcon', name: 'Balcon', file: 'plans/balcon.json' })
    const broken = smallRoom() as { sections: { rows?: { seats: number }[] }[] }
    broken.sections[0]!.rows![1]!.seats = 0
    const dir = starterWith('plan-casse', section, { 'plans/petite-salle.json': JSON.stringify(broken) })
    const before = await countAll()

    const error = await importSite(payload, dir).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(SiteImportError)
    expect((error as SiteImportError).problems).toEqual([
      { path: 'ticketing.plans[0].file', message: 'plans/petite-salle.json, at sections[0].rows[1].seats: a row needs at least 1 seat' },
      { path: 'ticketing.plans[1].file', message: '"plans/balcon.json" is not in the site folder' },
    ])
    expect(await countAll()).toEqual(before)
  })

  it('refuses a price naming a category the event does not sell, saying which it has', async () => {
    const section = fullTicketing()
    section.events![1]!.prices![0]!.categories = { cour: '8,00', balcon: '12,00' }
    const error = await importSite(payload, starterWith('categorie-inconnue', section, planFiles())).catch((e: unknown) => e)
    expect((error as SiteImportError).problems).toEqual([
      { path: 'ticketing.events[1].prices[0].categories.balcon', message: '"balcon" is neither a category of the event\'s plans nor a zone of its performances (zones: "cour")' },
    ])
  })

  it('leaves nothing behind when an import fails half-way, after plans, dates, places and prices were written', async () => {
    const section = fullTicketing()
    section.events![1]!.image = 'images/pas-une-image.jpg'
    const dir = starterWith('a-moitie', section, { ...planFiles(), 'images/pas-une-image.jpg': Buffer.from('ceci n’est pas une image') })
    const before = await countAll()

    await expect(importSite(payload, dir)).rejects.toThrow()

    expect(await countAll()).toEqual(before)
  })
})
