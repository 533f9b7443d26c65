import { BASIS_POINTS, DEFAULT_CURRENCY, divideRoundHalfAwayFromZero, money, sum, type Currency, type Money } from './money'

/** French VAT rates in basis points (2000 = 20 %). Books and tickets to most shows are 5.5 %. */
export const FRENCH_VAT_RATES = {
  standard: 2000,
  intermediate: 1000,
  reduced: 550,
  superReduced: 210,
  zero: 0,
} as const

/** A VAT-inclusive amount with the rate it was sold at: every priced line carries one. */
export interface VatLine {
  amount: Money
  vatRateBp: number
}

export interface VatSplit {
  gross: number
  vat: number
  net: number
}

export interface VatRateTotal {
  rateBp: number
  gross: Money
  vat: Money
  net: Money
}

export interface VatBreakdown {
  /** One entry per rate, highest rate first. */
  rates: VatRateTotal[]
  gross: Money
  vat: Money
  net: Money
}

export function assertVatRate(rateBp: number): void {
  if (!Number.isSafeInteger(rateBp) || rateBp < 0 || rateBp > BASIS_POINTS) {
    throw new RangeError(`A VAT rate is a whole number of basis points from 0 to 10000 (2000 = 20 %, 550 = 5.5 %), not ${rateBp}.`)
  }
}

/**
 * Splits a VAT-inclusive amount. The rounding rule, the only one: the VAT is
 * gross × rate / (1 + rate) rounded half away from zero to the cent, and net = gross − VAT, so
 * net + VAT is always exactly the gross the buyer paid. Half away from zero is symmetric: a
 * refund of −x has exactly −(VAT of x).
 */
export function vatOfInclusive(grossMinor: number, rateBp: number): VatSplit {
  if (!Number.isSafeInteger(grossMinor)) throw new RangeError(`A gross amount is a whole number of cents, not ${grossMinor}.`)
  assertVatRate(rateBp)
  const vat = Number(divideRoundHalfAwayFromZero(BigInt(grossMinor) * BigInt(rateBp), BigInt(BASIS_POINTS + rateBp)))
  return { gross: grossMinor, vat: vat === 0 ? 0 : vat, net: grossMinor - vat }
}

/**
 * Groups lines by rate and computes each rate's VAT once, on that rate's total gross: that is how
 * an invoice states VAT (one amount per rate), it does not depend on how the cart was split into
 * lines, and per-line rounding errors cannot add up. Gross per rate is only summed, never
 * recomputed, so the rates' gross adds up to the order total exactly.
 */
export function vatBreakdown(lines: readonly VatLine[], currency: Currency = lines[0]?.amount.currency ?? DEFAULT_CURRENCY): VatBreakdown {
  const grossByRate = new Map<number, Money[]>()
  for (const line of lines) {
    assertVatRate(line.vatRateBp)
    grossByRate.set(line.vatRateBp, [...(grossByRate.get(line.vatRateBp) ?? []), line.amount])
  }
  const rates = [...grossByRate.entries()]
    .sort(([a], [b]) => b - a)
    .map(([rateBp, amounts]): VatRateTotal => {
      const gross = sum(amounts, currency)
      const split = vatOfInclusive(gross.amount, rateBp)
      return { rateBp, gross, vat: money(split.vat, currency), net: money(split.net, currency) }
    })
  return {
    rates,
    gross: sum(rates.map((r) => r.gross), currency),
    vat: sum(rates.map((r) => r.vat), currency),
    net: sum(rates.map((r) => r.net), currency),
  }
}

/** `2000` → `20 %`, `550` → `5,5 %` (French by default). */
export function formatVatRate(rateBp: number, locale = 'fr-FR'): string {
  assertVatRate(rateBp)
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(rateBp / BASIS_POINTS)
}
