const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for HTML content and quoted attributes; `&#39;` because old mail clients predate `&apos;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char)
}

/** Escaped text whose line breaks are kept as `<br>`: an address, a footer, a personal message. */
export function escapeMultiline(text: string): string {
  return escapeHtml(text.trim()).replace(/\r\n?|\n/g, '<br>')
}

/** The URL when it is absolute http(s), else undefined: a link in a mail never runs script. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}

/** Like `httpUrl`, for links our own code builds: a wrong one is a bug to surface, not to hide. */
export function requireHttpUrl(value: string, what: string): string {
  const url = httpUrl(value)
  if (!url) throw new RangeError(`${what} must be an absolute http(s) URL such as https://atelier.example/…, not “${value}”.`)
  return url
}

/** One line of text: a subject or a header never carries a line break. */
export function singleLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim()
}
