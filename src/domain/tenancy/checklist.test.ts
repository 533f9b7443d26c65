import { describe, expect, it } from 'vitest'

import { checklist, type ChecklistFacts } from './checklist'

const fresh: ChecklistFacts = {
  theme: 'atelier',
  starterTheme: 'atelier',
  settingsEdited: false,
  hasLogo: false,
  hasPrimaryColour: false,
  homeVersions: 1,
  postsCreatedAfterStart: 0,
  domains: [],
}
const done = (facts: ChecklistFacts) => checklist(facts).filter((step) => step.done).map((step) => step.id)

describe('the getting-started checklist', () => {
  it('has nothing done on a site fresh from the starter', () => {
    expect(done(fresh)).toEqual([])
  })

  it('ticks each step from what the site shows', () => {
    expect(done({ ...fresh, theme: 'scene' })).toEqual(['theme'])
    expect(done({ ...fresh, hasLogo: true })).toEqual([])
    expect(done({ ...fresh, hasLogo: true, hasPrimaryColour: true })).toEqual(['brand'])
    expect(done({ ...fresh, homeVersions: 2 })).toEqual(['home'])
    expect(done({ ...fresh, homeVersions: 0 })).toEqual([])
    expect(done({ ...fresh, postsCreatedAfterStart: 1 })).toEqual(['post'])
    expect(done({ ...fresh, domains: [{ verified: false }] })).toEqual([])
    expect(done({ ...fresh, domains: [{ verified: false }, { verified: true }] })).toEqual(['domain'])
  })

  it('counts keeping the starter theme as chosen once the design was saved', () => {
    expect(done({ ...fresh, settingsEdited: true })).toEqual(['theme'])
  })
})
