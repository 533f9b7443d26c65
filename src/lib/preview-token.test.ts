import { describe, expect, it } from 'vitest'

import { createPreviewToken, verifyPreviewToken } from './preview-token'

const target = { tenant: 1, collection: 'pages', id: 7 }

describe('preview tokens', () => {
  it('accepts a fresh token for the same document', () => {
    const token = createPreviewToken(target, 's3cret', 1_000_000)
    expect(verifyPreviewToken(token, target, 's3cret', 1_000_000 + 60_000)).toBe(true)
  })
  it('refuses another document, another tenant, another secret', () => {
    const token = createPreviewToken(target, 's3cret', 1_000_000)
    expect(verifyPreviewToken(token, { ...target, id: 8 }, 's3cret', 1_000_000)).toBe(false)
    expect(verifyPreviewToken(token, { ...target, tenant: 2 }, 's3cret', 1_000_000)).toBe(false)
    expect(verifyPreviewToken(token, target, 'other', 1_000_000)).toBe(false)
  })
  it('refuses an expired or malformed token', () => {
    const token = createPreviewToken(target, 's3cret', 0, 1000)
    expect(verifyPreviewToken(token, target, 's3cret', 5000)).toBe(false)
    expect(verifyPreviewToken('garbage', target, 's3cret', 0)).toBe(false)
  })
})
