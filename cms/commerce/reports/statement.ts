// A party's monthly statement read from the database: the seller (of this tenant only), the orders
// paid or refunded in the month, turned into the pure rules' inputs.
import type { Payload } from 'payload'

import { isCurrency, DEFAULT_CURRENCY } from '../../../src/domain/commerce/money'
import { monthPeriod, type CommissionTerms } from '../../../src/domain/commerce/statements'
import { fileSlug, type StatementHeading } from '../../../src/domain/reports/statement-document'
import { monthlyStatement, SITE, type MonthlyStatement, type StatementOrder } from '../../../src/domain/reports/statement-lines'
import type { Order } from '../../payload-types'
import { relationId, relationValue } from '../../relation-id'
import { ordersOfPeriod } from './orders-of-period'

type Id = number | string
const o = { overrideAccess: true, depth: 0 } as const

/** Sellers have no base of their own yet: their commission is a share of what buyers paid, VAT included. */
export const COMMISSION_BASE: CommissionTerms['base'] = 'gross'

export interface LoadedStatement {
  heading: StatementHeading
  result: MonthlyStatement
  /** `releve-galerie-brume-lea-martin-2026-03`, without extension. */
  fileName: string
}

/**
 * The statement of `party` (a seller's id, or `site` for the site's own lines) for a month, or
 * null when the tenant has no such seller: a seller of another tenant is as unknown as a missing one.
 */
export async function loadStatement(payload: Payload, tenantId: Id, party: string, year: number, month: number, now = new Date()): Promise<LoadedStatement | null> {
  const tenant = await payload.findByID({ collection: 'tenants', id: relationValue(tenantId), disableErrors: true, ...o })
  if (!tenant) return null
  const seller =
    party === SITE
      ? null
      : (await payload.find({ collection: 'sellers', where: { and: [{ id: { equals: relationValue(party) } }, { tenant: { equals: relationValue(tenantId) } }] }, limit: 1, ...o })).docs[0]
  if (party !== SITE && !seller) return null
  const period = monthPeriod(year, month)
  const orders = (await ordersOfPeriod(payload, tenantId, period)).map(toStatementOrder)
  const currency = orders.find((order) => isCurrency(order.currency))?.currency ?? DEFAULT_CURRENCY
  const terms = seller
    ? { receivesPayouts: Boolean(seller.receivesPayouts), siret: seller.siret ?? null, commissionBp: Math.round((seller.commissionPercent ?? 0) * 100), base: COMMISSION_BASE }
    : { receivesPayouts: false, commissionBp: 0, base: COMMISSION_BASE }
  const result = monthlyStatement(orders, seller ? String(seller.id) : SITE, terms, period, currency)
  const partyName = seller?.name ?? tenant.name
  const monthText = `${year}-${String(month).padStart(2, '0')}`
  return {
    heading: {
      tenantName: tenant.name,
      partyName,
      year,
      month,
      generatedAt: now,
      ...(seller ? { legalName: seller.legalName ?? null, siret: seller.siret ?? null, address: seller.address ?? null } : { isSite: true }),
    },
    result,
    fileName: `releve-${tenant.slug}-${fileSlug(partyName)}-${monthText}`,
  }
}

function toStatementOrder(order: Order): StatementOrder {
  return {
    id: String(order.id),
    reference: order.reference,
    state: order.state,
    currency: isCurrency(order.currency) ? order.currency : DEFAULT_CURRENCY,
    paidAt: new Date(order.payment?.paidAt ?? order.createdAt),
    lines: (order.lines ?? []).map((line) => {
      const seller = relationId(line.seller)
      return { sellerId: seller === undefined ? null : String(seller), label: line.label, amount: line.amount, vatRateBp: line.vatRateBp }
    }),
    feeLines: (order.feeLines ?? []).map((fee) => ({ label: fee.label, amount: fee.amount, vatRateBp: fee.vatRateBp, passedToBuyer: fee.passedToBuyer !== false })),
    refunds: (order.refunds ?? []).map((refund) => ({ at: new Date(refund.at), amount: refund.amount })),
    platformFee: order.payment?.platformFee ?? 0,
  }
}
