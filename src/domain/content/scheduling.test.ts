import { describe, expect, it } from 'vitest'
import { isPublishedNow } from './scheduling'

const now = new Date('2025-06-01T12:00:00Z')

describe('isPublishedNow', () => {
  it('hides drafts whatever their date', () => {
    expect(isPublishedNow({ _status: 'draft', publishedAt: '2020-01-01T00:00:00Z' }, now)).toBe(false)
  })

  it('shows published documents once their date is reached', () => {
    expect(isPublishedNow({ _status: 'published', publishedAt: '2025-06-01T12:00:00Z' }, now)).toBe(true)
    expect(isPublishedNow({ _status: 'published', publishedAt: new Date('2025-06-01T12:00:01Z') }, now)).toBe(false)
    expect(isPublishedNow({ _status: 'published', publishedAt: null }, now)).toBe(true)
    expect(isPublishedNow({ publishedAt: '2025-05-01' }, now)).toBe(true)
  })

  it('does not publish on an unreadable date', () => {
    expect(isPublishedNow({ _status: 'published', publishedAt: 'demain' }, now)).toBe(false)
  })
})
