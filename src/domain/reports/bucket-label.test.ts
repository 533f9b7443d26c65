import { describe, expect, it } from 'vitest'

import { bucketLabel } from './bucket-label'

describe('bucketLabel', () => {
  it('names days, weeks and months short under a chart and long in its table', () => {
    expect(bucketLabel('2026-11-25', 'day')).toBe('25/11')
    expect(bucketLabel('2026-11-25', 'day', 'en')).toBe('25 Nov')
    expect(bucketLabel('2026-11-23', 'week')).toBe('sem. du 23/11')
    expect(bucketLabel('2026-11', 'month')).toBe('nov. 2026')
    expect(bucketLabel('2026-11', 'month', 'en', { long: true })).toBe('November 2026')
    expect(bucketLabel('2026-11-25', 'day', 'fr', { long: true })).toBe('mer. 25 novembre 2026')
  })
})
