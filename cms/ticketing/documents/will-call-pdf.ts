// The will-call list on A4 for the box office: who collects what, alphabetical under letter
// headings, with a box to tick as each buyer is served. The rows come ready from willCallList.
import PDFDocument from 'pdfkit'

import { assertHexColor, performanceDateText, type TicketBrand, type TicketLocale } from '../../../src/domain/ticketing/ticket-view'
import type { WillCallGroup, WillCallRow } from '../../../src/domain/ticketing/will-call'
import { pdfBytes, winAnsi } from './pdf-document'

export interface WillCallPdfOptions {
  locale: TicketLocale
  /** The event's title. */
  title: string
  startsAt: Date
  timeZone: string
}

const WORDS = {
  fr: {
    heading: 'Billets à retirer',
    columns: ['', 'Nom', 'Commande', 'Billets', 'Places'],
    summary: (orders: number, tickets: number) => `${orders} ${orders > 1 ? 'commandes' : 'commande'}, ${tickets} ${tickets > 1 ? 'billets' : 'billet'} à remettre`,
    empty: 'Aucun billet à retirer au guichet pour cette séance.',
    page: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  },
  en: {
    heading: 'Will-call list',
    columns: ['', 'Name', 'Order', 'Tickets', 'Places'],
    summary: (orders: number, tickets: number) => `${orders} ${orders === 1 ? 'order' : 'orders'}, ${tickets} ${tickets === 1 ? 'ticket' : 'tickets'} to hand over`,
    empty: 'No tickets are waiting at the box office for this performance.',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
} as const

const MARGIN = 40
const GREY = '#4b5563'
const RULE = '#d1d5db'
/** Tick box, name, order, tickets, places: 515 pt between the margins of A4. */
const COLUMNS = [24, 170, 90, 45, 186]
const COLUMN_X = COLUMNS.map((_, index) => MARGIN + COLUMNS.slice(0, index).reduce((sum, column) => sum + column, 0))
const TABLE_WIDTH = COLUMNS.reduce((sum, column) => sum + column, 0)
const BOX = 10

export async function renderWillCallListPdf(groups: readonly WillCallGroup[], brand: TicketBrand, { locale, title, startsAt, timeZone }: WillCallPdfOptions): Promise<Buffer> {
  assertHexColor(brand.primaryColor, 'The primary colour')
  const words = WORDS[locale]
  // Buffered pages: "page 2 of 3" is written once the last page exists.
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, lang: locale === 'fr' ? 'fr-FR' : 'en-GB', displayTitle: true, info: { Title: winAnsi(`${words.heading} — ${title}`), Author: winAnsi(brand.siteName) } })
  const bytes = pdfBytes(pdf)
  const width = pdf.page.width - 2 * MARGIN
  const bottom = pdf.page.height - MARGIN - 20
  const text = (value: string, x: number, y: number | undefined, options: PDFKit.Mixins.TextOptions) => pdf.text(winAnsi(value), x, y, options)

  pdf.font('Helvetica').fontSize(10).fillColor(GREY)
  text(brand.siteName, MARGIN, MARGIN, { width })
  pdf.font('Helvetica-Bold').fontSize(18).fillColor('black')
  text(`${words.heading} — ${title}`, MARGIN, undefined, { width })
  pdf.font('Helvetica').fontSize(12).moveDown(0.2)
  text(performanceDateText({ startsAt, timeZone }, locale), MARGIN, undefined, { width })
  const rows = groups.flatMap((group) => group.rows)
  pdf.fontSize(10).fillColor(GREY).moveDown(0.2)
  text(words.summary(rows.length, rows.reduce((sum, row) => sum + row.ticketCount, 0)), MARGIN, undefined, { width })
  pdf.moveTo(MARGIN, pdf.y + 6).lineTo(MARGIN + width, pdf.y + 6).lineWidth(2).strokeColor(brand.primaryColor).stroke()
  pdf.y += 16

  if (rows.length === 0) {
    pdf.font('Helvetica').fontSize(12).fillColor('black')
    text(words.empty, MARGIN, undefined, { width })
  } else {
    header(pdf, words.columns)
  }
  for (const group of groups) {
    // A letter never sits alone at the foot of a page.
    if (pdf.y + 24 + rowHeight(pdf, group.rows[0]!) > bottom) newPage(pdf, words.columns)
    pdf.font('Helvetica-Bold').fontSize(13).fillColor('black')
    text(group.letter, MARGIN, pdf.y + 4, { width })
    pdf.y += 2
    for (const row of group.rows) {
      if (pdf.y + rowHeight(pdf, row) > bottom) newPage(pdf, words.columns)
      drawRow(pdf, row, locale)
    }
  }

  const { start, count } = pdf.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index)
    pdf.font('Helvetica').fontSize(8).fillColor(GREY)
    // Drawn inside the bottom margin: without lineBreak pdfkit does not open a new page for it.
    text(words.page(index - start + 1, count), MARGIN, pdf.page.height - MARGIN - 10, { width, align: 'right', lineBreak: false })
  }
  pdf.end()
  return bytes
}

function newPage(pdf: PDFKit.PDFDocument, columns: readonly string[]): void {
  pdf.addPage()
  header(pdf, columns)
}

function header(pdf: PDFKit.PDFDocument, columns: readonly string[]): void {
  const y = pdf.y
  pdf.font('Helvetica-Bold').fontSize(9).fillColor(GREY)
  columns.forEach((column, index) => pdf.text(winAnsi(column), COLUMN_X[index]!, y, { width: COLUMNS[index]! - 6, align: index === 3 ? 'right' : 'left' }))
  pdf.y = y + 14
  pdf.moveTo(MARGIN, pdf.y).lineTo(MARGIN + TABLE_WIDTH, pdf.y).lineWidth(0.75).strokeColor(GREY).stroke()
  pdf.y += 4
}

const nameText = (row: WillCallRow) => `${row.familyName.toLocaleUpperCase('fr')} ${row.givenName}`.trim()

/** The row's height: its tallest cell (name over e-mail, or the list of places), plus padding. */
function rowHeight(pdf: PDFKit.PDFDocument, row: WillCallRow): number {
  pdf.font('Helvetica-Bold').fontSize(10)
  const name = pdf.heightOfString(winAnsi(nameText(row)), { width: COLUMNS[1]! - 6 })
  pdf.font('Helvetica').fontSize(8)
  const email = pdf.heightOfString(winAnsi(row.email), { width: COLUMNS[1]! - 6 })
  pdf.fontSize(9)
  const places = pdf.heightOfString(winAnsi(row.places.join('\n')), { width: COLUMNS[4]! })
  return Math.max(name + email, places, BOX) + 10
}

function drawRow(pdf: PDFKit.PDFDocument, row: WillCallRow, locale: TicketLocale): void {
  const top = pdf.y
  const height = rowHeight(pdf, row)
  const y = top + 5
  const [box, name, order, count, places] = COLUMN_X as [number, number, number, number, number]
  pdf.rect(box, y, BOX, BOX).lineWidth(0.75).strokeColor('black').stroke()
  pdf.font('Helvetica-Bold').fontSize(10).fillColor('black')
  pdf.text(winAnsi(nameText(row)), name, y, { width: COLUMNS[1]! - 6 })
  pdf.font('Helvetica').fontSize(8).fillColor(GREY)
  pdf.text(winAnsi(row.email), name, undefined, { width: COLUMNS[1]! - 6 })
  pdf.fontSize(10).fillColor('black')
  pdf.text(winAnsi(row.orderReference), order, y, { width: COLUMNS[2]! - 6 })
  pdf.font('Helvetica-Bold')
  pdf.text(row.ticketCount.toLocaleString(locale), count, y, { width: COLUMNS[3]! - 6, align: 'right' })
  pdf.font('Helvetica').fontSize(9)
  pdf.text(winAnsi(row.places.join('\n')), places, y, { width: COLUMNS[4]! })
  pdf.y = top + height
  pdf.moveTo(MARGIN, pdf.y).lineTo(MARGIN + TABLE_WIDTH, pdf.y).lineWidth(0.5).strokeColor(RULE).stroke()
}
