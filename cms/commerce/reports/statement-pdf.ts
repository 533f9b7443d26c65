// A seller's monthly statement on A4, as pdfkit writes it: no browser, the standard Helvetica
// (WinAnsi covers French accents and €). The words and figures come ready from statementDocument.
import PDFDocument from 'pdfkit'

import type { StatementDocument } from '../../../src/domain/reports/statement-document'

const MARGIN = 50
const GREY = '#555555'
/** The detail table's columns, in points, on the 495 pt between the margins. */
const COLUMNS = [62, 78, 80, 160, 45, 70]

/** WinAnsi has the no-break space but not the narrow one Intl puts in French amounts. */
const winAnsi = (text: string) => text.replace(/\u202f/g, '\u00a0')

/** `compress: false` leaves the text readable in the file, for tests. */
export async function statementPdf(doc: StatementDocument, { compress = true }: { compress?: boolean } = {}): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, compress, lang: 'fr-FR', displayTitle: true, info: { Title: winAnsi(`${doc.title} — ${doc.party[0]}`), Author: winAnsi(doc.tenantName) } })
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
  const width = pdf.page.width - 2 * MARGIN
  const text = (value: string, options: PDFKit.Mixins.TextOptions = {}) => pdf.text(winAnsi(value), options)

  pdf.font('Helvetica-Bold').fontSize(16)
  text(doc.tenantName)
  pdf.fontSize(13).moveDown(0.3)
  text(doc.title)
  pdf.font('Helvetica').fontSize(10).moveDown(0.8)
  for (const line of doc.party) text(line)
  pdf.moveDown(0.6)
  text(doc.period)
  pdf.fillColor(GREY)
  text(doc.generated)
  pdf.fillColor('black').moveDown(1)

  for (const row of doc.summary) {
    const y = pdf.y
    const indent = row.indent ? 14 : 0
    pdf.font(row.strong ? 'Helvetica-Bold' : 'Helvetica').fillColor(row.indent ? GREY : 'black')
    pdf.text(winAnsi(row.label), MARGIN + indent, y, { width: width - 120 - indent })
    pdf.text(winAnsi(row.value), MARGIN + width - 120, y, { width: 120, align: 'right' })
    pdf.moveDown(0.25)
  }
  pdf.fillColor('black').font('Helvetica-Bold').fontSize(11).moveDown(0.6)
  text(doc.payout, { width })

  pdf.font('Helvetica-Bold').fontSize(12).moveDown(1.2)
  text(doc.detailTitle, { width })
  pdf.fontSize(8.5).moveDown(0.4)
  tableRow(pdf, doc.columns, true)
  pdf.font('Helvetica')
  if (doc.empty) text(doc.empty, { width })
  for (const row of doc.rows) {
    if (pdf.y > pdf.page.height - MARGIN - 30) {
      pdf.addPage()
      tableRow(pdf, doc.columns, true)
      pdf.font('Helvetica')
    }
    tableRow(pdf, row, false)
  }
  pdf.end()
  return done
}

/** One row of the detail: the last column (amounts) aligned right; the row as tall as its tallest cell. */
function tableRow(pdf: PDFKit.PDFDocument, cells: readonly string[], header: boolean) {
  const y = pdf.y
  if (header) pdf.font('Helvetica-Bold')
  let x = MARGIN
  let bottom = y
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]!
    pdf.text(winAnsi(cell), x, y, { width: width - 4, align: index === cells.length - 1 ? 'right' : 'left' })
    bottom = Math.max(bottom, pdf.y)
    x += width
  })
  pdf.x = MARGIN
  pdf.y = bottom + 2
  if (header) {
    pdf.moveTo(MARGIN, pdf.y).lineTo(x, pdf.y).lineWidth(0.5).strokeColor(GREY).stroke()
    pdf.y += 3
  }
}
