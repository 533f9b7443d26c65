// The `ticketing` section of a site file: the venues' seating plans, each in its own JSON file
// beside site.json ("plans/grande-salle.json"), and events with their ticket prices and
// performances. Amounts and VAT read as in the shop section ("32,00", 5.5). A performance starts
// at an ISO date, or "in 14 days at 20:30" (Paris wall clock) so a demo always has dates to come.
// Pure: the importer reads and parses the plan files, `checkTicketingPlans` checks the events
// against them.
import { z } from 'zod'

import { addDays, todayIn } from '../reports/periods'
import { slugify } from '../tenancy/slug'
import type { SeatingPlan, SeatingPlanParseResult } from '../ticketing/seating-plan'
import { fieldOf, imagePathSchema, isArrayPayload, kebabSlug, text, uniqueField } from './schema-fields'
import { shopSchema } from './shop-schema'

/** The time zone of relative dates ("in 14 days at 20:30"). */
const WALL_CLOCK_TIME_ZONE = 'Europe/Paris'

const PLAN_FILE = /^plans\/[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/
// A category or zone id, as seating plans and performances write them.
const CATEGORY_ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

// The shop section's readers, so a ticket price reads "32,00" and 5.5 exactly as a product does.
const shopProduct = shopSchema.shape.products.unwrap().element.shape
const amountSchema = shopProduct.price
/** Required here: a ticket price says its rate (5.5 for most shows) rather than inherit the shop's 20 %. */
const vatRateSchema = shopProduct.vatRate.unwrap()

/** Text of at most `max` characters: the length the collection stores. */
const shortText = (what: string, max: number) => text(what).max(max, `${what} can have at most ${max} characters`)

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

const categoryIdSchema = z.string().regex(CATEGORY_ID, 'must be letters and digits, possibly joined by "-" or "_", like "cat1" or "fosse"')

const planSchema = z.strictObject({
  key: kebabSlug('the plan key'),
  name: shortText('the name', 120),
  file: z.string().regex(PLAN_FILE, 'must be a JSON file in the site folder\'s "plans/", like "plans/grande-salle.json"'),
})

const relativeStartSchema = z.strictObject({
  inDays: z.int('must be a whole number of days').min(0, 'must be 0 (today) or more'),
  at: z.string().regex(TIME_OF_DAY, 'must be a time of day like "20:30" (Paris time)'),
})

const EITHER_START = 'an ISO date and time like "2026-03-14T20:30:00+01:00", or a date from today like { "inDays": 14, "at": "20:30" }'

const startsAtSchema = z.union([z.iso.datetime({ offset: true, error: `must be ${EITHER_START}` }), relativeStartSchema], {
  error: (issue) => {
    if (issue.code !== 'invalid_union') return undefined
    if (issue.input === undefined) return 'is required'
    return isObject(issue.input) ? 'a date from today needs "inDays" and "at", like { "inDays": 14, "at": "20:30" }' : `must be ${EITHER_START}`
  },
})

const zoneSchema = z.strictObject({
  id: categoryIdSchema,
  label: shortText('the zone label', 80),
  capacity: z.int('must be a whole number of places').min(1, 'must be at least 1').max(200_000, 'can be at most 200000'),
})

const performanceSchema = z
  .strictObject({
    startsAt: startsAtSchema,
    plan: kebabSlug('the plan key').optional(),
    zones: z.array(zoneSchema).superRefine(uniqueField('id', 'zone'), { when: isArrayPayload }).default([]),
    holdMinutes: z.int('must be a whole number of minutes').min(5, 'must be at least 5').max(60, 'can be at most 60').optional(),
    status: z.enum(['on_sale', 'cancelled']).default('on_sale'),
  })
  .superRefine((performance, ctx) => {
    if (performance.plan === undefined && performance.zones.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'sells nothing: give it a "plan" (numbered seats), "zones" (general admission), or both' })
    }
  })

const priceSchema = z.strictObject({
  title: shortText('the price title', 140),
  slug: kebabSlug('the price slug').optional(),
  vatRate: vatRateSchema,
  categories: z
    .record(categoryIdSchema, amountSchema, {
      error: (issue) => (issue.code === 'invalid_key' ? 'is not a category id: use letters and digits, possibly joined by "-" or "_"' : undefined),
    })
    .refine((categories) => Object.keys(categories).length > 0, 'needs at least one category with its price, like { "cat1": "32,00" }'),
})

const eventSchema = z.strictObject({
  title: shortText('the title', 160),
  slug: kebabSlug('the event slug'),
  venue: shortText('the venue', 160).optional(),
  summary: shortText('the summary', 300).optional(),
  description: shortText('the description', 4000).optional(),
  image: imagePathSchema.optional(),
  durationMinutes: z.int('must be a whole number of minutes').min(1, 'must be at least 1').max(24 * 60, 'can be at most 1440 (a day)').optional(),
  private: z.boolean().default(false),
  prices: z.array(priceSchema).default([]),
  performances: z.array(performanceSchema).default([]),
})

export const ticketingSchema = z
  .strictObject({
    plans: z.array(planSchema).superRefine(uniqueField('key', 'plan'), { when: isArrayPayload }).default([]),
    events: z.array(eventSchema).superRefine(uniqueField('slug', 'event'), { when: isArrayPayload }).default([]),
  })
  .superRefine(knownPlansAndUniquePrices, { when: (payload) => isObject(payload.value) })

export type SiteTicketing = z.output<typeof ticketingSchema>
export type SiteTicketingInput = z.input<typeof ticketingSchema>
export type TicketingEvent = SiteTicketing['events'][number]
export type StartsAt = z.output<typeof startsAtSchema>

/** The ticket product's slug: the price's own, or the event's slug and the price's title. */
export function ticketPriceSlug(eventSlug: string, price: { title: string; slug?: string }): string {
  return price.slug ?? `${eventSlug}-${slugify(price.title) || 'tarif'}`
}

/** Raw list items (a list-wide rule may see items that failed their own schema). */
const listOf = (item: unknown, field: string): unknown[] => {
  const list = fieldOf(item, field)
  return Array.isArray(list) ? list : []
}

/** A ticket price of the raw file: the slug its product will take, the field that gives it, and how to name it. */
type TicketSlug = { path: PropertyKey[]; slug: string; field: 'slug' | 'title'; named: string }

function ticketSlugs(events: unknown[]): TicketSlug[] {
  return events.flatMap((event, e) => {
    const eventSlug = fieldOf(event, 'slug')
    return listOf(event, 'prices').flatMap((price, p): TicketSlug[] => {
      const [title, slug] = [fieldOf(price, 'title'), fieldOf(price, 'slug')]
      const named = `price ${JSON.stringify(title)} of event ${JSON.stringify(eventSlug)}`
      if (typeof slug === 'string') return [{ path: ['events', e, 'prices', p], slug, field: 'slug', named }]
      if (typeof eventSlug !== 'string' || typeof title !== 'string') return []
      return [{ path: ['events', e, 'prices', p], slug: ticketPriceSlug(eventSlug, { title }), field: 'title', named }]
    })
  })
}

/** A performance's plan names a plan key; no two ticket prices make the same product slug. */
function knownPlansAndUniquePrices(ticketing: unknown, ctx: z.RefinementCtx): void {
  const planKeys = new Set(listOf(ticketing, 'plans').map((plan) => fieldOf(plan, 'key')))
  const events = listOf(ticketing, 'events')
  events.forEach((event, e) =>
    listOf(event, 'performances').forEach((performance, p) => {
      const plan = fieldOf(performance, 'plan')
      if (typeof plan === 'string' && !planKeys.has(plan)) {
        ctx.addIssue({ code: 'custom', path: ['events', e, 'performances', p, 'plan'], message: `no plan in "ticketing.plans" has key "${plan}"` })
      }
    }),
  )
  const first = new Map<string, string>()
  for (const { path, slug, field, named } of ticketSlugs(events)) {
    const earlier = first.get(slug)
    if (earlier === undefined) first.set(slug, named)
    else
      ctx.addIssue({
        code: 'custom',
        path: [...path, field],
        message: `makes the ticket product slug "${slug}", as the ${earlier} does; give one of them its own "slug"`,
      })
  }
}

/**
 * Site-wide: ticket prices are products too, so their slugs stay clear of the shop's products.
 * Runs on the raw site file, like the section's own list rules.
 */
export function ticketPricesApartFromShop(site: unknown, ctx: z.RefinementCtx): void {
  const shopSlugs = new Set(listOf(fieldOf(site, 'shop'), 'products').map((product) => fieldOf(product, 'slug')))
  for (const { path, slug, field } of ticketSlugs(listOf(fieldOf(site, 'ticketing'), 'events'))) {
    if (shopSlugs.has(slug)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ticketing', ...path, field],
        message: `makes the ticket product slug "${slug}", which a product of "shop.products" already has; give this price its own "slug"`,
      })
    }
  }
}

/** A problem found across the section and its plan files; `path` from the site file's root, as zod gives it. */
export type TicketingIssue = { path: PropertyKey[]; message: string }

export type TicketingPlansResult = { ok: true; plans: Map<string, SeatingPlan> } | { ok: false; issues: TicketingIssue[] }

/**
 * The plans' files, parsed (`undefined`: the file is not in the folder), checked: each plan is
 * valid (its problems named by file and path inside it), and each ticket price's categories are
 * categories of the event's plans or zones of its performances. Gives plan key → plan.
 */
export function checkTicketingPlans(ticketing: SiteTicketing, files: ReadonlyMap<string, SeatingPlanParseResult | undefined>): TicketingPlansResult {
  const issues: TicketingIssue[] = []
  const plans = new Map<string, SeatingPlan>()
  ticketing.plans.forEach(({ key, file }, i) => {
    const path = ['ticketing', 'plans', i, 'file']
    const parsed = files.get(file)
    if (!parsed) issues.push({ path, message: `"${file}" is not in the site folder` })
    else if (parsed.ok) plans.set(key, parsed.plan)
    else for (const problem of parsed.problems) issues.push({ path, message: `${file}${problem.path ? `, at ${problem.path}` : ''}: ${problem.message}` })
  })
  ticketing.events.forEach((event, e) => {
    // A plan that did not parse has already been reported; its categories are unknown.
    if (event.performances.some((performance) => performance.plan !== undefined && !plans.has(performance.plan))) return
    const labels = categoryLabels(event, plans)
    event.prices.forEach((price, p) => {
      for (const category of Object.keys(price.categories)) {
        if (!labels.has(category)) {
          issues.push({ path: ['ticketing', 'events', e, 'prices', p, 'categories', category], message: unknownCategory(category, event, plans) })
        }
      }
    })
  })
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plans }
}

/** What an event's prices can name: its plans' categories, then its performances' zones, each with its label. */
export function categoryLabels(event: TicketingEvent, plans: ReadonlyMap<string, SeatingPlan>): Map<string, string> {
  const labels = new Map<string, string>()
  for (const key of planKeysOf(event)) for (const category of plans.get(key)?.categories ?? []) if (!labels.has(category.id)) labels.set(category.id, category.label)
  for (const performance of event.performances) for (const zone of performance.zones) if (!labels.has(zone.id)) labels.set(zone.id, zone.label)
  return labels
}

const planKeysOf = (event: TicketingEvent) => [...new Set(event.performances.flatMap((performance) => (performance.plan ? [performance.plan] : [])))]

function unknownCategory(category: string, event: TicketingEvent, plans: ReadonlyMap<string, SeatingPlan>): string {
  const quoted = (ids: string[]) => ids.map((id) => `"${id}"`).join(', ')
  const zoneIds = [...new Set(event.performances.flatMap((performance) => performance.zones.map((zone) => zone.id)))]
  const known = [
    ...planKeysOf(event).map((key) => `plan "${key}": ${quoted(plans.get(key)!.categories.map((c) => c.id))}`),
    ...(zoneIds.length > 0 ? [`zones: ${quoted(zoneIds)}`] : []),
  ]
  return known.length === 0
    ? `"${category}" cannot be sold: the event has no performance with a plan or zones`
    : `"${category}" is neither a category of the event's plans nor a zone of its performances (${known.join('; ')})`
}

/** The instant a performance starts, as ISO: an ISO date as given, a relative one counted from `now`'s day in Paris. */
export function resolveStartsAt(startsAt: StartsAt, now: Date): string {
  if (typeof startsAt === 'string') return new Date(startsAt).toISOString()
  const day = addDays(todayIn(WALL_CLOCK_TIME_ZONE, now), startsAt.inDays)
  return wallClockInstant(day, startsAt.at, WALL_CLOCK_TIME_ZONE).toISOString()
}

/**
 * The instant a wall clock shows `time` on `day` (`2026-03-30`, `20:30`) in a time zone. A time the
 * clocks skip (02:30 when summer time starts) reads an hour later; one they show twice, the second.
 */
function wallClockInstant(day: string, time: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const [hour, minute] = time.split(':').map(Number) as [number, number]
  const asIfUtc = Date.UTC(year, month - 1, date, hour, minute)
  // Second pass: the offset at the instant itself can differ from the first guess's (a clock change between).
  const guess = asIfUtc - offsetAt(asIfUtc, timeZone)
  return new Date(asIfUtc - offsetAt(guess, timeZone))
}

/** How far ahead of UTC the zone's clocks are at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(instant)
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value)
  const shown = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return shown - Math.floor(instant / 1000) * 1000
}
