import type { MailBrand, RenderedMail } from './brand'
import { httpUrl, requireHttpUrl } from './escape'
import { renderMail, type MailBlock } from './layout'
import type { GiftCardNotice, PasswordResetNotice } from './receipt'
import { mailLanguage } from './wording'

/** A customer account's password reset on the tenant's site; the link is also printed for clients that hide buttons. */
export function passwordResetMail(brand: MailBrand, notice: PasswordResetNotice): RenderedMail {
  const { words } = mailLanguage(brand)
  const reset = words.passwordReset
  return renderMail(brand, {
    subject: reset.subject(brand.siteName),
    preheader: reset.intro(brand.siteName),
    blocks: [
      { kind: 'heading', text: reset.heading },
      { kind: 'paragraph', text: words.greeting(notice.name) },
      { kind: 'paragraph', text: reset.intro(brand.siteName) },
      { kind: 'button', label: reset.button, url: requireHttpUrl(notice.resetUrl, 'The password reset link'), fallbackLabel: reset.linkFallback },
      { kind: 'paragraph', text: reset.notYou, muted: true },
    ],
  })
}

/** A gift card sold or sent: the amount, the giver's message, and the code to enter at checkout. */
export function giftCardMail(brand: MailBrand, card: GiftCardNotice): RenderedMail {
  const lang = mailLanguage(brand)
  const { words } = lang
  const siteUrl = httpUrl(brand.siteUrl)
  const message: MailBlock[] = card.message?.trim() ? [{ kind: 'quote', text: card.message, ...(card.from ? { author: card.from } : {}) }] : []
  return renderMail(brand, {
    subject: words.giftCard.subject(brand.siteName, card.from),
    preheader: words.giftCard.intro(lang.money(card.amount), brand.siteName),
    blocks: [
      { kind: 'heading', text: words.giftCard.heading(card.from) },
      { kind: 'paragraph', text: words.giftCard.intro(lang.money(card.amount), brand.siteName) },
      ...message,
      { kind: 'code', label: words.yourCode, code: card.code },
      ...(card.expiresAt ? [{ kind: 'facts', facts: [{ label: words.validUntil, value: lang.day(card.expiresAt) }] } satisfies MailBlock] : []),
      { kind: 'paragraph', text: words.howToUseCode(brand.siteName) },
      ...(siteUrl ? [{ kind: 'button', label: words.giftCard.visit(brand.siteName), url: siteUrl } satisfies MailBlock] : []),
    ],
  })
}
