import type { Bucket } from './sales'

type Language = 'fr' | 'en'
const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'fr-FR')
const WEEK = { fr: 'sem. du', en: 'week of' }

/** A report bucket as a person reads it: `25/11` or `25 Nov` (day), `sem. du 23/11` (week), `nov. 2026` (month). */
export function bucketLabel(bucket: string, kind: Bucket, language: Language = 'fr', { long = false }: { long?: boolean } = {}): string {
  const [year, month, day = 1] = bucket.split('-').map(Number) as [number, number, number?]
  const date = new Date(Date.UTC(year, month - 1, day))
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale(language), { timeZone: 'UTC', ...options }).format(date)
  if (kind === 'month') return format({ month: long ? 'long' : 'short', year: 'numeric' })
  const dayText = long ? format({ weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }) : format(language === 'en' ? { day: 'numeric', month: 'short' } : { day: '2-digit', month: '2-digit' })
  return kind === 'week' ? `${WEEK[language]} ${dayText}` : dayText
}
