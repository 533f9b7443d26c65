import { escapeXml } from '../seo/xml'

export interface RssItem {
  title: string
  link: string
  guid: string
  pubDate: Date
  description?: string
  categories?: string[]
}

export interface RssChannel {
  title: string
  /** The site (or blog) the feed belongs to. */
  link: string
  description: string
  /** e.g. `fr-FR` */
  language: string
  /** The feed's own address, for `atom:link rel="self"`; defaults to `<link>/rss.xml`. */
  feedUrl?: string
  items: RssItem[]
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`

/** An RSS 2.0 feed; `pubDate` in RFC 822 (GMT), `lastBuildDate` the newest item's date. */
export function rssFeed({ title, link, description, language, feedUrl, items }: RssChannel): string {
  const self = feedUrl ?? `${link.replace(/\/+$/, '')}/rss.xml`
  const newest = items.reduce<Date | undefined>((latest, item) => (!latest || item.pubDate > latest ? item.pubDate : latest), undefined)
  const itemXml = items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.link),
      `<guid isPermaLink="${item.guid === item.link}">${escapeXml(item.guid)}</guid>`,
      element('pubDate', item.pubDate.toUTCString()),
      item.description ? element('description', item.description) : '',
      ...(item.categories ?? []).map((category) => element('category', category)),
      '</item>',
    ].join(''),
  )
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', title),
    element('link', link),
    element('description', description),
    element('language', language),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', newest.toUTCString())] : []),
    ...itemXml,
    '</channel>',
    '</rss>',
    '',
  ].join('\n')
}
