// A venue that sells tickets, for ticketing tests: a 50-seat room in two categories with a
// standing pit of small capacity, one event, one performance, two ticket prices, and a Stripe
// account when a payment world is given.
import type { Payload } from 'payload'

import type { SeatingPlanInput } from '../../src/domain/ticketing/seating-plan'
import { onboardedAccount, type PaymentWorld } from './commerce'

const o = { overrideAccess: true, depth: 0 } as const

/** Rows A–E of ten seats (`salle-A-1` … `salle-E-10`); rows A–B are category 1, C–E category 2. Plus a pit of `pit` places. */
export function smallRoom(pit = 20): SeatingPlanInput {
  return {
    version: 1,
    name: 'Petite salle',
    size: { width: 400, height: 400 },
    categories: [
      { id: 'cat1', label: 'Catégorie 1', color: '#b22222' },
      { id: 'cat2', label: 'Catégorie 2', color: '#1f3a5f' },
      { id: 'fosse', label: 'Fosse', color: '#2e7d32' },
    ],
    stage: { x: 100, y: 10, width: 200, height: 30, label: 'Scène' },
    sections: [
      {
        id: 'salle',
        label: 'Salle',
        kind: 'rows',
        rows: ['A', 'B', 'C', 'D', 'E'].map((label, index) => ({
          id: label,
          label,
          seats: 10,
          start: { x: 80, y: 80 + index * 40 },
          spacing: 25,
          numbering: { scheme: 'left-to-right' as const },
          category: index < 2 ? 'cat1' : 'cat2',
        })),
      },
      { id: 'fosse', label: 'Fosse', kind: 'standing', capacity: pit, area: { x: 80, y: 300, width: 240, height: 80 }, category: 'fosse' },
    ],
  }
}

export const seatOf = (row: string, number: number) => `salle-${row}-${number}`

export async function makeVenue(payload: Payload, world: PaymentWorld | null, slug: string, { pit = 20 } = {}) {
  const tenant = await payload.create({ collection: 'tenants', data: { name: `Théâtre ${slug}`, slug, contactEmail: `direction@${slug}.example` }, ...o })
  const account = world ? await onboardedAccount(world) : undefined
  await payload.create({
    collection: 'shop-settings',
    data: { tenant: tenant.id, ...(account ? { stripeAccountId: account, stripeChargesEnabled: true } : {}), senderName: `Théâtre ${slug}` },
    ...o,
  })
  const plan = await payload.create({ collection: 'seating-plans', data: { tenant: tenant.id, name: 'Petite salle', plan: smallRoom(pit) as never }, ...o })
  const event = await payload.create({ collection: 'events', data: { tenant: tenant.id, title: 'Le Misanthrope', slug: 'le-misanthrope', venue: 'Grande salle' }, ...o })
  const performance = await payload.create({
    collection: 'performances',
    data: { tenant: tenant.id, event: event.id, startsAt: '2026-12-12T19:30:00.000Z', seatingPlan: plan.id, status: 'on_sale' },
    ...o,
  })
  const full = await payload.create({
    collection: 'products',
    data: {
      tenant: tenant.id,
      title: 'Plein tarif',
      slug: `plein-tarif-${slug}`,
      kind: 'ticket',
      event: event.id,
      price: 3000,
      vatRate: '550',
      variants: [
        { label: 'Catégorie 1', price: 3000, category: 'cat1' },
        { label: 'Catégorie 2', price: 2000, category: 'cat2' },
        { label: 'Fosse', price: 1500, category: 'fosse' },
      ],
    },
    ...o,
  })
  const reduced = await payload.create({
    collection: 'products',
    data: { tenant: tenant.id, title: 'Tarif réduit', slug: `tarif-reduit-${slug}`, kind: 'ticket', event: event.id, price: 2200, vatRate: '550', variants: [{ label: 'Catégorie 1', price: 2200, category: 'cat1' }] },
    ...o,
  })
  const variant = (product: typeof full, category: string) => product.variants!.find((v) => v.category === category)!.id!
  return { tenant, account, plan, event, performance, full, reduced, variant }
}
