// The getting-started checklist a new pro sees on the admin dashboard: what is done is read from
// the site itself, so the list stays true whatever order the pro works in.

export type ChecklistFacts = {
  theme: string
  starterTheme: string
  settingsEdited: boolean
  hasLogo: boolean
  hasPrimaryColour: boolean
  /** Saved versions of the home page: the starter writes one, every edit (even an autosave) adds one. */
  homeVersions: number
  postsCreatedAfterStart: number
  domains: { verified: boolean }[]
}

export type ChecklistStep = { id: 'theme' | 'brand' | 'home' | 'post' | 'domain'; done: boolean }

/** Edits within this time of the site's creation are the starter's own, not the pro's. */
export const STARTER_GRACE_MS = 5_000

export function checklist(facts: ChecklistFacts): ChecklistStep[] {
  // Versions, not timestamps: a quick pro can edit the home page within seconds of signing up.
  const homeEdited = facts.homeVersions > 1
  return [
    { id: 'theme', done: facts.theme !== facts.starterTheme || facts.settingsEdited },
    { id: 'brand', done: facts.hasLogo && facts.hasPrimaryColour },
    { id: 'home', done: homeEdited },
    { id: 'post', done: facts.postsCreatedAfterStart > 0 },
    { id: 'domain', done: facts.domains.some((domain) => domain.verified) },
  ]
}

