export interface Publishable {
  /** Payload's draft status; absent on collections without drafts. */
  _status?: 'draft' | 'published' | null
  publishedAt?: Date | string | null
}

/** Visible on the public site: published, and its publication date (if any) reached. */
export function isPublishedNow({ _status, publishedAt }: Publishable, now: Date = new Date()): boolean {
  if (_status === 'draft') return false
  if (publishedAt === null || publishedAt === undefined || publishedAt === '') return true
  const date = new Date(publishedAt)
  // An unreadable date must not publish early.
  if (Number.isNaN(date.getTime())) return false
  return date.getTime() <= now.getTime()
}
