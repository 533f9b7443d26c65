import { money, toDecimalString } from '../commerce/money'

/**
 * CSV as spreadsheets read it: comma-separated, CRLF, every field quoted when it must be, a BOM so
 * Excel opens UTF-8 accents right. A cell that starts like a formula (= + - @, tab, CR) gets a
 * leading apostrophe: a buyer named "=HYPERLINK(…)" must not run in the tenant's spreadsheet.
 */
export type Cell = string | number | boolean | null | undefined | Date

const FORMULA_START = /^[=+\-@\t\r]/

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n;]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** An amount in cents as a spreadsheet number with two decimals and a dot: 1234 → "12.34". */
export const centsCell = (cents: number): string => toDecimalString(money(cents))
