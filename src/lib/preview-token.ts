// Signed links that let an editor see a draft on the real themed site. The token binds the
// tenant, collection and document, and expires, so a leaked link cannot open other drafts.
import { createHmac, timingSafeEqual } from 'node:crypto'

type PreviewTarget = { tenant: string | number; collection: string; id: string | number }

const sign = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('base64url')

export function createPreviewToken(target: PreviewTarget, secret: string, now = Date.now(), ttlMs = 2 * 60 * 60 * 1000): string {
  const expires = Math.floor((now + ttlMs) / 1000)
  const payload = `${target.tenant}.${target.collection}.${target.id}.${expires}`
  return `${expires}.${sign(secret, payload)}`
}

export function verifyPreviewToken(token: string, target: PreviewTarget, secret: string, now = Date.now()): boolean {
  const [expiresText, signature] = token.split('.')
  const expires = Number(expiresText)
  if (!signature || !Number.isInteger(expires) || expires * 1000 < now) return false
  const expected = Buffer.from(sign(secret, `${target.tenant}.${target.collection}.${target.id}.${expires}`))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
