// Whether a buyer may return tickets, and what comes back: the organizer's policy (allowed or not,
// until how long before the performance, a fee kept per ticket), applied to the tickets chosen.
// Pure; amounts in integer cents.
import { money, subtract, sum, type Currency, type Money } from '../commerce/money'

export interface ReturnPolicy {
  allowed: boolean
  /** Returns close this many hours before the performance starts. */
  untilHoursBefore: number
  /** Kept on each ticket returned (never more than the ticket cost). */
  feePerTicket: number
}

export interface ReturnedTicket {
  id: number | string
  amount: number
  state: 'valid' | 'refunded' | 'cancelled'
  admitted: boolean
}

export type ReturnQuote =
  | { ok: true; refund: Money; feeKept: Money }
  | { ok: false; reason: 'not-allowed' | 'too-late' | 'none-chosen' | 'not-returnable'; message: string; fr: string }

export function quoteReturn(policy: ReturnPolicy, tickets: readonly ReturnedTicket[], startsAt: Date, now: Date, currency: Currency = 'EUR'): ReturnQuote {
  if (!policy.allowed) return { ok: false, reason: 'not-allowed', message: 'Tickets for this event cannot be returned.', fr: 'Les billets de cet événement ne sont ni repris ni échangés.' }
  const closes = new Date(startsAt.getTime() - policy.untilHoursBefore * 3600_000)
  if (now >= closes) {
    return { ok: false, reason: 'too-late', message: `Returns closed ${policy.untilHoursBefore} hours before the performance.`, fr: `Les retours sont clos ${policy.untilHoursBefore} heures avant la représentation.` }
  }
  if (tickets.length === 0) return { ok: false, reason: 'none-chosen', message: 'Choose the tickets to return.', fr: 'Choisissez les billets à rendre.' }
  const unusable = tickets.find((ticket) => ticket.state !== 'valid' || ticket.admitted)
  if (unusable) return { ok: false, reason: 'not-returnable', message: 'A ticket already used, refunded or cancelled cannot be returned.', fr: 'Un billet déjà utilisé, remboursé ou annulé ne peut pas être rendu.' }
  const fees = tickets.map((ticket) => money(Math.min(ticket.amount, Math.max(0, policy.feePerTicket)), currency))
  const paid = sum(tickets.map((ticket) => money(ticket.amount, currency)), currency)
  const feeKept = sum(fees, currency)
  return { ok: true, refund: subtract(paid, feeKept), feeKept }
}
