export type VideoProvider = 'youtube' | 'vimeo'

export type VideoResult =
  | { ok: true; provider: VideoProvider; id: string; embedUrl: string; startSeconds?: number }
  | { ok: false; message: string }

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'music.youtube.com', 'youtube-nocookie.com', 'www.youtube-nocookie.com'])
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/
const YOUTUBE_PATH = /^\/(?:embed|shorts|live|v)\/([^/]+)/
const VIMEO_HOSTS = new Set(['vimeo.com', 'www.vimeo.com', 'player.vimeo.com'])
const VIMEO_HASH = /^[0-9a-f]{6,}$/i

/** `90`, `90s`, `1m30s`, `1h2m3s` → seconds. */
function parseStart(value: string | null): number | undefined {
  if (!value) return undefined
  const match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/.exec(value)
  if (!match) return undefined
  const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0)
  return seconds > 0 ? seconds : undefined
}

function youtube(url: URL): VideoResult {
  const id = url.hostname === 'youtu.be' ? url.pathname.slice(1).split('/')[0] : url.pathname === '/watch' ? url.searchParams.get('v') : YOUTUBE_PATH.exec(url.pathname)?.[1]
  if (!id || !YOUTUBE_ID.test(id)) {
    return { ok: false, message: `No YouTube video found in “${url.href}”; copy the address shown by the video's Share button.` }
  }
  const startSeconds = parseStart(url.searchParams.get('t') ?? url.searchParams.get('start'))
  // youtube-nocookie sets no tracking cookie until the visitor plays the video.
  const embedUrl = `https://www.youtube-nocookie.com/embed/${id}${startSeconds ? `?start=${startSeconds}` : ''}`
  return { ok: true, provider: 'youtube', id, embedUrl, ...(startSeconds ? { startSeconds } : {}) }
}

function vimeo(url: URL): VideoResult {
  const parts = url.pathname.split('/').filter(Boolean)
  const at = parts.findIndex((part) => /^\d+$/.test(part))
  if (at === -1) return { ok: false, message: `No Vimeo video found in “${url.href}”; copy the address of the video page.` }
  const id = parts[at]!
  // Unlisted videos need their privacy hash: vimeo.com/<id>/<hash> or ?h=<hash>.
  const hash = url.searchParams.get('h') ?? (parts[at + 1] && VIMEO_HASH.test(parts[at + 1]!) ? parts[at + 1] : undefined)
  const embedUrl = `https://player.vimeo.com/video/${id}${hash ? `?h=${encodeURIComponent(hash)}` : ''}`
  return { ok: true, provider: 'vimeo', id, embedUrl }
}

/** Turns a YouTube or Vimeo address an editor pasted into the embed address we frame. */
export function parseVideoUrl(input: string): VideoResult {
  const text = input.trim()
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`)
  } catch {
    return { ok: false, message: `“${text}” is not a web address; paste the address of a YouTube or Vimeo video.` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: `“${text}” is not a web address; paste the address of a YouTube or Vimeo video.` }
  }
  const host = url.hostname.toLowerCase()
  if (host === 'youtu.be' || YOUTUBE_HOSTS.has(host)) return youtube(url)
  if (VIMEO_HOSTS.has(host)) return vimeo(url)
  return { ok: false, message: `Videos from ${host} cannot be embedded; use a YouTube or Vimeo address.` }
}
