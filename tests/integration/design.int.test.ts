// Design settings: custom CSS is cleaned on save and the report says what went and why; themes
// and colours are validated with messages naming the field.
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { siteStylesheet } from '../../src/lib/site-stylesheet'
import { themeByName } from '../../src/lib/themes'
import { makeTenantWithContent } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let site: Awaited<ReturnType<typeof makeTenantWithContent>>
const o = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  payload = await bootTestPayload()
  site = await makeTenantWithContent(payload, 'design')
})

describe('custom CSS', () => {
  it('keeps benign rules, removes imports, remote loads, script URLs and style-breaking markup, and reports each', async () => {
    const attack = [
      '@import url(https://evil.example/x.css);',
      'body { background: url(javascript:alert(1)); }',
      '.site-name { color: #123456; }',
      '.x::after { content: "</style><script>alert(1)</script>"; }',
    ].join('\n')
    const saved = await payload.update({ collection: 'site-settings', id: site.settings.id, data: { customCss: attack }, ...o })
    expect(saved.customCss).toBe(attack)
    expect(saved.customCssClean).toContain('.site-name')
    expect(saved.customCssClean).toContain('#123456')
    for (const banned of ['@import', 'javascript:', 'evil.example', '<']) expect(saved.customCssClean).not.toContain(banned)
    const reportedLines = (saved.customCssReport ?? []).map((row) => row.line)
    expect(reportedLines).toEqual(expect.arrayContaining([1, 2]))
    expect((saved.customCssReport ?? []).every((row) => (row.reason ?? '').length > 10)).toBe(true)

    const stylesheet = siteStylesheet({ theme: themeByName('atelier'), settings: saved })
    expect(stylesheet.indexOf('@layer reset, base, theme, components, brand, tenant;')).toBe(0)
    expect(stylesheet).toMatch(/@layer tenant \{[\s\S]*\.site-name/)
    expect(stylesheet).not.toContain('javascript:')
  })
})

describe('brand and theme', () => {
  it('puts a valid brand colour in the brand layer', async () => {
    const saved = await payload.update({ collection: 'site-settings', id: site.settings.id, data: { colors: { primary: '#8a1c2b' } }, ...o })
    expect(siteStylesheet({ theme: themeByName('atelier'), settings: saved })).toMatch(/@layer brand \{[^}]*--color-primary: #8a1c2b/)
  })

  it('refuses a colour that is not a hex colour and a theme that does not exist, naming the field', async () => {
    const invalidPaths = (error: unknown) => ((error as { data?: { errors?: { path: string }[] } }).data?.errors ?? []).map((e) => e.path)
    const colour = await payload.update({ collection: 'site-settings', id: site.settings.id, data: { colors: { primary: 'red;}</style>' } }, ...o }).catch((e: unknown) => e)
    expect(invalidPaths(colour)).toEqual(['colors.primary'])
    const theme = await payload.update({ collection: 'site-settings', id: site.settings.id, data: { theme: 'nope' }, ...o }).catch((e: unknown) => e)
    expect(invalidPaths(theme)).toEqual(['theme'])
    const fresh = await payload.findByID({ collection: 'site-settings', id: site.settings.id, ...o })
    expect(fresh.theme).toBe('atelier')
    expect(fresh.colors?.primary).toBe('#8a1c2b')
  })

})
