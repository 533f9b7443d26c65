import { describe, expect, it } from 'vitest'

import { embedHref, embedSnippet, isEmbedded } from './embed'

describe('the embedded ticket office', () => {
  it('is embedded only with embed=1', () => {
    expect(isEmbedded(new URL('https://t.example/billetterie?embed=1'))).toBe(true)
    expect(isEmbedded(new URL('https://t.example/billetterie?embed=0'))).toBe(false)
    expect(isEmbedded(new URL('https://t.example/billetterie'))).toBe(false)
  })

  it('keeps links embedded, with or without a query already', () => {
    expect(embedHref('/billetterie/phedre', true)).toBe('/billetterie/phedre?embed=1')
    expect(embedHref('/billetterie/phedre?date=2', true)).toBe('/billetterie/phedre?date=2&embed=1')
    expect(embedHref('/billetterie/phedre', false)).toBe('/billetterie/phedre')
  })

  it('gives the organizer a one-line snippet loading the site’s embed script', () => {
    expect(embedSnippet('https://theatre.example', '/billetterie/phedre')).toBe('<script src="https://theatre.example/embed.js" data-path="/billetterie/phedre" async></script>')
  })
})
