/** A paid order as the sales report reads it: when it was paid, what was sold, what was given back and when. */
export interface ReportOrder {
  id: string
  paidAt: Date
  channel: string
  lines: { productId: string; label: string; quantity: number; amount: number }[]
  refunds: { at: Date; amount: number }[]
}

export type Bucket = 'day' | 'week' | 'month'

export interface SalesPoint {
  /** `2026-11-25` (day), `2026-11-23` (the Monday of a week) or `2026-11` (month), in the report's time zone. */
  bucket: string
  revenue: number
  refunds: number
  units: number
  orders: number
}

export interface ProductSales {
  productId: string
  label: string
  revenue: number
  units: number
}

export interface SalesReport {
  series: SalesPoint[]
  byProduct: ProductSales[]
  totals: { revenue: number; refunds: number; net: number; units: number; orders: number; averageOrder: number }
}

export interface ReportOptions {
  /** Inclusive. */
  from: Date
  /** Exclusive. */
  to: Date
  bucket: Bucket
  timeZone?: string
  /** Only these products' lines count (orders still count when one of their lines does). */
  productIds?: readonly string[]
  channel?: string
}

const dayKey = (date: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date)

/** The bucket a moment falls in, in the tenant's time zone (a sale at 00:30 in Paris is that day's). */
export function bucketOf(date: Date, bucket: Bucket, timeZone = 'Europe/Paris'): string {
  const day = dayKey(date, timeZone)
  if (bucket === 'day') return day
  if (bucket === 'month') return day.slice(0, 7)
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number]
  const civil = new Date(Date.UTC(year, month - 1, dayOfMonth))
  const sinceMonday = (civil.getUTCDay() + 6) % 7
  civil.setUTCDate(civil.getUTCDate() - sinceMonday)
  return civil.toISOString().slice(0, 10)
}

/** Every bucket from `from` to `to`, so a chart shows the quiet days as zeros rather than skipping them. */
export function bucketsBetween(from: Date, to: Date, bucket: Bucket, timeZone = 'Europe/Paris'): string[] {
  const keys: string[] = []
  for (let at = new Date(from); at < to; at = new Date(at.getTime() + 6 * 60 * 60 * 1000)) {
    const key = bucketOf(at, bucket, timeZone)
    if (keys.at(-1) !== key) keys.push(key)
  }
  return keys
}

/**
 * Revenue (VAT included, after discounts), units and orders per bucket and per product; refunds
 * count on the day they were made, not the day of the sale, as a till would show them.
 */
export function salesReport(orders: readonly ReportOrder[], options: ReportOptions): SalesReport {
  const timeZone = options.timeZone ?? 'Europe/Paris'
  const within = (date: Date) => date >= options.from && date < options.to
  const points = new Map(bucketsBetween(options.from, options.to, options.bucket, timeZone).map((key) => [key, { bucket: key, revenue: 0, refunds: 0, units: 0, orders: 0 }]))
  const point = (date: Date) => {
    const key = bucketOf(date, options.bucket, timeZone)
    let found = points.get(key)
    if (!found) points.set(key, (found = { bucket: key, revenue: 0, refunds: 0, units: 0, orders: 0 }))
    return found
  }
  const products = new Map<string, ProductSales>()
  for (const order of orders) {
    if (options.channel && order.channel !== options.channel) continue
    const lines = options.productIds ? order.lines.filter((line) => options.productIds!.includes(line.productId)) : order.lines
    if (lines.length === 0) continue
    if (within(order.paidAt)) {
      const target = point(order.paidAt)
      target.orders += 1
      for (const line of lines) {
        target.revenue += line.amount
        target.units += line.quantity
        const product = products.get(line.productId) ?? { productId: line.productId, label: line.label, revenue: 0, units: 0 }
        product.revenue += line.amount
        product.units += line.quantity
        products.set(line.productId, product)
      }
    }
    // A product filter cannot split a refund by line; refunds then count only unfiltered.
    if (!options.productIds) for (const refund of order.refunds) if (within(refund.at)) point(refund.at).refunds += refund.amount
  }
  const series = [...points.values()].sort((a, b) => a.bucket.localeCompare(b.bucket))
  const revenue = series.reduce((total, p) => total + p.revenue, 0)
  const refunds = series.reduce((total, p) => total + p.refunds, 0)
  const orderCount = series.reduce((total, p) => total + p.orders, 0)
  return {
    series,
    byProduct: [...products.values()].sort((a, b) => b.revenue - a.revenue || a.label.localeCompare(b.label)),
    totals: {
      revenue,
      refunds,
      net: revenue - refunds,
      units: series.reduce((total, p) => total + p.units, 0),
      orders: orderCount,
      // Rounded half up to the cent: an average is information, not money that moves.
      averageOrder: orderCount === 0 ? 0 : Math.round(revenue / orderCount),
    },
  }
}

/** The instant a calendar day starts in a time zone: `2026-07-01` in Paris is 2026-06-30T22:00Z (summer time). */
export function startOfDay(day: string, timeZone = 'Europe/Paris'): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const utcMidnight = Date.UTC(year, month - 1, date)
  // The zone's offset at that moment, read back from how it shows UTC midnight.
  const shown = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(new Date(utcMidnight))
  const part = (type: string) => Number(shown.find((p) => p.type === type)!.value)
  const asIfUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'))
  return new Date(utcMidnight - (asIfUtc - utcMidnight))
}
