import { describe, expect, it } from 'vitest'

import { bucketOf, bucketsBetween, salesReport, startOfDay, type ReportOrder } from './sales'

const order = (id: string, paidAt: string, lines: ReportOrder['lines'], refunds: ReportOrder['refunds'] = [], channel = 'online'): ReportOrder => ({ id, paidAt: new Date(paidAt), channel, lines, refunds })
const print = (quantity: number, amount: number) => ({ productId: 'p', label: 'Tirage', quantity, amount })
const book = (quantity: number, amount: number) => ({ productId: 'b', label: 'Livre', quantity, amount })

describe('buckets', () => {
  it('puts a sale at 00:30 in Paris on that Paris day, not the UTC one', () => {
    expect(bucketOf(new Date('2026-11-24T23:30:00Z'), 'day')).toBe('2026-11-25')
    expect(bucketOf(new Date('2026-11-24T23:30:00Z'), 'day', 'UTC')).toBe('2026-11-24')
  })

  it('names weeks by their Monday and months by year-month', () => {
    expect(bucketOf(new Date('2026-11-29T12:00:00Z'), 'week')).toBe('2026-11-23')
    expect(bucketOf(new Date('2026-11-30T12:00:00Z'), 'week')).toBe('2026-11-30')
    expect(bucketOf(new Date('2026-11-30T12:00:00Z'), 'month')).toBe('2026-11')
  })

  it('lists every day of a range, quiet ones included, across the clock change', () => {
    const days = bucketsBetween(new Date('2026-10-23T22:00:00Z'), new Date('2026-10-27T23:00:00Z'), 'day')
    expect(days).toEqual(['2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27'])
  })
})

describe('salesReport', () => {
  const range = { from: new Date('2026-11-01T00:00:00+01:00'), to: new Date('2026-11-04T00:00:00+01:00'), bucket: 'day' as const }
  const orders = [
    order('1', '2026-11-01T10:00:00Z', [print(2, 9000), book(1, 2090)]),
    order('2', '2026-11-03T10:00:00Z', [book(3, 6270)], [{ at: new Date('2026-11-03T15:00:00Z'), amount: 2090 }], 'box_office'),
    order('3', '2026-10-31T10:00:00Z', [print(1, 4500)], [{ at: new Date('2026-11-02T09:00:00Z'), amount: 4500 }]),
    order('4', '2026-11-05T10:00:00Z', [print(1, 4500)]),
  ]

  it('sums revenue, units and orders per day, with zeros for quiet days and refunds on their own day', () => {
    const report = salesReport(orders, range)
    expect(report.series).toEqual([
      { bucket: '2026-11-01', revenue: 11_090, refunds: 0, units: 3, orders: 1 },
      { bucket: '2026-11-02', revenue: 0, refunds: 4500, units: 0, orders: 0 },
      { bucket: '2026-11-03', revenue: 6270, refunds: 2090, units: 3, orders: 1 },
    ])
    expect(report.totals).toEqual({ revenue: 17_360, refunds: 6590, net: 10_770, units: 6, orders: 2, averageOrder: 8680 })
  })

  it('ranks products by revenue', () => {
    expect(salesReport(orders, range).byProduct).toEqual([
      { productId: 'p', label: 'Tirage', revenue: 9000, units: 2 },
      { productId: 'b', label: 'Livre', revenue: 8360, units: 4 },
    ])
  })

  it('filters by product and by channel', () => {
    expect(salesReport(orders, { ...range, productIds: ['b'] }).totals).toMatchObject({ revenue: 8360, units: 4, orders: 2, refunds: 0 })
    expect(salesReport(orders, { ...range, channel: 'box_office' }).totals).toMatchObject({ revenue: 6270, orders: 1, refunds: 2090 })
  })
})

describe('startOfDay', () => {
  it('knows Paris winter and summer time', () => {
    expect(startOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(startOfDay('2026-07-01').toISOString()).toBe('2026-06-30T22:00:00.000Z')
    expect(startOfDay('2026-07-01', 'UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z')
  })
})
