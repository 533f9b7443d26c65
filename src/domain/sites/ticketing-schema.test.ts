import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

import { parseSeatingPlan, type SeatingPlanInput, type SeatingPlanParseResult } from '../ticketing/seating-plan'
import { findImageReferences } from './site-references'
import { formatPath, parseSiteFile, type SiteFile, type SiteFileInput, type SiteProblem } from './site-schema'
import {
  categoryLabels,
  checkTicketingPlans,
  resolveStartsAt,
  ticketPriceSlug,
  type SiteTicketing,
  type SiteTicketingInput,
} from './ticketing-schema'

/** A small room: two categories of numbered seats. */
function room(): SeatingPlanInput {
  return {
    version: 1,
    name: 'Salle',
    size: { width: 400, height: 200 },
    categories: [
      { id: 'cat1', label: 'Catégorie 1', color: '#b22222' },
      { id: 'cat2', label: 'Catégorie 2', color: '#1f3a5f' },
    ],
    sections: [
      {
        id: 'salle',
        label: 'Salle',
        kind: 'rows',
        rows: [
          { id: 'A', label: 'A', seats: 10, start: { x: 50, y: 50 }, spacing: 25, numbering: { scheme: 'left-to-right' }, category: 'cat1' },
          { id: 'B', label: 'B', seats: 10, start: { x: 50, y: 100 }, spacing: 25, numbering: { scheme: 'left-to-right' }, category: 'cat2' },
        ],
      },
    ],
  }
}

/** A play on the room, and a concert in a yard with a general-admission pit. */
function ticketing(): SiteTicketingInput {
  return {
    plans: [{ key: 'salle', name: 'Petite salle', file: 'plans/salle.json' }],
    events: [
      {
        title: 'Le Misanthrope',
        slug: 'le-misanthrope',
        venue: 'Petite salle',
        image: 'images/misanthrope.jpg',
        durationMinutes: 110,
        prices: [
          { title: 'Plein tarif', vatRate: 5.5, categories: { cat1: '32,00', cat2: '24,50' } },
          { title: 'Moins de 26 ans', slug: 'jeunes', vatRate: 5.5, categories: { cat1: '10' } },
        ],
        performances: [
          { startsAt: '2026-12-12T20:30:00+01:00', plan: 'salle' },
          { startsAt: { inDays: 14, at: '20:30' }, plan: 'salle', holdMinutes: 10, status: 'cancelled' },
        ],
      },
      {
        title: 'Fanfare dans la cour',
        slug: 'fanfare',
        private: true,
        prices: [{ title: 'Entrée', vatRate: 5.5, categories: { cour: '8,00' } }],
        performances: [{ startsAt: { inDays: 3, at: '18:00' }, zones: [{ id: 'cour', label: 'La cour', capacity: 120 }] }],
      },
    ],
  }
}

function siteWith(section: unknown, shopProducts: unknown[] = []): SiteFileInput {
  return {
    tenant: { slug: 'theatre-test', name: 'Théâtre Test', vertical: 'ticketing', locale: 'fr' },
    theme: 'scene',
    brand: {},
    navigation: { header: [], footer: [] },
    pages: [{ slug: 'home', title: 'Accueil', layout: [] }],
    posts: [],
    galleries: [],
    ...(shopProducts.length > 0 ? { shop: { products: shopProducts } } : {}),
    ticketing: section as SiteTicketingInput,
  } as SiteFileInput
}

function parsed(section: unknown): SiteTicketing {
  const result = parseSiteFile(siteWith(section), 'site.json')
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2))
  return result.site.ticketing!
}

function problemsOf(section: unknown, shopProducts: unknown[] = []): SiteProblem[] {
  const result = parseSiteFile(siteWith(section, shopProducts), 'site.json')
  if (result.ok) throw new Error('expected the ticketing section to be refused')
  return result.problems
}

/** Plan checks as the importer reports them: paths formatted like the site file's. */
function planProblems(section: SiteTicketing, files: Record<string, SeatingPlanParseResult | undefined>): SiteProblem[] {
  const result = checkTicketingPlans(section, new Map(Object.entries(files)))
  if (result.ok) throw new Error('expected the plans to be refused')
  return result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

const goodRoom = () => parseSeatingPlan(room())

describe('the ticketing section of a site file', () => {
  it('reads prices into cents and basis points, keeps relative dates, and fills in the defaults', () => {
    const read = parsed(ticketing())
    const [play, concert] = read.events
    expect(play!.prices.map((price) => [price.title, price.vatRate, price.categories])).toEqual([
      ['Plein tarif', 550, { cat1: 3200, cat2: 2450 }],
      ['Moins de 26 ans', 550, { cat1: 1000 }],
    ])
    expect(play!.private).toBe(false)
    expect(play!.performances).toEqual([
      { startsAt: '2026-12-12T20:30:00+01:00', plan: 'salle', zones: [], status: 'on_sale' },
      { startsAt: { inDays: 14, at: '20:30' }, plan: 'salle', zones: [], holdMinutes: 10, status: 'cancelled' },
    ])
    expect(concert!.performances[0]!.zones).toEqual([{ id: 'cour', label: 'La cour', capacity: 120 }])
  })

  it('is optional, and an empty one has no plans and no events', () => {
    expect(parseSiteFile(siteWith(undefined), 'site.json')).toMatchObject({ ok: true, site: { ticketing: undefined } })
    expect(parsed({})).toEqual({ plans: [], events: [] })
  })

  it('lists event images with the site’s other images, so the folder check finds a missing one', () => {
    expect(findImageReferences(siteWith(ticketing()))).toContainEqual({ path: 'ticketing.events[0].image', file: 'images/misanthrope.jpg' })
  })

  it('explains a field it cannot read, at its path', () => {
    const section = ticketing() as any
    section.plans[0].file = '../secret.json'
    section.events[0].prices[0].vatRate = 19.6
    section.events[0].prices[0].categories.cat2 = '24,505'
    section.events[0].prices[1].categories = {}
    section.events[1].prices[0].categories = { 'la cour': '8,00' }
    section.events[0].performances[1].holdMinutes = 2
    section.events[1].performances[0].zones[0].capacity = 0
    section.events[1].colour = 'rouge'
    expect(problemsOf(section)).toEqual([
      { path: 'ticketing.plans[0].file', message: 'must be a JSON file in the site folder\'s "plans/", like "plans/grande-salle.json"' },
      { path: 'ticketing.events[0].prices[0].vatRate', message: '19.6 % is not a French VAT rate; use 20, 10, 5.5, 2.1, 0' },
      { path: 'ticketing.events[0].prices[0].categories.cat2', message: '“24,505” has 3 digits after the comma; an amount in euros has at most 2 (cents).' },
      { path: 'ticketing.events[0].prices[1].categories', message: 'needs at least one category with its price, like { "cat1": "32,00" }' },
      { path: 'ticketing.events[0].performances[1].holdMinutes', message: 'must be at least 5' },
      { path: 'ticketing.events[1].prices[0].categories["la cour"]', message: 'is not a category id: use letters and digits, possibly joined by "-" or "_"' },
      { path: 'ticketing.events[1].performances[0].zones[0].capacity', message: 'must be at least 1' },
      { path: 'ticketing.events[1].colour', message: 'is not a field here; check its spelling or remove it' },
    ])
  })

  it('wants a VAT rate on every price: tickets do not take the shop’s 20 % by default', () => {
    const section = ticketing() as any
    delete section.events[0].prices[0].vatRate
    expect(problemsOf(section)).toEqual([{ path: 'ticketing.events[0].prices[0].vatRate', message: 'is required' }])
  })

  it('reads a start as an ISO date or a date from today, and says which it wanted', () => {
    const section = ticketing() as any
    section.events[0].performances[0].startsAt = '12/12/2026 20:30'
    section.events[0].performances[1].startsAt = { inDays: 14 }
    section.events[1].performances[0].startsAt = { inDays: -1, at: '8h' }
    expect(problemsOf(section)).toEqual([
      {
        path: 'ticketing.events[0].performances[0].startsAt',
        message: 'must be an ISO date and time like "2026-03-14T20:30:00+01:00", or a date from today like { "inDays": 14, "at": "20:30" }',
      },
      { path: 'ticketing.events[0].performances[1].startsAt', message: 'a date from today needs "inDays" and "at", like { "inDays": 14, "at": "20:30" }' },
      { path: 'ticketing.events[1].performances[0].startsAt.inDays', message: 'must be 0 (today) or more' },
      { path: 'ticketing.events[1].performances[0].startsAt.at', message: 'must be a time of day like "20:30" (Paris time)' },
    ])
  })

  it('wants a performance to sell something, on a plan the section has', () => {
    const section = ticketing() as any
    section.events[0].performances[1].plan = 'grande-salle'
    delete section.events[1].performances[0].zones
    expect(problemsOf(section)).toEqual([
      { path: 'ticketing.events[1].performances[0]', message: 'sells nothing: give it a "plan" (numbered seats), "zones" (general admission), or both' },
      { path: 'ticketing.events[0].performances[1].plan', message: 'no plan in "ticketing.plans" has key "grande-salle"' },
    ])
  })

  it('wants unique plan keys, event slugs, zone ids and ticket product slugs, also when the slug comes from the title', () => {
    const section = ticketing() as any
    section.plans.push({ key: 'salle', name: 'Encore', file: 'plans/encore.json' })
    section.events[1].slug = 'le-misanthrope'
    section.events[1].performances[0].zones.push({ id: 'cour', label: 'Encore la cour', capacity: 10 })
    section.events[0].prices.push({ title: 'Plein  tarif', vatRate: 5.5, categories: { cat2: '20,00' } })
    section.events[0].prices[1].slug = 'le-misanthrope-plein-tarif'
    expect(problemsOf(section)).toEqual([
      { path: 'ticketing.plans[1].key', message: 'another plan already uses key "salle" (number 1 in the list); keys must be unique' },
      { path: 'ticketing.events[1].performances[0].zones[1].id', message: 'another zone already uses id "cour" (number 1 in the list); ids must be unique' },
      { path: 'ticketing.events[1].slug', message: 'another event already uses slug "le-misanthrope" (number 1 in the list); slugs must be unique' },
      {
        path: 'ticketing.events[0].prices[1].slug',
        message: 'makes the ticket product slug "le-misanthrope-plein-tarif", as the price "Plein tarif" of event "le-misanthrope" does; give one of them its own "slug"',
      },
      {
        path: 'ticketing.events[0].prices[2].title',
        message: 'makes the ticket product slug "le-misanthrope-plein-tarif", as the price "Plein tarif" of event "le-misanthrope" does; give one of them its own "slug"',
      },
    ])
  })

  it('keeps ticket product slugs clear of the shop’s products', () => {
    const tshirt = { title: 'T-shirt', slug: 'jeunes', price: '20,00' }
    expect(problemsOf(ticketing(), [tshirt])).toEqual([
      {
        path: 'ticketing.events[0].prices[1].slug',
        message: 'makes the ticket product slug "jeunes", which a product of "shop.products" already has; give this price its own "slug"',
      },
    ])
  })

  it('names a ticket product after its event and price unless the price has its own slug', () => {
    expect(ticketPriceSlug('le-misanthrope', { title: 'Moins de 26 ans' })).toBe('le-misanthrope-moins-de-26-ans')
    expect(ticketPriceSlug('le-misanthrope', { title: 'Plein tarif', slug: 'plein' })).toBe('plein')
    expect(ticketPriceSlug('fanfare', { title: '€' })).toBe('fanfare-tarif')
  })
})

describe('checkTicketingPlans', () => {
  it('gives each plan by key when the files are valid and the prices name their categories and zones', () => {
    const result = checkTicketingPlans(parsed(ticketing()), new Map([['plans/salle.json', goodRoom()]]))
    expect(result.ok && [...result.plans.keys()]).toEqual(['salle'])
  })

  it('reports a missing plan file, and a plan’s own problems with the file name and the path inside it', () => {
    const section = ticketing() as any
    section.plans.push({ key: 'balcon', name: 'Balcon', file: 'plans/balcon.json' })
    const broken = room() as any
    broken.sections[0].rows[1].seats = 0
    broken.sections[0].rows[0].category = 'cat9'
    expect(planProblems(parsed(section), { 'plans/salle.json': parseSeatingPlan(broken) })).toEqual([
      { path: 'ticketing.plans[0].file', message: 'plans/salle.json, at sections[0].rows[1].seats: a row needs at least 1 seat' },
      { path: 'ticketing.plans[1].file', message: '"plans/balcon.json" is not in the site folder' },
    ])
    expect(planProblems(parsed(ticketing()), { 'plans/salle.json': parseSeatingPlan('{ "version": 1, ') })).toEqual([
      { path: 'ticketing.plans[0].file', message: expect.stringMatching(/^plans\/salle\.json: the seating plan is not valid JSON/) },
    ])
  })

  it('says which categories and zones an event has when a price names another', () => {
    const section = ticketing() as any
    section.events[0].prices[0].categories.balcon = '15,00'
    section.events[1].performances[0].plan = 'salle'
    section.events[1].prices[0].categories = { cour: '8,00', cat1: '12,00', loge: '50,00' }
    expect(planProblems(parsed(section), { 'plans/salle.json': goodRoom() })).toEqual([
      {
        path: 'ticketing.events[0].prices[0].categories.balcon',
        message: '"balcon" is neither a category of the event\'s plans nor a zone of its performances (plan "salle": "cat1", "cat2")',
      },
      {
        path: 'ticketing.events[1].prices[0].categories.loge',
        message: '"loge" is neither a category of the event\'s plans nor a zone of its performances (plan "salle": "cat1", "cat2"; zones: "cour")',
      },
    ])
  })

  it('says when an event has nothing its prices could name', () => {
    const section = ticketing() as any
    section.events[1].performances = []
    expect(planProblems(parsed(section), { 'plans/salle.json': goodRoom() })).toEqual([
      { path: 'ticketing.events[1].prices[0].categories.cour', message: '"cour" cannot be sold: the event has no performance with a plan or zones' },
    ])
  })

  it('does not second-guess the prices of an event whose plan is broken', () => {
    const broken = room() as any
    broken.version = 2
    expect(planProblems(parsed(ticketing()), { 'plans/salle.json': parseSeatingPlan(broken) }).map((problem) => problem.path)).toEqual(['ticketing.plans[0].file'])
  })

  it('labels a category from the plan first, then from the zones', () => {
    const section = parsed(ticketing())
    const plans = new Map([['salle', (goodRoom() as { ok: true; plan: never }).plan]])
    const concert = { ...section.events[1]!, performances: [{ ...section.events[1]!.performances[0]!, plan: 'salle', zones: [{ id: 'cat1', label: 'Autre', capacity: 5 }, { id: 'cour', label: 'La cour', capacity: 120 }] }] }
    expect([...categoryLabels(concert, plans)]).toEqual([
      ['cat1', 'Catégorie 1'],
      ['cat2', 'Catégorie 2'],
      ['cour', 'La cour'],
    ])
  })
})

describe('resolveStartsAt', () => {
  it('gives an ISO date back as the instant it names', () => {
    expect(resolveStartsAt('2026-12-12T20:30:00+01:00', new Date())).toBe('2026-12-12T19:30:00.000Z')
  })

  it('counts days from today in Paris and reads the time on a Paris clock, winter and summer', () => {
    expect(resolveStartsAt({ inDays: 14, at: '20:30' }, new Date('2026-01-10T12:00:00Z'))).toBe('2026-01-24T19:30:00.000Z')
    expect(resolveStartsAt({ inDays: 14, at: '20:30' }, new Date('2026-06-10T12:00:00Z'))).toBe('2026-06-24T18:30:00.000Z')
    expect(resolveStartsAt({ inDays: 0, at: '10:00' }, new Date('2026-06-10T12:00:00Z'))).toBe('2026-06-10T08:00:00.000Z')
  })

  it('takes today as the Paris day, not the UTC one, around midnight', () => {
    // 22:30 UTC on 30 June is already 1 July in Paris.
    expect(resolveStartsAt({ inDays: 1, at: '20:30' }, new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-02T18:30:00.000Z')
  })

  it('keeps the wall-clock time across the changes of hour', () => {
    // Summer time starts on 29 March 2026 and ends on 25 October 2026.
    expect(resolveStartsAt({ inDays: 3, at: '20:30' }, new Date('2026-03-27T12:00:00Z'))).toBe('2026-03-30T18:30:00.000Z')
    expect(resolveStartsAt({ inDays: 2, at: '20:30' }, new Date('2026-03-27T12:00:00Z'))).toBe('2026-03-29T18:30:00.000Z')
    expect(resolveStartsAt({ inDays: 2, at: '01:30' }, new Date('2026-03-27T12:00:00Z'))).toBe('2026-03-29T00:30:00.000Z')
    expect(resolveStartsAt({ inDays: 3, at: '20:30' }, new Date('2026-10-23T12:00:00Z'))).toBe('2026-10-26T19:30:00.000Z')
    expect(resolveStartsAt({ inDays: 2, at: '16:00' }, new Date('2026-10-23T12:00:00Z'))).toBe('2026-10-25T15:00:00.000Z')
  })

  it('reads a time the clocks skip an hour later', () => {
    expect(resolveStartsAt({ inDays: 2, at: '02:30' }, new Date('2026-03-27T12:00:00Z'))).toBe('2026-03-29T01:30:00.000Z')
  })
})

describe('the Théâtre du Marché’s ticketing', () => {
  const dir = fileURLToPath(new URL('../../../sites/theatre-du-marche/', import.meta.url))
  const result = parseSiteFile(readFileSync(`${dir}site.json`, 'utf8'), 'site.json')
  const site = (result.ok ? result.site : undefined) as SiteFile

  it('validates, plan files included', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
    const files = new Map(site.ticketing!.plans.map((plan) => [plan.file, parseSeatingPlan(readFileSync(`${dir}${plan.file}`, 'utf8'))]))
    const checked = checkTicketingPlans(site.ticketing!, files)
    expect(checked.ok ? [] : checked.issues).toEqual([])
  })

  it('has a play with three dates, a cabaret with two, a concert and a private school matinee, all to come', () => {
    const now = new Date()
    const events = site.ticketing!.events.map((event) => ({
      slug: event.slug,
      plans: [...new Set(event.performances.map((performance) => performance.plan))],
      dates: event.performances.length,
      private: event.private,
      vat: [...new Set(event.prices.map((price) => price.vatRate))],
      toCome: event.performances.every((performance) => resolveStartsAt(performance.startsAt, now) > now.toISOString()),
    }))
    expect(events).toEqual([
      { slug: 'les-fourberies-de-scapin', plans: ['amphitheatre'], dates: 3, private: false, vat: [550], toCome: true },
      { slug: 'cabaret-des-halles', plans: ['cabaret'], dates: 2, private: false, vat: [550], toCome: true },
      { slug: 'lannoy-social-club', plans: ['concert'], dates: 1, private: false, vat: [550], toCome: true },
      { slug: 'le-grand-voyage-de-pepin-matinee-scolaire', plans: ['amphitheatre'], dates: 1, private: true, vat: [550], toCome: true },
    ])
    expect(site.ticketing!.events[0]!.prices.map((price) => price.title)).toEqual(['Plein tarif', 'Tarif réduit', 'Moins de 26 ans'])
  })
})
