// E-tickets as pdfkit writes them, one ticket a page: on A4 for the buyer to print at home (one a
// page so each ticket can be forwarded or printed alone), or on an 80 mm roll for the box office's
// thermal printer. Everything shown comes ready from the ticket view; the symbols are vectors.
import PDFDocument from 'pdfkit'

import { formatTicketNumber } from '../../../src/domain/ticketing/ticket-code'
import {
  bandTextColor,
  detailText,
  performanceDateText,
  ticketDetails,
  ticketWords,
  type TicketBrand,
  type TicketLocale,
  type TicketView,
} from '../../../src/domain/ticketing/ticket-view'
import { BAR_QUIET_MODULES, barRuns, QR_QUIET_MODULES, qrRuns, ticketBarcode, ticketQr, type BarSymbol, type QrSymbol } from './barcodes'
import { pdfBytes, winAnsi } from './pdf-document'

export type TicketLayout = 'a4' | 'thermal-80mm'

export interface TicketsPdfOptions {
  locale: TicketLocale
  layout: TicketLayout
}

/** 80 mm in points: the paper roll of box-office thermal printers. */
export const THERMAL_WIDTH = (80 / 25.4) * 72

const INK = '#000000'
const GREY = '#4b5563'
const BORDER = '#9ca3af'

interface Drawing {
  locale: TicketLocale
  brand: TicketBrand
  bandText: string
  /** A data URI: pdfkit keeps one image for a string source, so the logo is embedded once for all pages. */
  logo?: string
}

interface Symbols {
  qr: QrSymbol
  bars: BarSymbol
}

export async function renderTicketsPdf(tickets: readonly TicketView[], brand: TicketBrand, { locale, layout }: TicketsPdfOptions): Promise<Buffer> {
  if (tickets.length === 0) throw new RangeError('There is no ticket to print: give at least one.')
  const drawing: Drawing = { locale, brand, bandText: bandTextColor(brand), logo: brand.logo && logoSource(brand.logo) }
  const title = `${locale === 'fr' ? 'Billets' : 'Tickets'} — ${tickets[0]!.eventTitle}`
  // Encoded first: a bad code or number refuses the document before a page is written.
  const symbols: Symbols[] = tickets.map((view) => ({ qr: ticketQr(view.code), bars: ticketBarcode(view.number) }))
  const pdf = new PDFDocument({ autoFirstPage: false, lang: locale === 'fr' ? 'fr-FR' : 'en-GB', displayTitle: true, info: { Title: winAnsi(title), Author: winAnsi(brand.siteName) } })
  const bytes = pdfBytes(pdf)
  tickets.forEach((view, index) => {
    if (layout === 'a4') drawA4Ticket(pdf, view, symbols[index]!, drawing)
    else drawThermalTicket(pdf, view, symbols[index]!, drawing)
  })
  pdf.end()
  return bytes
}

function logoSource(logo: Buffer): string {
  const png = logo.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  const jpeg = logo[0] === 0xff && logo[1] === 0xd8
  if (!png && !jpeg) throw new RangeError('The logo must be a PNG or JPEG image to go on a ticket.')
  return `data:image/${png ? 'png' : 'jpeg'};base64,${logo.toString('base64')}`
}

/** The largest module size not above `wanted` that is a whole number of printer dots, so modules print even. */
function moduleSize(wanted: number, dpi: number): number {
  const dot = 72 / dpi
  return Math.max(1, Math.floor(wanted / dot)) * dot
}

/** Draws the QR code with its quiet zone from (x, y); returns its side. */
function drawQr(pdf: PDFKit.PDFDocument, qr: QrSymbol, x: number, y: number, module: number): number {
  for (const [column, row, length] of qrRuns(qr)) {
    pdf.rect(x + (column + QR_QUIET_MODULES) * module, y + (row + QR_QUIET_MODULES) * module, length * module, module)
  }
  pdf.fill(INK)
  return (qr.size + 2 * QR_QUIET_MODULES) * module
}

/** Draws the barcode with its quiet zones from (x, y). */
function drawBars(pdf: PDFKit.PDFDocument, bars: BarSymbol, x: number, y: number, module: number, height: number): void {
  for (const [start, width] of barRuns(bars)) pdf.rect(x + (start + BAR_QUIET_MODULES) * module, y, width * module, height)
  pdf.fill(INK)
}

const barsWidth = (bars: BarSymbol, module: number) => (bars.modules + 2 * BAR_QUIET_MODULES) * module

const A4 = {
  margin: 42,
  band: 64,
  padding: 20,
  /** QR side with its quiet zone, at most: about 6 cm, a phone reads it from arm's length. */
  qrSide: 170,
  /** 0.42 mm modules: 65 mm of barcode, in reach of any hand scanner. */
  barModule: 1.2,
  barHeight: 54,
  dpi: 300,
}

function drawA4Ticket(pdf: PDFKit.PDFDocument, view: TicketView, { qr, bars }: Symbols, { locale, brand, bandText, logo }: Drawing): void {
  pdf.addPage({ size: 'A4', margin: A4.margin })
  const left = A4.margin
  const top = A4.margin
  const width = pdf.page.width - 2 * A4.margin
  const inner = left + A4.padding
  const innerWidth = width - 2 * A4.padding
  const text = (value: string, x: number, y: number | undefined, options: PDFKit.Mixins.TextOptions) => pdf.text(winAnsi(value), x, y, options)

  pdf.rect(left, top, width, A4.band).fill(brand.primaryColor)
  let nameX = inner
  if (logo) {
    pdf.image(logo, inner, top + 10, { fit: [120, A4.band - 20], valign: 'center' })
    nameX = inner + 136
  }
  pdf.font('Helvetica-Bold').fontSize(16).fillColor(bandText)
  const lineHeight = pdf.currentLineHeight()
  text(brand.siteName, nameX, top + (A4.band - lineHeight) / 2, { width: left + width - A4.padding - nameX, height: lineHeight, ellipsis: true })

  pdf.fillColor(INK).font('Helvetica-Bold').fontSize(22)
  text(view.eventTitle, inner, top + A4.band + A4.padding, { width: innerWidth })
  pdf.font('Helvetica').fontSize(13).moveDown(0.3)
  text(performanceDateText(view, locale), inner, undefined, { width: innerWidth })
  if (view.venue) text(view.venue, inner, undefined, { width: innerWidth })

  const columnsTop = pdf.y + 18
  const module = moduleSize(A4.qrSide / (qr.size + 2 * QR_QUIET_MODULES), A4.dpi)
  const qrSide = (qr.size + 2 * QR_QUIET_MODULES) * module
  drawQr(pdf, qr, left + width - A4.padding - qrSide + QR_QUIET_MODULES * module, columnsTop, module)
  const detailsWidth = innerWidth - qrSide - 12
  pdf.y = columnsTop + QR_QUIET_MODULES * module
  for (const detail of ticketDetails(view, locale)) {
    pdf.font('Helvetica').fontSize(9).fillColor(GREY)
    text(detail.label.toUpperCase(), inner, undefined, { width: detailsWidth, characterSpacing: 0.5 })
    pdf.font(detail.key === 'place' ? 'Helvetica-Bold' : 'Helvetica').fontSize(detail.key === 'place' ? 15 : 13).fillColor(INK)
    text(detail.value, inner, undefined, { width: detailsWidth })
    pdf.moveDown(0.5)
  }

  const barsTop = Math.max(pdf.y, columnsTop + qrSide) + 12
  drawBars(pdf, bars, left + (width - barsWidth(bars, A4.barModule)) / 2, barsTop, A4.barModule, A4.barHeight)
  pdf.font('Helvetica').fontSize(12).fillColor(INK)
  text(formatTicketNumber(view.number), left, barsTop + A4.barHeight + 6, { width, align: 'center', characterSpacing: 1 })
  pdf.fontSize(10).fillColor(GREY).moveDown(1)
  text(ticketWords(locale).notice[view.delivery], inner, undefined, { width: innerWidth, align: 'center' })

  pdf.rect(left, top, width, pdf.y + A4.padding - top).lineWidth(1).strokeColor(BORDER).stroke()
}

const THERMAL = {
  /** 72 mm printable on an 80 mm roll. */
  margin: 12,
  qrSide: 160,
  dpi: 203,
  /** Three dots of a 203 dpi head: 0.375 mm modules. */
  barDots: 3,
  barHeight: 44,
}

/** A piece of the thermal ticket: measured first, since the page is cut to fit what it holds. */
interface Piece {
  height: number
  draw(y: number): void
}

/** Black only: no band and no logo, which a thermal head would print as grey speckles. */
function drawThermalTicket(pdf: PDFKit.PDFDocument, view: TicketView, { qr, bars }: Symbols, { locale, brand }: Drawing): void {
  const width = THERMAL_WIDTH - 2 * THERMAL.margin
  const pieces: Piece[] = []
  const line = (value: string, font: 'Helvetica' | 'Helvetica-Bold', size: number, after = 2) => {
    const options: PDFKit.Mixins.TextOptions = { width, align: 'center' }
    pdf.font(font).fontSize(size)
    pieces.push({
      height: pdf.heightOfString(winAnsi(value), options) + after,
      draw: (y) => pdf.font(font).fontSize(size).fillColor(INK).text(winAnsi(value), THERMAL.margin, y, options),
    })
  }
  const gap = (height: number) => pieces.push({ height, draw: () => undefined })
  const rule = () =>
    pieces.push({ height: 10, draw: (y) => pdf.moveTo(THERMAL.margin, y + 4).lineTo(THERMAL.margin + width, y + 4).lineWidth(0.75).strokeColor(INK).stroke() })

  line(brand.siteName, 'Helvetica-Bold', 12)
  rule()
  line(view.eventTitle, 'Helvetica-Bold', 14, 4)
  line(performanceDateText(view, locale), 'Helvetica', 10)
  if (view.venue) line(view.venue, 'Helvetica', 10)
  gap(6)
  for (const detail of ticketDetails(view, locale)) {
    if (detail.key === 'place') line(detail.value, 'Helvetica-Bold', 13, 4)
    else line(detailText(detail, locale), detail.key === 'price' ? 'Helvetica-Bold' : 'Helvetica', 9)
  }
  const qrModule = moduleSize(THERMAL.qrSide / (qr.size + 2 * QR_QUIET_MODULES), THERMAL.dpi)
  const qrSide = (qr.size + 2 * QR_QUIET_MODULES) * qrModule
  pieces.push({ height: qrSide, draw: (y) => drawQr(pdf, qr, (THERMAL_WIDTH - qrSide) / 2, y, qrModule) })
  const barModule = (THERMAL.barDots * 72) / THERMAL.dpi
  pieces.push({ height: THERMAL.barHeight + 4, draw: (y) => drawBars(pdf, bars, (THERMAL_WIDTH - barsWidth(bars, barModule)) / 2, y, barModule, THERMAL.barHeight) })
  line(formatTicketNumber(view.number), 'Helvetica', 10)
  rule()
  line(ticketWords(locale).notice[view.delivery], 'Helvetica', 8)

  const height = pieces.reduce((sum, piece) => sum + piece.height, 2 * THERMAL.margin)
  // No page margin: the pieces were measured to fit, and pdfkit must not break onto a new page.
  pdf.addPage({ size: [THERMAL_WIDTH, height], margin: 0 })
  let y = THERMAL.margin
  for (const piece of pieces) {
    piece.draw(y)
    y += piece.height
  }
}
