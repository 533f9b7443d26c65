import { mailColors, type MailBrand, type MailColors, type RenderedMail } from './brand'
import { escapeHtml, escapeMultiline, httpUrl, singleLine } from './escape'
import { mailLanguage, type MailLanguage } from './wording'

/** A priced row: the label (and its details) on the left, the amount on the right. */
export interface MailRow {
  label: string
  amount: string
  details?: string[]
  /** The row that sums up the table. */
  total?: boolean
}

export interface MailFact {
  label: string
  value: string
}

/**
 * What a message is made of. Every string is plain text: the layout escapes it, so a message
 * cannot forget to, and the same blocks give the HTML part and the text part.
 */
export type MailBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; muted?: boolean }
  | { kind: 'amounts'; title?: string; rows: MailRow[] }
  | { kind: 'facts'; title?: string; facts: MailFact[] }
  | { kind: 'code'; label: string; code: string }
  | { kind: 'quote'; text: string; author?: string }
  | { kind: 'button'; label: string; url: string; fallbackLabel?: string }

export interface MailContent {
  subject: string
  /** The line mail clients show after the subject in the inbox. */
  preheader?: string
  blocks: MailBlock[]
}

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
const TABLE = 'role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"'

function isEmpty(block: MailBlock): boolean {
  return (block.kind === 'amounts' && block.rows.length === 0) || (block.kind === 'facts' && block.facts.length === 0)
}

function htmlTitle(title: string | undefined, colors: MailColors): string {
  if (!title) return ''
  return `<p style="margin:24px 0 8px;font-size:13px;font-weight:bold;text-transform:uppercase;letter-spacing:0.05em;color:${colors.muted}">${escapeHtml(title)}</p>`
}

function htmlAmountRow(row: MailRow, colors: MailColors): string {
  const cell = `padding:8px 0;vertical-align:top;border-top:${row.total ? `2px solid ${colors.primary}` : `1px solid ${colors.border}`}`
  const weight = row.total ? 'font-weight:bold;font-size:17px;' : ''
  const details = (row.details ?? []).map((detail) => `<br><span style="font-size:13px;color:${colors.muted}">${escapeHtml(detail)}</span>`).join('')
  return `<tr><td style="${cell};${weight}">${escapeHtml(row.label)}${details}</td><td align="right" style="${cell};${weight}padding-left:12px;white-space:nowrap">${escapeHtml(row.amount)}</td></tr>`
}

function htmlFact(fact: MailFact, colors: MailColors): string {
  return `<tr><td style="padding:4px 12px 4px 0;vertical-align:top;width:40%;color:${colors.muted}">${escapeHtml(fact.label)}</td><td style="padding:4px 0;vertical-align:top">${escapeMultiline(fact.value)}</td></tr>`
}

function htmlButton(block: Extract<MailBlock, { kind: 'button' }>, colors: MailColors): string {
  const href = escapeHtml(block.url)
  const button = `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0"><tr><td style="background:${colors.primary};border-radius:6px"><a href="${href}" style="display:inline-block;padding:12px 24px;color:${colors.onPrimary};font-weight:bold;text-decoration:none">${escapeHtml(block.label)}</a></td></tr></table>`
  if (!block.fallbackLabel) return button
  return `${button}<p style="margin:0 0 16px;font-size:13px;color:${colors.muted}">${escapeHtml(block.fallbackLabel)}<br><a href="${href}" style="color:${colors.text};word-break:break-all">${href}</a></p>`
}

function htmlBlock(block: MailBlock, colors: MailColors): string {
  switch (block.kind) {
    case 'heading':
      return `<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:${colors.text}">${escapeHtml(block.text)}</h1>`
    case 'paragraph':
      return `<p style="margin:0 0 16px;${block.muted ? `font-size:13px;color:${colors.muted}` : ''}">${escapeMultiline(block.text)}</p>`
    case 'amounts':
      return `${htmlTitle(block.title, colors)}<table ${TABLE} style="border-collapse:collapse;margin:0 0 16px">${block.rows.map((row) => htmlAmountRow(row, colors)).join('')}</table>`
    case 'facts':
      return `${htmlTitle(block.title, colors)}<table ${TABLE} style="border-collapse:collapse;margin:0 0 16px">${block.facts.map((fact) => htmlFact(fact, colors)).join('')}</table>`
    case 'code':
      return `${htmlTitle(block.label, colors)}<table ${TABLE} style="margin:0 0 16px"><tr><td align="center" style="padding:16px;border:2px dashed ${colors.primary};border-radius:6px;font-family:Menlo,Consolas,monospace;font-size:22px;font-weight:bold;letter-spacing:0.1em">${escapeHtml(block.code)}</td></tr></table>`
    case 'quote': {
      const author = block.author ? `<br><span style="font-style:normal;font-size:13px;color:${colors.muted}">— ${escapeHtml(block.author)}</span>` : ''
      return `<table ${TABLE} style="margin:0 0 16px"><tr><td style="padding:8px 16px;border-left:4px solid ${colors.primary};font-style:italic">${escapeMultiline(block.text)}${author}</td></tr></table>`
    }
    case 'button':
      return htmlButton(block, colors)
  }
}

function htmlHeader(brand: MailBrand, colors: MailColors): string {
  const logoUrl = httpUrl(brand.logoUrl)
  const siteName = escapeHtml(brand.siteName)
  const mark = logoUrl
    ? `<img src="${escapeHtml(logoUrl)}" alt="${siteName}" height="48" style="display:block;height:48px;width:auto;border:0">`
    : `<span style="font-size:20px;font-weight:bold;color:${colors.text}">${siteName}</span>`
  const siteUrl = httpUrl(brand.siteUrl)
  const linked = siteUrl ? `<a href="${escapeHtml(siteUrl)}" style="text-decoration:none;color:${colors.text}">${mark}</a>` : mark
  return `<tr><td style="padding:24px 32px;border-top:4px solid ${colors.primary};border-bottom:1px solid ${colors.border}">${linked}</td></tr>`
}

function htmlFooter(brand: MailBrand, colors: MailColors): string {
  const siteUrl = httpUrl(brand.siteUrl)
  const site = siteUrl ? `<a href="${escapeHtml(siteUrl)}" style="color:${colors.muted}">${escapeHtml(brand.siteName)}</a>` : escapeHtml(brand.siteName)
  const footer = brand.footer?.trim() ? `<br>${escapeMultiline(brand.footer)}` : ''
  return `<tr><td style="padding:24px 32px;border-top:1px solid ${colors.border};font-size:12px;line-height:1.5;color:${colors.muted}">${site}${footer}</td></tr>`
}

/** A table-based page with inline styles only: what Outlook, Gmail and phones all render alike. */
function htmlShell(brand: MailBrand, lang: MailLanguage, content: MailContent, subject: string): string {
  const colors = mailColors(brand.colors)
  const body = content.blocks.filter((block) => !isEmpty(block)).map((block) => htmlBlock(block, colors)).join('\n')
  const preheader = content.preheader
    ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(content.preheader)}</div>`
    : ''
  return `<!DOCTYPE html>
<html lang="${lang.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background:${colors.background}">
${preheader}
<table ${TABLE} style="background:${colors.background}"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background:${colors.surface};border-radius:8px;font-family:${FONT};font-size:15px;line-height:1.5;color:${colors.text}">
${htmlHeader(brand, colors)}
<tr><td style="padding:32px">
${body}
</td></tr>
${htmlFooter(brand, colors)}
</table>
</td></tr></table>
</body>
</html>
`
}

function textTitle(title: string | undefined): string[] {
  return title ? [title, '-'.repeat(title.length)] : []
}

function textBlock(block: MailBlock, lang: MailLanguage): string {
  switch (block.kind) {
    case 'heading':
      return `${block.text}\n${'='.repeat(block.text.length)}`
    case 'paragraph':
      return block.text.trim()
    case 'amounts':
      return [
        ...textTitle(block.title),
        ...block.rows.flatMap((row) => [lang.labelled(row.total ? row.label.toUpperCase() : row.label, row.amount), ...(row.details ?? []).map((detail) => `  ${detail}`)]),
      ].join('\n')
    case 'facts':
      return [...textTitle(block.title), ...block.facts.map((fact) => lang.labelled(fact.label, fact.value.trim().replace(/\r?\n/g, '\n  ')))].join('\n')
    case 'code':
      return lang.labelled(block.label, block.code)
    case 'quote':
      return [...block.text.trim().split(/\r?\n/).map((line) => `> ${line}`), ...(block.author ? [`— ${block.author}`] : [])].join('\n')
    case 'button':
      return lang.labelled(block.label, block.url)
  }
}

/** The plain-text part: the same content, readable in any client and by screen readers. */
function textShell(brand: MailBrand, lang: MailLanguage, content: MailContent): string {
  const siteUrl = httpUrl(brand.siteUrl)
  const header = siteUrl ? `${brand.siteName}\n${siteUrl}` : brand.siteName
  const body = content.blocks.filter((block) => !isEmpty(block)).map((block) => textBlock(block, lang))
  const footer = brand.footer?.trim() ? [`--\n${brand.footer.trim()}`] : []
  return `${[header, ...body, ...footer].join('\n\n')}\n`
}

/** Renders a message in the tenant's brand: subject, HTML part and text part. */
export function renderMail(brand: MailBrand, content: MailContent): RenderedMail {
  const lang = mailLanguage(brand)
  const subject = singleLine(content.subject)
  return { subject, html: htmlShell(brand, lang, content, subject), text: textShell(brand, lang, content) }
}
