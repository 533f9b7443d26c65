// The `ticketing` section of a site file → the tenant's seating plans, events (with their image),
// performances and ticket prices: one product of kind "ticket" per price, one variant per category,
// labelled as the plan or the zone names it. The plan files are read and checked with the rest of
// the folder, before anything is written (readTicketingPlans), then created (createTicketing).
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Product } from '../../payload-types'
import { formatPath, type SiteProblem } from '../../../src/domain/sites/site-schema'
import { categoryLabels, checkTicketingPlans, resolveStartsAt, ticketPriceSlug, type SiteTicketing, type TicketingEvent } from '../../../src/domain/sites/ticketing-schema'
import { parseSeatingPlan, type SeatingPlan } from '../../../src/domain/ticketing/seating-plan'
import type { UploadImage } from './import-shop'

/** Plan key → the plan as checked, and its file's JSON as written (what the collection keeps). */
export type TicketingPlans = ReadonlyMap<string, { plan: SeatingPlan; json: unknown }>

export type TicketingPlansRead = { ok: true; plans: TicketingPlans } | { ok: false; problems: SiteProblem[] }

const base = { overrideAccess: true, depth: 0 } as const

/** Reads and checks the plan files the section names; every problem by path, none written. */
export async function readTicketingPlans(dir: string, ticketing: SiteTicketing | undefined): Promise<TicketingPlansRead> {
  if (!ticketing) return { ok: true, plans: new Map() }
  const texts = new Map<string, string | undefined>()
  for (const { file } of ticketing.plans) {
    if (!texts.has(file)) texts.set(file, await readFile(path.join(dir, file), 'utf8').catch(() => undefined))
  }
  const parsed = new Map([...texts].map(([file, text]) => [file, text === undefined ? undefined : parseSeatingPlan(text)]))
  const checked = checkTicketingPlans(ticketing, parsed)
  if (!checked.ok) return { ok: false, problems: checked.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) }
  return {
    ok: true,
    plans: new Map(ticketing.plans.map(({ key, file }) => [key, { plan: checked.plans.get(key)!, json: JSON.parse(texts.get(file)!) as unknown }])),
  }
}

/** Creates the section's plans, then each event with its performances and prices. Relative dates count from `now`. */
export async function createTicketing(
  payload: Payload,
  tenant: number,
  ticketing: SiteTicketing | undefined,
  plans: TicketingPlans,
  image: UploadImage,
  now = new Date(),
): Promise<void> {
  if (!ticketing) return
  const planIds = new Map<string, number>()
  for (const { key, name } of ticketing.plans) {
    const doc = await payload.create({ collection: 'seating-plans', data: { tenant, name, plan: plans.get(key)!.json as never }, ...base })
    planIds.set(key, doc.id)
  }
  const checkedPlans = new Map([...plans].map(([key, { plan }]) => [key, plan]))
  for (const event of ticketing.events) {
    const eventId = await createEvent(payload, tenant, event, image)
    for (const performance of event.performances) {
      await payload.create({
        collection: 'performances',
        data: {
          tenant,
          event: eventId,
          startsAt: resolveStartsAt(performance.startsAt, now),
          seatingPlan: performance.plan === undefined ? undefined : planIds.get(performance.plan),
          zones: performance.zones.map(({ id, label, capacity }) => ({ zoneId: id, label, capacity })),
          holdMinutes: performance.holdMinutes,
          status: performance.status,
        },
        ...base,
      })
    }
    await createTicketPrices(payload, tenant, event, eventId, categoryLabels(event, checkedPlans))
  }
}

async function createEvent(payload: Payload, tenant: number, event: TicketingEvent, image: UploadImage): Promise<number> {
  const { title, slug, venue, summary, description, durationMinutes } = event
  const doc = await payload.create({
    collection: 'events',
    data: { tenant, title, slug, venue, summary, description, durationMinutes, private: event.private, image: await image(event.image, title) },
    ...base,
  })
  return doc.id
}

/** One product per price, its variants the categories; the product's own price is the lowest, the "from" price. */
async function createTicketPrices(payload: Payload, tenant: number, event: TicketingEvent, eventId: number, labels: Map<string, string>) {
  for (const [position, price] of event.prices.entries()) {
    const categories = Object.entries(price.categories)
    await payload.create({
      collection: 'products',
      data: {
        tenant,
        title: price.title,
        slug: ticketPriceSlug(event.slug, price),
        kind: 'ticket',
        event: eventId,
        position,
        price: Math.min(...categories.map(([, cents]) => cents)),
        vatRate: String(price.vatRate) as Product['vatRate'],
        variants: categories.map(([category, cents]) => ({ label: labels.get(category)!, price: cents, category })),
      },
      ...base,
    })
  }
}
