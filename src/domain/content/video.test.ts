import { describe, expect, it } from 'vitest'
import { parseVideoUrl } from './video'

const embed = (url: string) => {
  const result = parseVideoUrl(url)
  return result.ok ? result.embedUrl : result.message
}

describe('parseVideoUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://youtu.be/dQw4w9WgXcQ?t=1m30s', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=90'],
    ['youtube.com/shorts/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://m.youtube.com/watch?v=dQw4w9WgXcQ&t=42', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42'],
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'],
    ['https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://vimeo.com/76979871/a1b2c3d4e5', 'https://player.vimeo.com/video/76979871?h=a1b2c3d4e5'],
    ['https://vimeo.com/channels/staffpicks/76979871', 'https://player.vimeo.com/video/76979871'],
    ['https://player.vimeo.com/video/76979871?h=abc123def', 'https://player.vimeo.com/video/76979871?h=abc123def'],
  ])('%s', (url, expected) => expect(embed(url)).toBe(expected))

  it('names the provider and id', () => {
    expect(parseVideoUrl('https://youtu.be/dQw4w9WgXcQ')).toMatchObject({ ok: true, provider: 'youtube', id: 'dQw4w9WgXcQ' })
  })

  it('explains what is wrong with other addresses', () => {
    expect(embed('https://www.dailymotion.com/video/x7')).toBe('Videos from www.dailymotion.com cannot be embedded; use a YouTube or Vimeo address.')
    expect(embed('https://www.youtube.com/watch?v=short')).toMatch(/No YouTube video found/)
    expect(embed('https://vimeo.com/about')).toMatch(/No Vimeo video found/)
    expect(embed('javascript:alert(1)')).toMatch(/not a web address/)
    expect(embed('https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ')).toMatch(/evil\.example cannot be embedded/)
  })
})
