import { add, compare, DEFAULT_CURRENCY, formatMoney, minMoney, subtract, zero, type Currency, type Money } from './money'

/** A ledger line; amounts are always positive, the kind says which way they go. */
export type StoreCreditEntry =
  | { kind: 'issue'; amount: Money; at: Date; expiresAt?: Date; reason?: string }
  | { kind: 'spend'; amount: Money; at: Date; orderId?: string }
  | { kind: 'expire'; amount: Money; at: Date }

export type SpendResult = { ok: true; entry: StoreCreditEntry; balanceAfter: Money } | { ok: false; message: string }

interface Lot {
  remaining: Money
  expiresAt?: Date
}

function chronological(entries: readonly StoreCreditEntry[]): StoreCreditEntry[] {
  return [...entries].sort((a, b) => a.at.getTime() - b.at.getTime())
}

function isExpired(lot: Lot, at: Date): boolean {
  return lot.expiresAt !== undefined && lot.expiresAt <= at
}

/** Takes `amount` from the lots that `usable` allows, soonest expiry first; returns what could not be covered. */
function consume(lots: Lot[], amount: Money, usable: (lot: Lot) => boolean): Money {
  let left = amount
  const order = lots.filter(usable).sort((a, b) => (a.expiresAt?.getTime() ?? Infinity) - (b.expiresAt?.getTime() ?? Infinity))
  for (const lot of order) {
    const taken = minMoney(lot.remaining, left)
    lot.remaining = subtract(lot.remaining, taken)
    left = subtract(left, taken)
  }
  return left
}

/**
 * Replays the ledger in date order, spending the credit that expires soonest first. Throws if an
 * entry takes more than was available at its date: the database refuses such a row too, so this
 * means the entries given are not the whole ledger.
 */
function replay(entries: readonly StoreCreditEntry[], currency: Currency): Lot[] {
  const lots: Lot[] = []
  for (const entry of chronological(entries)) {
    if (entry.amount.currency !== currency) throw new TypeError(`This store credit is in ${currency}; an entry in ${entry.amount.currency} cannot be part of it.`)
    if (entry.amount.amount <= 0) throw new RangeError(`A store credit entry (${entry.kind}) must be more than zero, not ${formatMoney(entry.amount)}.`)
    if (entry.kind === 'issue') {
      lots.push({ remaining: entry.amount, ...(entry.expiresAt ? { expiresAt: entry.expiresAt } : {}) })
      continue
    }
    const usable = entry.kind === 'spend' ? (lot: Lot) => !isExpired(lot, entry.at) : (lot: Lot) => isExpired(lot, entry.at)
    const missing = consume(lots, entry.amount, usable)
    if (missing.amount > 0) {
      throw new RangeError(`The ${entry.kind} of ${formatMoney(entry.amount)} on ${entry.at.toISOString()} is ${formatMoney(missing)} more than the credit available then.`)
    }
  }
  return lots
}

function currencyOf(entries: readonly StoreCreditEntry[]): Currency {
  return entries[0]?.amount.currency ?? DEFAULT_CURRENCY
}

/**
 * What the customer can spend: issued minus spent minus expired. With `now`, credit whose expiry
 * has passed but is not yet written off does not count.
 */
export function balance(entries: readonly StoreCreditEntry[], now?: Date, currency: Currency = currencyOf(entries)): Money {
  return replay(entries, currency)
    .filter((lot) => now === undefined || !isExpired(lot, now))
    .reduce((total, lot) => add(total, lot.remaining), zero(currency))
}

export function canSpend(entries: readonly StoreCreditEntry[], amount: Money, now?: Date): boolean {
  return amount.amount > 0 && compare(amount, balance(entries, now, amount.currency)) <= 0
}

/** The ledger line for spending credit on an order, or why it cannot be spent. */
export function spendCredit(entries: readonly StoreCreditEntry[], amount: Money, { at, orderId }: { at: Date; orderId?: string }): SpendResult {
  if (amount.amount <= 0) return { ok: false, message: `Enter an amount of store credit to use, more than ${formatMoney(zero(amount.currency))}.` }
  const available = balance(entries, at, amount.currency)
  if (compare(amount, available) > 0) {
    return {
      ok: false,
      message: available.amount === 0 ? 'There is no store credit left to use.' : `Only ${formatMoney(available)} of store credit is left; ${formatMoney(amount)} cannot be used.`,
    }
  }
  const entry: StoreCreditEntry = { kind: 'spend', amount, at, ...(orderId ? { orderId } : {}) }
  return { ok: true, entry, balanceAfter: subtract(available, amount) }
}

/** The entry that writes off credit whose expiry has passed by `now`, or null when there is none. */
export function expireCredit(entries: readonly StoreCreditEntry[], now: Date): StoreCreditEntry | null {
  const currency = currencyOf(entries)
  const expired = replay(entries, currency)
    .filter((lot) => isExpired(lot, now))
    .reduce((total, lot) => add(total, lot.remaining), zero(currency))
  return expired.amount > 0 ? { kind: 'expire', amount: expired, at: now } : null
}
