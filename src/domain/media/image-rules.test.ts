import { describe, expect, it } from 'vitest'
import { checkImageMetadata } from './image-rules'

const photo = { format: 'jpeg', width: 6000, height: 4000, size: 8 * 1024 * 1024 }
const refusal = (input: Partial<typeof photo>) => {
  const result = checkImageMetadata({ ...photo, ...input })
  return result.ok ? 'accepted' : result.message
}

describe('checkImageMetadata', () => {
  it('accepts the usual formats', () => {
    for (const format of ['jpeg', 'jpg', 'png', 'webp', 'avif', 'gif']) expect(checkImageMetadata({ ...photo, format }).ok).toBe(true)
  })

  it('refuses SVG and unknown formats with a reason', () => {
    expect(refusal({ format: 'svg' })).toMatch(/SVG .* scripts/)
    expect(refusal({ format: 'tiff' })).toMatch(/“tiff” images are not accepted/)
    expect(refusal({ format: undefined })).toMatch(/This file is not accepted/)
  })

  it('refuses heavy files, huge sides and too many pixels', () => {
    expect(refusal({ size: 21 * 1024 * 1024 })).toBe('This image weighs 21 MB; the limit is 20 MB per image.')
    expect(refusal({ width: 12_001, height: 100 })).toMatch(/12001 × 100 pixels; each side may be at most 12000/)
    expect(refusal({ width: 8000, height: 6500 })).toMatch(/\(52 megapixels\); the limit is 50 megapixels/)
    expect(checkImageMetadata({ ...photo, width: 10_000, height: 5000 }).ok).toBe(true)
  })
})
