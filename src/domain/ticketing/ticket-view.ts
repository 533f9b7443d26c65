import { formatMoney, type Money } from '../commerce/money'
import type { Place } from './places'

/**
 * What one ticket shows, as plain data: the PDF (A4 or thermal), the phone view and the
 * will-call list are drawn from it and nothing else, so they always agree.
 */
export interface TicketView {
  /** The signed ticket code (Crockford base32, about 116 characters): the QR code's content. */
  code: string
  /** The 18-digit ticket number: the Code 128 barcode's content, printed grouped under it. */
  number: string
  eventTitle: string
  startsAt: Date
  /** The venue's zone (`Europe/Paris`): the date reads as the clock on the wall there. */
  timeZone: string
  venue?: string
  place: TicketPlace
  /** The tariff and category as sold: `Plein tarif — Catégorie 1`. */
  priceLabel: string
  price: Money
  holderName?: string
  orderReference: string
  delivery: 'e-ticket' | 'will-call'
}

/** Where the ticket's holder goes (places.ts): a seat in a row or at a table, or a standing zone. */
export type TicketPlace = Place

export interface TicketBrand {
  siteName: string
  /** PNG or JPEG bytes. */
  logo?: Buffer
  /** `#rrggbb`: the band behind the site name. */
  primaryColor: string
  /** `#rrggbb` on the band; when absent, black or white, whichever reads better on `primaryColor`. */
  textColor?: string
}

export type TicketLocale = 'fr' | 'en'

/** One labelled line of a ticket: `Place` — `Orchestre · Rang C · Place 12`. */
export interface TicketDetail {
  /** Lets a layout set one apart (the place in bold), whatever the language. */
  key: 'place' | 'tariff' | 'price' | 'holder' | 'order'
  label: string
  value: string
}

const WORDS = {
  fr: {
    row: 'Rang',
    seat: 'Place',
    generalAdmission: 'placement libre',
    at: 'à',
    place: 'Place',
    tariff: 'Tarif',
    price: 'Prix',
    free: 'Gratuit',
    holder: 'Titulaire',
    order: 'Commande',
    number: 'Billet n°',
    qrLabel: 'Code QR du billet, à présenter au contrôle',
    notice: {
      'e-ticket': 'Présentez ce billet à l’entrée, imprimé ou sur votre téléphone. Chaque billet n’est valable que pour une entrée.',
      'will-call': 'Présentez ce billet à l’entrée. Chaque billet n’est valable que pour une entrée.',
    },
  },
  en: {
    row: 'Row',
    seat: 'Seat',
    generalAdmission: 'general admission',
    at: 'at',
    place: 'Place',
    tariff: 'Ticket type',
    price: 'Price',
    free: 'Free',
    holder: 'Holder',
    order: 'Order',
    number: 'Ticket no.',
    qrLabel: 'Ticket QR code, to show at the door',
    notice: {
      'e-ticket': 'Show this ticket at the entrance, printed or on your phone. Each ticket admits one person once.',
      'will-call': 'Show this ticket at the entrance. Each ticket admits one person once.',
    },
  },
} as const

export type TicketWords = (typeof WORDS)[TicketLocale]

export function ticketWords(locale: TicketLocale): TicketWords {
  return WORDS[locale]
}

const intlLocale = (locale: TicketLocale) => (locale === 'en' ? 'en-GB' : 'fr-FR')

/** `Orchestre · Rang C · Place 12`, or `Fosse (placement libre)` for a standing zone. */
export function placeText(view: Pick<TicketView, 'place'>, locale: TicketLocale): string {
  const words = WORDS[locale]
  const { place } = view
  if (place.kind === 'zone') return `${place.zone} (${words.generalAdmission})`
  // At a table the "row" is the table's own label ("Table 4"): no "Rang" before it.
  if (place.atTable) return `${place.section} · ${place.row} · ${words.seat} ${place.seat}`
  return `${place.section} · ${words.row} ${place.row} · ${words.seat} ${place.seat}`
}

/**
 * `samedi 12 décembre 2026 à 20 h 30` (French typography: `1er`, `20 h` on the hour),
 * `Saturday 12 December 2026 at 20:30`, as the clock reads in the venue's time zone.
 */
export function performanceDateText(view: Pick<TicketView, 'startsAt' | 'timeZone'>, locale: TicketLocale): string {
  const parts = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: view.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(view.startsAt)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const hour = String(Number(part('hour')))
  const minute = part('minute')
  if (locale === 'en') return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')} at ${hour.padStart(2, '0')}:${minute}`
  const day = part('day') === '1' ? '1er' : part('day')
  const time = minute === '00' ? `${hour} h` : `${hour} h ${minute}`
  return `${part('weekday')} ${day} ${part('month')} ${part('year')} à ${time}`
}

/** `45,00 €` / `€45.00`; an invitation reads `Gratuit` / `Free` rather than a zero amount. */
export function ticketPriceText(view: Pick<TicketView, 'price'>, locale: TicketLocale): string {
  return view.price.amount === 0 ? WORDS[locale].free : formatMoney(view.price, intlLocale(locale))
}

/** The labelled lines under the event, in the order every ticket prints them; no holder line when unnamed. */
export function ticketDetails(view: TicketView, locale: TicketLocale): TicketDetail[] {
  const words = WORDS[locale]
  const details: TicketDetail[] = [
    { key: 'place', label: words.place, value: placeText(view, locale) },
    { key: 'tariff', label: words.tariff, value: view.priceLabel },
    { key: 'price', label: words.price, value: ticketPriceText(view, locale) },
  ]
  if (view.holderName) details.push({ key: 'holder', label: words.holder, value: view.holderName })
  details.push({ key: 'order', label: words.order, value: view.orderReference })
  return details
}

/** `Tarif : Plein tarif` in French (a no-break space before the colon), `Ticket type: Full price` in English. */
export function detailText(detail: TicketDetail, locale: TicketLocale): string {
  return locale === 'fr' ? `${detail.label}\u00a0: ${detail.value}` : `${detail.label}: ${detail.value}`
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i

/** Throws a message naming the setting, rather than printing a band in some default colour. */
export function assertHexColor(value: string, what: string): void {
  if (!HEX_COLOR.test(value)) throw new RangeError(`${what} must be a colour written #rrggbb, like #1d4ed8, not “${value}”.`)
}

function relativeLuminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The text colour on the brand band: the tenant's if set, else black or white, whichever contrasts more. */
export function bandTextColor(brand: Pick<TicketBrand, 'primaryColor' | 'textColor'>): string {
  assertHexColor(brand.primaryColor, 'The primary colour')
  if (brand.textColor !== undefined) {
    assertHexColor(brand.textColor, 'The text colour')
    return brand.textColor
  }
  return contrastRatio(brand.primaryColor, '#ffffff') >= contrastRatio(brand.primaryColor, '#000000') ? '#ffffff' : '#000000'
}
