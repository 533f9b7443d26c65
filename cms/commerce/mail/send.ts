import type { Payload } from 'payload'

import type { MailBrand, RenderedMail } from '../../../src/domain/mail'
import { mediaUrl } from '../../../src/lib/images'
import { tenantOrigin } from '../../../src/lib/platform'
import { relationId } from '../../relation-id'
import type { Shop } from '../shop'

type Id = number | string

/** The tenant's look in mail: its name, logo, colours and footer; links go to the site the buyer used. */
export function mailBrand(shop: Shop, siteOrigin?: string | null): MailBrand {
  const siteUrl = siteOrigin || tenantOrigin(shop.tenant.slug)
  const logoId = relationId(shop.site.logo)
  const colors = shop.site.colors ?? {}
  return {
    siteName: shop.tenant.name,
    siteUrl,
    ...(logoId !== undefined ? { logoUrl: `${siteUrl}${mediaUrl({ id: logoId }, 320, 'jpeg')}` } : {}),
    colors: { primary: colors.primary ?? '#1f2937', ...(colors.text ? { text: colors.text } : {}), ...(colors.background ? { background: colors.background } : {}) },
    ...(shop.settings.mailFooter ? { footer: shop.settings.mailFooter } : {}),
  }
}

/**
 * Sends one mail in the tenant's name and keeps a copy in the outbox (what the demo shows, and
 * what support checks). A delivery failure is recorded on the copy, never thrown: a sale does not
 * fail because a mail server is down.
 */
export async function sendShopMail(
  payload: Payload,
  shop: Shop,
  { to, kind, mail, orderId }: { to: string; kind: string; mail: RenderedMail; orderId?: Id },
): Promise<{ sent: boolean }> {
  const address = process.env.MAIL_FROM_ADDRESS ?? 'no-reply@vitrine.localhost'
  const name = (shop.settings.senderName || shop.tenant.name).replace(/["\r\n]/g, '')
  let error: string | undefined
  try {
    await payload.sendEmail({
      from: `"${name}" <${address}>`,
      to,
      ...(shop.settings.replyTo ? { replyTo: shop.settings.replyTo } : {}),
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
    })
  } catch (cause) {
    error = cause instanceof Error ? cause.message : String(cause)
    payload.logger.error({ msg: `Mail “${mail.subject}” to ${to} failed: ${error}` })
  }
  await payload.create({
    collection: 'outbox',
    data: { tenant: shop.tenant.id, to, subject: mail.subject, kind, text: mail.text, html: mail.html, ...(orderId ? { order: orderId as number } : {}), ...(error ? { error } : {}) },
    overrideAccess: true,
    depth: 0,
  })
  return { sent: !error }
}
