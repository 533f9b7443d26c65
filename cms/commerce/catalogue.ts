import type { Payload } from 'payload'

import { parseChoices, type CatalogueProduct } from '../../src/domain/commerce/cart-request'
import { money } from '../../src/domain/commerce/money'
import type { Product } from '../payload-types'
import { relationId } from '../relation-id'
import { vatRateBp } from './fields/vat-rate'

type Id = number | string

/** The products of one tenant among `ids`, as the pricing rules read them. Another tenant's id is simply absent. */
export async function loadCatalogue(payload: Payload, tenantId: Id, ids: readonly string[]): Promise<Map<string, CatalogueProduct>> {
  const numeric = [...new Set(ids)].filter((id) => /^\d+$/.test(id) || payload.db.name === 'mongoose')
  if (numeric.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'products',
    where: { and: [{ tenant: { equals: tenantId } }, { id: { in: numeric } }] },
    depth: 0,
    limit: numeric.length,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((doc) => [String(doc.id), toCatalogueProduct(doc)]))
}

/** A question as stored by the questions field (products and shop settings), as the rules read it. */
export const toQuestion = (q: { label: string; required?: boolean | null; choices?: string | null }): CatalogueProduct['questions'][number] => ({
  label: q.label,
  required: Boolean(q.required),
  choices: parseChoices(q.choices),
})

export function toCatalogueProduct(doc: Product): CatalogueProduct {
  const seller = relationId(doc.seller)
  return {
    id: String(doc.id),
    title: doc.title,
    active: doc.active !== false,
    price: money(doc.price),
    vatRateBp: vatRateBp(doc.vatRate),
    stock: typeof doc.stock === 'number' ? doc.stock : null,
    ...(seller !== undefined ? { sellerId: String(seller) } : {}),
    variants: (doc.variants ?? []).map((variant) => ({
      id: String(variant.id),
      label: variant.label,
      ...(typeof variant.price === 'number' ? { price: money(variant.price) } : {}),
      stock: typeof variant.stock === 'number' ? variant.stock : null,
      ...(variant.category ? { category: variant.category } : {}),
    })),
    priceEvents: (doc.priceEvents ?? []).map((event) => ({ label: event.label, price: money(event.price), startsAt: new Date(event.startsAt), endsAt: new Date(event.endsAt) })),
    questions: (doc.questions ?? []).map(toQuestion),
    ...(doc.kind === 'ticket' && relationId(doc.event) !== undefined ? { ticketOf: { eventId: String(relationId(doc.event)) } } : {}),
  }
}
