import { placeText, type TicketLocale, type TicketView } from './ticket-view'

/** A buyer with tickets to collect at the box office. */
export interface WillCallEntry {
  /** The family name when the buyer gave it apart; otherwise the last word of `name` is taken. */
  lastName?: string
  /** The name as typed: `Jeanne Dupont`. */
  name: string
  email: string
  orderReference: string
  tickets: readonly TicketView[]
}

/** One line of the list at the box office. */
export interface WillCallRow {
  familyName: string
  givenName: string
  email: string
  orderReference: string
  ticketCount: number
  /** Each distinct place once, counted when repeated: `2 × Fosse (placement libre)`. */
  places: string[]
}

export interface WillCallGroup {
  /** `A` to `Z`, accents dropped (`É` files under `E`); `#` for a name that starts otherwise. */
  letter: string
  rows: WillCallRow[]
}

// French collation at base strength: `Élodie` sorts with `Elodie`, `de` with `De`; order C-9 before C-10.
const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true })

/**
 * The will-call list: buyers with tickets to collect, by family name then given name (then order,
 * so that the list never shuffles between prints), grouped under their initial. E-tickets are
 * left out: nothing waits at the counter for them.
 */
export function willCallList(entries: readonly WillCallEntry[], locale: TicketLocale): WillCallGroup[] {
  const rows = entries
    .map((entry) => ({ entry, tickets: entry.tickets.filter((ticket) => ticket.delivery === 'will-call') }))
    .filter(({ tickets }) => tickets.length > 0)
    .map(({ entry, tickets }): WillCallRow => ({
      ...splitName(entry),
      email: entry.email,
      orderReference: entry.orderReference,
      ticketCount: tickets.length,
      places: countedPlaces(tickets.map((ticket) => placeText(ticket, locale))),
    }))
    .sort(
      (a, b) =>
        collator.compare(a.familyName, b.familyName) ||
        collator.compare(a.givenName, b.givenName) ||
        collator.compare(a.orderReference, b.orderReference),
    )

  const groups = new Map<string, WillCallRow[]>()
  for (const row of rows) {
    const letter = initial(row.familyName)
    const group = groups.get(letter)
    if (group) group.push(row)
    else groups.set(letter, [row])
  }
  return [...groups].map(([letter, rows]) => ({ letter, rows }))
}

function splitName({ lastName, name }: Pick<WillCallEntry, 'lastName' | 'name'>): { familyName: string; givenName: string } {
  const full = name.trim().replace(/\s+/g, ' ')
  const family = lastName?.trim()
  if (family) {
    // `name` may hold the full name or only the given name; keep what is left once the family name is out.
    const index = full.toLocaleLowerCase('fr').lastIndexOf(family.toLocaleLowerCase('fr'))
    const given = index >= 0 ? `${full.slice(0, index)} ${full.slice(index + family.length)}`.replace(/\s+/g, ' ').trim() : full
    return { familyName: family, givenName: given }
  }
  const space = full.lastIndexOf(' ')
  return space < 0 ? { familyName: full, givenName: '' } : { familyName: full.slice(space + 1), givenName: full.slice(0, space) }
}

function initial(familyName: string): string {
  // NFD splits É into E and its accent; the ligatures do not decompose, so they are named.
  const letter = familyName.normalize('NFD').charAt(0).toUpperCase().replace('Œ', 'O').replace('Æ', 'A')
  return /^[A-Z]$/.test(letter) ? letter : '#'
}

function countedPlaces(places: string[]): string[] {
  const counts = new Map<string, number>()
  for (const place of places) counts.set(place, (counts.get(place) ?? 0) + 1)
  return [...counts].map(([place, count]) => (count > 1 ? `${count} × ${place}` : place))
}
