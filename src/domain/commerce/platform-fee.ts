import type { PlanId } from '../storage/quota'
import { percentOf, type Money } from './money'

/** The platform's share of each online sale, by plan: the free plan pays with a commission. */
export const PLATFORM_FEE_BP: Record<PlanId, number> = { free: 300, pro: 100 }

/** What the platform takes from a payment (Stripe's application fee), rounded half away from zero. */
export function platformFee(plan: PlanId, charged: Money): Money {
  return percentOf(charged, PLATFORM_FEE_BP[plan])
}
