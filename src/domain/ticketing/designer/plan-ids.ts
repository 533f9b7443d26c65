// Ids and labels the designer makes up: section ids from their label, row letters, table
// numbers. Ids must match the plan's id rule (letters and digits joined by "-" or "_") and stay
// unique where the plan needs them unique. Pure.

const ID = /^[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)*$/

export function isPlanId(id: string): boolean {
  return ID.test(id)
}

/** "Balcon 2ᵉ étage" → "balcon-2e-etage"; `fallback` when nothing usable is left. */
export function slugId(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return slug || fallback
}

/** `base`, else `base-2`, `base-3`… : the first one not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken)
  if (!used.has(base)) return base
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`
}

/** Row letters as theatres print them: A…Z, then AA, AB… (0 → "A", 26 → "AA"). */
export function rowLetters(index: number): string {
  let n = index
  let letters = ''
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters
    n = Math.floor(n / 26) - 1
  } while (n >= 0)
  return letters
}

/** The label after `label` in its sequence: "D" → "E", "Z" → "AA", "12" → "13", "VIP 5" → "VIP 6"; `undefined` when it has none. */
export function nextLabel(label: string): string | undefined {
  const numbered = /^(.*?)(\d+)$/.exec(label)
  if (numbered) return `${numbered[1]}${Number(numbered[2]) + 1}`
  if (/^[A-Z]+$/.test(label)) return rowLetters(lettersIndex(label) + 1)
  if (/^[a-z]+$/.test(label)) return rowLetters(lettersIndex(label.toUpperCase()) + 1).toLowerCase()
  return undefined
}

function lettersIndex(letters: string): number {
  return [...letters].reduce((index, letter) => (index + 1) * 26 + letter.charCodeAt(0) - 65, -1)
}

/** An id for something labelled `label`: the label itself when it is a valid id, else `fallback`; unique in `taken`. */
export function idFromLabel(label: string, fallback: string, taken: Iterable<string>): string {
  return uniqueId(isPlanId(label) ? label : fallback, taken)
}
