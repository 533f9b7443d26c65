// Database → the `ticketing` section of a site file, each seating plan written to its own file in
// plans/: events with their image, ticket prices (products of kind "ticket") by category, and
// performances at ISO dates. Defaults are left out, as the shop's export does.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Event, Performance, Product, SeatingPlan } from '../../payload-types'
import { amountText, vatRatePercent } from '../../../src/domain/sites/shop-schema'
import { ticketPriceSlug, type SiteTicketingInput } from '../../../src/domain/sites/ticketing-schema'
import { slugify } from '../../../src/domain/tenancy/slug'
import { DEFAULT_HOLD_MINUTES } from '../../../src/domain/ticketing/holds'
import { vatRateBp } from '../../commerce/fields/vat-rate'
import { relationId } from '../../relation-id'
import type { ImagePath } from './export-shop'
import { defined, orUndefined } from './file-values'

const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : undefined)
const planFile = (key: string) => `plans/${key}.json`

export async function exportTicketing(payload: Payload, tenant: number, outDir: string, image: ImagePath): Promise<SiteTicketingInput | undefined> {
  const scoped = { where: { tenant: { equals: tenant } }, overrideAccess: true, depth: 0, limit: 0, pagination: false } as const
  const [plans, events, performances, prices] = await Promise.all([
    payload.find({ collection: 'seating-plans', sort: 'id', ...scoped }),
    payload.find({ collection: 'events', sort: 'id', ...scoped }),
    payload.find({ collection: 'performances', sort: ['startsAt', 'id'], ...scoped }),
    payload.find({ collection: 'products', sort: ['position', 'id'], ...scoped, where: { and: [scoped.where, { kind: { equals: 'ticket' } }] } }),
  ])
  if (plans.docs.length === 0 && events.docs.length === 0) return undefined

  const planKeys = planKeysById(plans.docs)
  if (plans.docs.length > 0) await mkdir(path.join(outDir, 'plans'), { recursive: true })
  for (const plan of plans.docs) {
    await writeFile(path.join(outDir, planFile(planKeys.get(plan.id)!)), `${JSON.stringify(plan.plan, null, 2)}\n`)
  }
  const ofEvent = <T extends { event?: unknown }>(docs: T[], event: Event) => docs.filter((doc) => relationId(doc.event) === event.id)
  return defined({
    plans: nonEmpty(plans.docs.map((plan) => ({ key: planKeys.get(plan.id)!, name: plan.name, file: planFile(planKeys.get(plan.id)!) }))),
    events: nonEmpty(
      events.docs.map((event) =>
        defined({
          title: event.title,
          slug: event.slug,
          venue: orUndefined(event.venue),
          summary: orUndefined(event.summary),
          description: orUndefined(event.description),
          image: image(event.image),
          durationMinutes: orUndefined(event.durationMinutes),
          private: event.private ? true : undefined,
          prices: nonEmpty(ofEvent(prices.docs, event).map((product) => priceEntry(product, event))),
          performances: nonEmpty(ofEvent(performances.docs, event).map((performance) => performanceEntry(performance, planKeys))),
        }),
      ),
    ),
  })
}

/** The database keeps no plan key: it is made from the plan's name, unique within the file. */
function planKeysById(plans: SeatingPlan[]): Map<number, string> {
  const taken = new Set<string>()
  return new Map(
    plans.map((plan) => {
      const stem = slugify(plan.name) || 'plan'
      let key = stem
      for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`
      taken.add(key)
      return [plan.id, key]
    }),
  )
}

/** Variants without a category sell no seat, so they have no place in the file. */
function priceEntry(product: Product, event: Event) {
  const categories = (product.variants ?? []).flatMap((variant) => (variant.category ? [[variant.category, amountText(variant.price ?? product.price)] as const] : []))
  return defined({
    title: product.title,
    slug: product.slug === ticketPriceSlug(event.slug, { title: product.title }) ? undefined : product.slug,
    vatRate: vatRatePercent(vatRateBp(product.vatRate)),
    categories: Object.fromEntries(categories),
  })
}

function performanceEntry(performance: Performance, planKeys: Map<number, string>) {
  const planId = relationId(performance.seatingPlan)
  return defined({
    startsAt: new Date(performance.startsAt).toISOString(),
    plan: planId === undefined ? undefined : planKeys.get(planId),
    zones: nonEmpty((performance.zones ?? []).map(({ zoneId, label, capacity }) => ({ id: zoneId, label, capacity }))),
    holdMinutes: performance.holdMinutes === DEFAULT_HOLD_MINUTES ? undefined : orUndefined(performance.holdMinutes),
    status: performance.status === 'on_sale' ? undefined : performance.status,
  })
}
