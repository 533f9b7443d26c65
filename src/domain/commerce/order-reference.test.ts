import { describe, expect, it } from 'vitest'

import { giftCardCode, isOrderReference, normaliseGiftCardCode, orderReference } from './order-reference'

describe('order references and gift card codes', () => {
  it('uses only unambiguous characters', () => {
    for (let i = 0; i < 200; i++) {
      expect(orderReference()).toMatch(/^VT-[2-9A-HJKMNP-Z]{8}$/)
      expect(giftCardCode()).toMatch(/^GIFT-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/)
    }
  })

  it('draws each character from the random source', () => {
    expect(orderReference(() => 0)).toBe('VT-22222222')
    expect(orderReference((max) => max - 1)).toBe('VT-ZZZZZZZZ')
  })

  it('reads a code typed in lower case, with spaces or without dashes', () => {
    expect(normaliseGiftCardCode(' gift 7k3f 9qxa mn4p ')).toBe('GIFT-7K3F-9QXA-MN4P')
    expect(normaliseGiftCardCode('7K3F9QXAMN4P')).toBe('GIFT-7K3F-9QXA-MN4P')
    expect(normaliseGiftCardCode('nope')).toBe('NOPE')
  })
})

it('recognises the shape of an order reference, and nothing around it', () => {
  expect(isOrderReference(orderReference())).toBe(true)
  expect(isOrderReference('VT-7K3F9QXA')).toBe(true)
  expect(isOrderReference('vt-7k3f9qxa')).toBe(false)
  expect(isOrderReference('VT-7K3F9QXA.VT-AAAAAAAA')).toBe(false)
  expect(isOrderReference('')).toBe(false)
})
