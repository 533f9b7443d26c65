/** The report's quick picks, by name; each is a range of calendar days, both ends included. */
export const QUICK_PICKS = ['7-days', '30-days', 'this-month', 'last-month', 'this-year'] as const
export type QuickPick = (typeof QUICK_PICKS)[number]

export interface DayRange {
  /** `2026-11-01`, included. */
  from: string
  /** `2026-11-30`, included. */
  to: string
}

/** Today's date in a time zone, `2026-11-25`: a report made at 00:30 in Paris is about that Paris day. */
export function todayIn(timeZone = 'Europe/Paris', now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

const civil = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date))
}
const dayOf = (date: Date) => date.toISOString().slice(0, 10)

/** `addDays('2026-03-01', -1)` is `2026-02-28`: calendar arithmetic, no clock change involved. */
export function addDays(day: string, days: number): string {
  const date = civil(day)
  date.setUTCDate(date.getUTCDate() + days)
  return dayOf(date)
}

/** The days a quick pick covers, counted back from `today` (which is included). */
export function quickPickRange(pick: QuickPick, today: string): DayRange {
  const { year, month } = { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) }
  switch (pick) {
    case '7-days':
      return { from: addDays(today, -6), to: today }
    case '30-days':
      return { from: addDays(today, -29), to: today }
    case 'this-month':
      return { from: `${today.slice(0, 7)}-01`, to: today }
    case 'last-month': {
      const first = dayOf(new Date(Date.UTC(year, month - 2, 1)))
      return { from: first, to: addDays(`${today.slice(0, 7)}-01`, -1) }
    }
    case 'this-year':
      return { from: `${year}-01-01`, to: today }
  }
}

/** The quick pick a range is, if any: the filters show it as chosen. */
export function quickPickOf(range: DayRange, today: string): QuickPick | undefined {
  return QUICK_PICKS.find((pick) => {
    const candidate = quickPickRange(pick, today)
    return candidate.from === range.from && candidate.to === range.to
  })
}

/** The months a statement can be asked for, newest first: this one (in progress) and the `count` before it, as `2026-03`. */
export function recentMonths(today: string, count = 12): string[] {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  return Array.from({ length: count + 1 }, (_, back) => dayOf(new Date(Date.UTC(year, month - 1 - back, 1))).slice(0, 7))
}
