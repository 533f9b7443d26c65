import { expect, it } from 'vitest'
import { escapeXml } from './xml'

it('escapes markup characters and drops forbidden control characters', () => {
  expect(escapeXml(`Tom & Jerry <b>"it's"</b>\u0007`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;it&apos;s&quot;&lt;/b&gt;')
  expect(escapeXml('ligne 1\nligne 2\té')).toBe('ligne 1\nligne 2\té')
})
