import { randomInt } from 'node:crypto'

// No 0/O, 1/I/L: a reference is read aloud on the phone and typed from a printed receipt.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/** An order reference such as `VT-7K3F9QXA`: 8 characters from 31, about 8.5 × 10¹¹ values. */
export function orderReference(random: (max: number) => number = randomInt): string {
  let code = ''
  for (let i = 0; i < 8; i++) code += ALPHABET[random(ALPHABET.length)]
  return `VT-${code}`
}

/** Whether a string from a URL or a cookie has the shape of an order reference (before any query). */
export const isOrderReference = (value: string): boolean => /^VT-[A-Z0-9]{8}$/.test(value)

/** A gift card code such as `GIFT-7K3F-9QXA-MN4P`: 12 characters, about 7.9 × 10¹⁷ values, not guessable. */
export function giftCardCode(random: (max: number) => number = randomInt): string {
  const groups: string[] = []
  for (let g = 0; g < 3; g++) {
    let group = ''
    for (let i = 0; i < 4; i++) group += ALPHABET[random(ALPHABET.length)]
    groups.push(group)
  }
  return `GIFT-${groups.join('-')}`
}

/** How a typed code is compared with stored ones: upper case, spaces and dashes normalised. */
export function normaliseGiftCardCode(input: string): string {
  const compact = input.toUpperCase().replace(/[\s-]/g, '')
  const body = compact.startsWith('GIFT') ? compact.slice(4) : compact
  return body.length === 12 ? `GIFT-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}` : input.trim().toUpperCase()
}
