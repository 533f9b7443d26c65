import { describe, expect, it } from 'vitest'
import { canonicalUrl } from './canonical'

describe('canonicalUrl', () => {
  it.each([
    ['https://Atelier.Example.com', '/', 'https://atelier.example.com/'],
    ['https://atelier.example.com/', '', 'https://atelier.example.com/'],
    ['https://atelier.example.com', '/galeries/mariages/', 'https://atelier.example.com/galeries/mariages'],
    ['https://atelier.example.com', 'blog//noel?utm_source=x#top', 'https://atelier.example.com/blog/noel'],
    ['http://atelier.localhost:3000', '/événements', 'http://atelier.localhost:3000/%C3%A9v%C3%A9nements'],
    ['https://atelier.example.com', '/../../etc', 'https://atelier.example.com/etc'],
  ])('%s + %s', (origin, path, expected) => expect(canonicalUrl(origin, path)).toBe(expected))

  it('refuses an origin that is not http(s)', () => {
    expect(() => canonicalUrl('javascript:alert(1)', '/')).toThrow(/https:\/\//)
  })
})
