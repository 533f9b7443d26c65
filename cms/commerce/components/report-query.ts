import type { Bucket } from '../../../src/domain/reports/sales'
import type { DayRange } from '../../../src/domain/reports/periods'

export const CHANNELS = ['online', 'box_office', 'phone'] as const
export type Channel = (typeof CHANNELS)[number]

/** What the report shows, as the filters hold it; empty product or channel means all. */
export interface ReportFilters extends DayRange {
  bucket: Bucket
  product: string
  channel: Channel | ''
}

/** The query of GET /api/reports/sales and of the exports, from the filters: the CSV links honour them too. */
export function reportQuery(tenant: string, filters: ReportFilters, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams({ tenant, from: filters.from, to: filters.to, bucket: filters.bucket, ...extra })
  if (filters.product) query.set('product', filters.product)
  if (filters.channel) query.set('channel', filters.channel)
  return query.toString()
}
