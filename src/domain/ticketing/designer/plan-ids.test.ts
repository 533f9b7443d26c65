import { describe, expect, it } from 'vitest'

import { isPlanId, nextLabel, rowLetters, slugId, uniqueId } from './plan-ids'

describe('ids and labels the designer makes up', () => {
  it('makes an id from a French label', () => {
    expect(slugId('Balcon 2ᵉ étage', 'section')).toBe('balcon-2e-etage')
    expect(slugId('Carré « VIP » !', 'section')).toBe('carre-vip')
    expect(slugId('???', 'section')).toBe('section')
    expect(isPlanId(slugId('  --Fosse--  ', 'x'))).toBe(true)
  })

  it('numbers an id that is taken', () => {
    expect(uniqueId('fosse', ['fosse', 'fosse-2'])).toBe('fosse-3')
    expect(uniqueId('balcon', ['fosse'])).toBe('balcon')
  })

  it('letters rows A to Z, then AA', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(rowLetters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA'])
  })

  it('follows a label’s sequence', () => {
    expect(['D', 'Z', 'AZ', 'c', '12', 'VIP 5', 'T9'].map(nextLabel)).toEqual(['E', 'AA', 'BA', 'd', '13', 'VIP 6', 'T10'])
    expect(nextLabel('Loge du roi')).toBeUndefined()
  })
})
