import { describe, expect, it } from 'vitest'

import { addDays, quickPickOf, quickPickRange, recentMonths, todayIn } from './periods'

describe('report periods', () => {
  it('knows today in Paris, not in UTC', () => {
    expect(todayIn('Europe/Paris', new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01')
    expect(todayIn('UTC', new Date('2026-03-31T22:30:00Z'))).toBe('2026-03-31')
  })

  it('counts quick picks back from today, today included', () => {
    expect(quickPickRange('7-days', '2026-03-03')).toEqual({ from: '2026-02-25', to: '2026-03-03' })
    expect(quickPickRange('30-days', '2026-03-03')).toEqual({ from: '2026-02-02', to: '2026-03-03' })
    expect(quickPickRange('this-month', '2026-03-03')).toEqual({ from: '2026-03-01', to: '2026-03-03' })
    expect(quickPickRange('last-month', '2026-03-03')).toEqual({ from: '2026-02-01', to: '2026-02-28' })
    expect(quickPickRange('last-month', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' })
    expect(quickPickRange('this-year', '2026-03-03')).toEqual({ from: '2026-01-01', to: '2026-03-03' })
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })

  it('recognises a range that is a quick pick', () => {
    expect(quickPickOf({ from: '2026-02-01', to: '2026-02-28' }, '2026-03-03')).toBe('last-month')
    expect(quickPickOf({ from: '2026-02-01', to: '2026-02-27' }, '2026-03-03')).toBeUndefined()
  })

  it('offers this month and the twelve before it for statements', () => {
    const months = recentMonths('2026-03-03')
    expect(months).toHaveLength(13)
    expect(months.slice(0, 4)).toEqual(['2026-03', '2026-02', '2026-01', '2025-12'])
    expect(months.at(-1)).toBe('2025-03')
  })
})
