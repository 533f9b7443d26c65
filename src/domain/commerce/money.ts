import { z } from 'zod'

/**
 * The one money module: every amount is an integer number of minor units (cents) with its
 * currency beside it. Nothing here ever holds a float; shares are computed on BigInt so that
 * even very large amounts round exactly.
 */
export const CURRENCIES = {
  EUR: { minorDigits: 2, name: 'euros', minorName: 'cents' },
  CHF: { minorDigits: 2, name: 'Swiss francs', minorName: 'centimes' },
  GBP: { minorDigits: 2, name: 'pounds', minorName: 'pence' },
  USD: { minorDigits: 2, name: 'dollars', minorName: 'cents' },
} as const
export type Currency = keyof typeof CURRENCIES
export const DEFAULT_CURRENCY: Currency = 'EUR'

export interface Money {
  /** Integer minor units: 1250 is 12,50 €. */
  readonly amount: number
  readonly currency: Currency
}

export type MoneyParseResult = { ok: true; money: Money } | { ok: false; message: string }

/** Basis points: 10 000 bp = 100 %, 2000 bp = 20 %, 550 bp = 5.5 %. */
export const BASIS_POINTS = 10_000

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && Object.hasOwn(CURRENCIES, value)
}

function assertCurrency(currency: unknown): asserts currency is Currency {
  if (!isCurrency(currency)) {
    throw new RangeError(`Unknown currency “${String(currency)}”; expected one of ${Object.keys(CURRENCIES).join(', ')}.`)
  }
}

function assertMinorUnits(amount: number, what = 'An amount'): void {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`${what} must be a whole number of minor units (cents) within ±${Number.MAX_SAFE_INTEGER}, not ${amount}.`)
  }
}

/** `money(1250, 'EUR')` is 12,50 €; refuses 12.5, NaN, Infinity and integers too large to be exact. */
export function money(amount: number, currency: Currency = DEFAULT_CURRENCY): Money {
  assertCurrency(currency)
  assertMinorUnits(amount)
  // -0 would print as "-0,00 €" and compare unequal in some tests: normalise it.
  return Object.freeze({ amount: amount === 0 ? 0 : amount, currency })
}

export function zero(currency: Currency = DEFAULT_CURRENCY): Money {
  return money(0, currency)
}

function assertSameCurrency(a: Money, b: Money, operation: string): void {
  if (a.currency !== b.currency) {
    throw new TypeError(`Cannot ${operation} ${a.currency} and ${b.currency}: amounts in different currencies never mix.`)
  }
}

function checkedResult(amount: number, operation: string): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`The result of ${operation} is too large to be counted exactly in cents.`)
  return amount
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b, 'add')
  return money(checkedResult(a.amount + b.amount, 'this addition'), a.currency)
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b, 'subtract')
  return money(checkedResult(a.amount - b.amount, 'this subtraction'), a.currency)
}

/** Multiplies by a whole number (a quantity); for a percentage use `percentOf`. */
export function multiply(m: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor)) throw new RangeError(`Money is multiplied by a whole number (a quantity), not ${factor}; use percentOf for a rate.`)
  return money(checkedResult(m.amount * factor, 'this multiplication'), m.currency)
}

export function negate(m: Money): Money {
  return money(-m.amount, m.currency)
}

/** Sum of a list in one currency; an empty list is zero in `currency`. */
export function sum(amounts: readonly Money[], currency: Currency = amounts[0]?.currency ?? DEFAULT_CURRENCY): Money {
  return amounts.reduce(add, zero(currency))
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount
}

/** Negative, zero or positive like `Array.sort` expects; throws on mixed currencies. */
export function compare(a: Money, b: Money): number {
  assertSameCurrency(a, b, 'compare')
  return Math.sign(a.amount - b.amount)
}

export function minMoney(a: Money, b: Money): Money {
  return compare(a, b) <= 0 ? a : b
}

export function isZero(m: Money): boolean {
  return m.amount === 0
}

/**
 * `numerator / denominator` rounded half away from zero (2.5 → 3, −2.5 → −3), computed exactly.
 * The single rounding rule of commerce code: it is symmetric, so a refund rounds like the sale.
 */
export function divideRoundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Cannot divide an amount by zero.')
  const negative = numerator < 0n !== denominator < 0n
  const n = numerator < 0n ? -numerator : numerator
  const d = denominator < 0n ? -denominator : denominator
  const quotient = (2n * n + d) / (2n * d)
  return negative ? -quotient : quotient
}

function toSafeNumber(value: bigint, what: string): number {
  const result = Number(value)
  if (!Number.isSafeInteger(result)) throw new RangeError(`${what} is too large to be counted exactly in cents.`)
  return result
}

export function assertBasisPoints(bp: number, what = 'A rate'): void {
  if (!Number.isSafeInteger(bp) || bp < 0) {
    throw new RangeError(`${what} is a whole number of basis points (2000 = 20 %), not ${bp}.`)
  }
}

/** `bp` basis points of an amount, rounded half away from zero: 7 % of 10,00 € is 70 cents. */
export function percentOf(m: Money, bp: number): Money {
  assertBasisPoints(bp)
  const share = divideRoundHalfAwayFromZero(BigInt(m.amount) * BigInt(bp), BigInt(BASIS_POINTS))
  return money(toSafeNumber(share, 'This percentage'), m.currency)
}

/**
 * Splits an amount in proportion to `ratios` without losing or inventing a cent: each part gets
 * the floor of its exact share, then the cents left over go one by one to the largest remainders
 * (earlier parts first on a tie). Ratios are whole numbers ≥ 0 (cents, quantities, basis points);
 * a part with ratio 0 always gets 0. A negative amount is split like its opposite, then negated.
 */
export function allocate(m: Money, ratios: readonly number[]): Money[] {
  if (ratios.length === 0) throw new RangeError('Cannot allocate an amount over no parts: give at least one ratio.')
  for (const [index, ratio] of ratios.entries()) {
    if (!Number.isSafeInteger(ratio) || ratio < 0) {
      throw new RangeError(`Ratio ${index + 1} is ${ratio}; ratios are whole numbers of 0 or more (for example amounts in cents).`)
    }
  }
  const total = ratios.reduce((acc, ratio) => acc + BigInt(ratio), 0n)
  if (total === 0n) {
    if (m.amount === 0) return ratios.map(() => zero(m.currency))
    throw new RangeError('Cannot allocate an amount when every ratio is 0: at least one part must have a share.')
  }
  const sign = m.amount < 0 ? -1n : 1n
  const amount = BigInt(Math.abs(m.amount))
  const parts = ratios.map((ratio, index) => {
    const exact = amount * BigInt(ratio)
    return { index, share: exact / total, remainder: exact % total }
  })
  let leftover = amount - parts.reduce((acc, part) => acc + part.share, 0n)
  const byRemainder = [...parts].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  for (const part of byRemainder) {
    if (leftover === 0n) break
    part.share += 1n
    leftover -= 1n
  }
  return parts.map((part) => money(Number(sign * part.share), m.currency))
}

/** The amount as an exact decimal string, `1250` → `"12.50"`, `-5` → `"-0.05"`. */
export function toDecimalString(m: Money): string {
  const digits = CURRENCIES[m.currency].minorDigits
  const abs = Math.abs(m.amount).toString().padStart(digits + 1, '0')
  const units = abs.slice(0, abs.length - digits)
  const minor = abs.slice(abs.length - digits)
  return `${m.amount < 0 ? '-' : ''}${units}${digits > 0 ? `.${minor}` : ''}`
}

/**
 * `12,50 €` in French (`fr-FR`, the default), `€12.50` in `en-GB`. Intl separates thousands and the
 * symbol with non-breaking spaces, so a price never wraps in the middle.
 */
export function formatMoney(m: Money, locale = 'fr-FR'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency })
  // A decimal string is formatted exactly (Intl.NumberFormat v3); a float could be off for huge amounts.
  return format.format(toDecimalString(m) as unknown as number)
}

const SPACES = /[\s\u00a0\u202f]/g

/**
 * Reads an amount typed in a form: `12,50`, `12.5`, `1 234,50`, `12 €`. At most as many decimals as
 * the currency has; no minus sign (prices, refunds and credits are typed as positive amounts).
 */
export function parseMoney(input: string, currency: Currency = DEFAULT_CURRENCY): MoneyParseResult {
  assertCurrency(currency)
  const { minorDigits, name, minorName } = CURRENCIES[currency]
  const symbols = [currency, ...new Set(['fr-FR', 'en-GB'].map((locale) => currencySymbol(currency, locale)))]
  let text = input.replace(SPACES, '')
  for (const symbol of symbols) {
    if (text.toUpperCase().endsWith(symbol)) text = text.slice(0, -symbol.length)
    else if (text.toUpperCase().startsWith(symbol)) text = text.slice(symbol.length)
  }
  const shown = input.trim()
  const fail = (message: string): MoneyParseResult => ({ ok: false, message })
  if (text === '') return fail(`Enter an amount in ${name}, for example 12,50.`)
  if (text.startsWith('-')) return fail(`“${shown}” is negative; enter the amount without a minus sign.`)
  const separators = text.match(/[.,]/g) ?? []
  if (separators.length > 1) {
    return fail(`“${shown}” has more than one comma or dot; write the amount without a thousands separator, for example 1234,50.`)
  }
  const badChar = [...text].find((char) => !/[0-9.,]/.test(char))
  if (badChar !== undefined) return fail(`“${shown}” is not an amount: “${badChar}” is not allowed. Use digits and a comma, for example 12,50.`)
  const [units = '', decimals] = text.split(/[.,]/)
  if (units === '') return fail(`“${shown}” needs a digit before the ${separators[0] === ',' ? 'comma' : 'dot'}, for example 0,50.`)
  if (decimals !== undefined && decimals.length === 0) return fail(`“${shown}” ends with a separator; write ${units} or ${units},00.`)
  if (decimals !== undefined && decimals.length > minorDigits) {
    return fail(`“${shown}” has ${decimals.length} digits after the ${separators[0] === ',' ? 'comma' : 'dot'}; an amount in ${name} has at most ${minorDigits} (${minorName}).`)
  }
  const minor = BigInt(units) * 10n ** BigInt(minorDigits) + BigInt((decimals ?? '').padEnd(minorDigits, '0') || '0')
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return fail(`“${shown}” is too large an amount.`)
  return { ok: true, money: money(Number(minor), currency) }
}

function currencySymbol(currency: Currency, locale: string): string {
  const part = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')
  return (part?.value ?? currency).toUpperCase()
}

/** The contract for an amount in an API body or a stored document. */
export const moneySchema = z.object({
  amount: z.number().int('An amount is a whole number of cents.').refine(Number.isSafeInteger, 'This amount is too large to be exact.'),
  currency: z.enum(Object.keys(CURRENCIES) as [Currency, ...Currency[]], { message: `The currency must be one of ${Object.keys(CURRENCIES).join(', ')}.` }),
})
