import type { Payload } from 'payload'

import type { DiscountCode } from '../../src/domain/commerce/discounts'
import type { DeliveryMethod, ServiceFeeRule } from '../../src/domain/commerce/fees'
import { money } from '../../src/domain/commerce/money'
import type { PlanId } from '../../src/domain/storage/quota'
import type { Discount, ShopSetting, SiteSetting, Tenant } from '../payload-types'
import { relationId } from '../relation-id'
import { toQuestion } from './catalogue'
import { vatRateBp } from './fields/vat-rate'

type Id = number | string

/** Everything about a tenant that checkout, mail and the box office need, read in one place. */
export interface Shop {
  tenant: Tenant
  plan: PlanId
  settings: Partial<ShopSetting>
  site: Partial<SiteSetting>
  fees: ServiceFeeRule[]
  orderQuestions: { label: string; required: boolean; choices: string[] }[]
}

export async function loadShop(payload: Payload, tenantId: Id): Promise<Shop> {
  const o = { depth: 0, limit: 1, overrideAccess: true, pagination: false } as const
  const [tenant, settings, site] = await Promise.all([
    payload.findByID({ collection: 'tenants', id: tenantId, depth: 0, overrideAccess: true }),
    payload.find({ collection: 'shop-settings', where: { tenant: { equals: tenantId } }, ...o }).then((r) => r.docs[0] ?? {}),
    payload.find({ collection: 'site-settings', where: { tenant: { equals: tenantId } }, ...o }).then((r) => r.docs[0] ?? {}),
  ])
  return {
    tenant,
    plan: (tenant.plan ?? 'free') as PlanId,
    settings,
    site,
    fees: (settings.fees ?? []).map(toFeeRule),
    orderQuestions: (settings.orderQuestions ?? []).map(toQuestion),
  }
}

function toFeeRule(fee: NonNullable<ShopSetting['fees']>[number]): ServiceFeeRule {
  const common = { label: fee.label, per: fee.per, passedToBuyer: fee.passedToBuyer !== false, vatRateBp: vatRateBp(fee.vatRate) }
  return fee.kind === 'percent' ? { ...common, kind: 'percent', rateBp: Math.round((fee.percent ?? 0) * 100) } : { ...common, kind: 'fixed', amount: money(fee.amount ?? 0) }
}

/** The tenant's delivery method by id, if it is offered. */
export async function loadDeliveryMethod(payload: Payload, tenantId: Id, id: Id): Promise<DeliveryMethod | null> {
  const { docs } = await payload.find({
    collection: 'delivery-methods',
    where: { and: [{ tenant: { equals: tenantId } }, { id: { equals: id } }, { active: { not_equals: false } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    id: String(doc.id),
    label: doc.label,
    price: money(doc.price),
    vatRateBp: vatRateBp(doc.vatRate),
    ...(typeof doc.freeFrom === 'number' ? { freeFrom: money(doc.freeFrom) } : {}),
  }
}

/** The tenant's discount with this (normalised) code, as the pricing rules read it. */
export async function loadDiscount(payload: Payload, tenantId: Id, code: string): Promise<{ id: Id; code: DiscountCode } | null> {
  const { docs } = await payload.find({
    collection: 'discounts',
    where: { and: [{ tenant: { equals: tenantId } }, { code: { equals: code } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const doc = docs[0]
  return doc ? { id: doc.id, code: toDiscountCode(doc) } : null
}

function toDiscountCode(doc: Discount): DiscountCode {
  const common = {
    code: doc.code,
    usedCount: doc.usedCount ?? 0,
    ...(doc.validFrom ? { validFrom: new Date(doc.validFrom) } : {}),
    ...(doc.validUntil ? { validUntil: new Date(doc.validUntil) } : {}),
    ...(typeof doc.maxUses === 'number' ? { maxUses: doc.maxUses } : {}),
    ...(doc.products && doc.products.length > 0 ? { productIds: doc.products.map((p) => String(relationId(p))) } : {}),
    ...(typeof doc.minimumOrder === 'number' ? { minimumOrder: money(doc.minimumOrder) } : {}),
  }
  return doc.kind === 'percent' ? { ...common, kind: 'percent', rateBp: Math.round((doc.percent ?? 0) * 100) } : { ...common, kind: 'fixed', amount: money(doc.amount ?? 0) }
}
