import { describe, expect, it } from 'vitest'
import { checkUpload, formatBytes, storageAllowance } from './quota'

const MB = 1024 * 1024

describe('storageAllowance', () => {
  it('gives 500 MB on free, 2 GB on pro, plus add-ons', () => {
    expect(storageAllowance('free')).toBe(500 * MB)
    expect(storageAllowance('pro')).toBe(2048 * MB)
    expect(storageAllowance('free', 3)).toBe(500 * MB + 3 * 1024 * MB)
    expect(() => storageAllowance('free', 9)).toThrow(/1 to 8/)
    expect(() => storageAllowance('free', 1.5)).toThrow(/not 1.5/)
  })
})

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KB'],
    [500 * MB, '500 MB'],
    [12.34 * MB, '12.3 MB'],
    [2.5 * 1024 * MB, '2.5 GB'],
  ])('%d → %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text))
})

describe('checkUpload', () => {
  const allowanceBytes = storageAllowance('free')

  it('accepts an upload that fits exactly', () => {
    expect(checkUpload({ usedBytes: 400 * MB, incomingBytes: 100 * MB, allowanceBytes })).toEqual({ ok: true, remainingBytes: 0 })
  })

  it('refuses with sizes a person can act on', () => {
    const result = checkUpload({ usedBytes: allowanceBytes - 4.1 * MB, incomingBytes: 12.3 * MB, allowanceBytes, plan: 'free' })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toMatch(/^This upload needs 12\.3 MB but only 4\.1 MB remain of your 500 MB \(free plan\)\. /)
      expect(result.message).toMatch(/storage add-on/)
    }
  })

  it('says the storage is full when already over quota', () => {
    const result = checkUpload({ usedBytes: allowanceBytes + MB, incomingBytes: MB, allowanceBytes })
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^This upload needs 1 MB but your 500 MB is full\./) })
  })
})
