import type { TaskConfig } from 'payload'

import { expireOverdueOrders } from '../orders/lifecycle'

/**
 * Every minute, in the process that runs Payload's job cron: unpaid orders past their payment
 * window give back their stock and credit. Safe if several processes run it (see expireOverdueOrders).
 */
export const expireOrdersTask: TaskConfig<{ input: Record<string, never>; output: { expired: number } }> = {
  slug: 'expire-overdue-orders',
  label: 'Expire unpaid orders',
  schedule: [{ cron: '* * * * *', queue: 'default' }],
  outputSchema: [{ name: 'expired', type: 'number', required: true }],
  retries: 0,
  handler: async ({ req }) => ({ output: { expired: await expireOverdueOrders(req.payload) } }),
}
