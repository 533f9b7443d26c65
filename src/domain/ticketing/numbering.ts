// How the seats of a row are numbered, as printed on the tickets. Pure.

export type NumberingScheme = 'left-to-right' | 'right-to-left' | 'odd-even' | 'custom-start'

export interface Numbering {
  scheme: NumberingScheme
  /** The first number: 1 unless given; required by 'custom-start'; not used by 'odd-even'. */
  start?: number
}

/**
 * The numbers of a row's `count` seats, in left-to-right order as seen from the stage-facing
 * audience (the plan's left).
 *
 * - `left-to-right`, `custom-start`: start, start+1, … from the left.
 * - `right-to-left`: start, start+1, … from the right.
 * - `odd-even` (French theatres): the row is split at its centre; odd numbers on the left
 *   half, even on the right, both increasing from the centre outward, so 1 and 2 sit side by
 *   side in the middle. With an odd count the extra seat goes to the odd side.
 *   10 seats → 9 7 5 3 1 2 4 6 8 10; 5 seats → 5 3 1 2 4.
 */
export function seatNumbers(count: number, numbering: Numbering): string[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`a row cannot have ${count} seats`)
  const start = numbering.start ?? 1
  const ascending = Array.from({ length: count }, (_, i) => start + i)
  switch (numbering.scheme) {
    case 'left-to-right':
    case 'custom-start':
      return ascending.map(String)
    case 'right-to-left':
      return ascending.reverse().map(String)
    case 'odd-even':
      return oddEven(count)
  }
}

function oddEven(count: number): string[] {
  const oddCount = Math.ceil(count / 2)
  const evenCount = count - oddCount
  const odds = Array.from({ length: oddCount }, (_, i) => 2 * (oddCount - i) - 1)
  const evens = Array.from({ length: evenCount }, (_, i) => 2 * (i + 1))
  return [...odds, ...evens].map(String)
}
