import { contrastingTextColor, contrastRatio, normalizeHexColor } from '../css/brand-css'

export type MailLocale = 'fr' | 'en'

/** How a tenant's mails look and speak; built by the caller from the tenant's settings. */
export interface MailBrand {
  siteName: string
  /** The public site, e.g. `https://atelier.example`. */
  siteUrl: string
  /** An absolute http(s) URL; the site name is shown instead when missing or not http(s). */
  logoUrl?: string
  /** CSS hex colours like `#1d4ed8`; anything else falls back to the default. */
  colors: { primary: string; text?: string; background?: string }
  /** Plain text (address, legal mention); line breaks are kept. */
  footer?: string
  /** `fr` by default. */
  locale?: MailLocale
  /** IANA time zone for dates in mails; `Europe/Paris` by default. */
  timeZone?: string
}

export interface RenderedMail {
  subject: string
  html: string
  text: string
}

export interface MailColors {
  primary: string
  /** Text on a primary-coloured button. */
  onPrimary: string
  text: string
  muted: string
  /** Around the message. */
  background: string
  /** Behind the message itself. */
  surface: string
  border: string
}

export const DEFAULT_MAIL_COLORS = { primary: '#1d4ed8', text: '#1f2937', background: '#f4f4f5' } as const

const SURFACE = '#ffffff'
// WCAG AA for body text: a brand text colour that is unreadable on the white message is ignored.
const MIN_TEXT_CONTRAST = 4.5

/** Only plain hex colours reach the mail, so a brand setting can never inject CSS. */
export function mailColors(colors: MailBrand['colors']): MailColors {
  const primary = normalizeHexColor(colors.primary ?? '') ?? DEFAULT_MAIL_COLORS.primary
  const text = normalizeHexColor(colors.text ?? '')
  return {
    primary,
    onPrimary: contrastingTextColor(primary),
    text: text && contrastRatio(text, SURFACE) >= MIN_TEXT_CONTRAST ? text : DEFAULT_MAIL_COLORS.text,
    muted: '#6b7280',
    background: normalizeHexColor(colors.background ?? '') ?? DEFAULT_MAIL_COLORS.background,
    surface: SURFACE,
    border: '#e5e7eb',
  }
}
