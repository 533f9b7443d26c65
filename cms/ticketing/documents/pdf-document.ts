// What the ticketing PDFs share: pdfkit's standard Helvetica writes WinAnsi (Windows-1252) only,
// and a document's bytes arrive as a stream.

// The 27 characters WinAnsi puts at 0x80–0x9F; the rest of it is Latin-1.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
// Letters with a stroke have no decomposition to fall back on.
const STROKED: Record<string, string> = { Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', ı: 'i', Ħ: 'H', ħ: 'h' }

const inWinAnsi = (char: string) => {
  const code = char.codePointAt(0)!
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
}

/**
 * Text as Helvetica can print it. Intl's narrow no-break space becomes a no-break space; a letter
 * outside WinAnsi, as in a buyer's name (Dvořák, Łukasz), loses its accent rather than turning
 * into bytes pdfkit would write unreadable.
 */
export function winAnsi(text: string): string {
  return [...text.replace(/\u202f/g, '\u00a0').replace(/[\u2009\u2002\u2003]/g, ' ').replace(/\u2212/g, '-')]
    .map((char) => {
      if (inWinAnsi(char)) return char
      const base = (STROKED[char] ?? char).normalize('NFD').replace(/\p{M}/gu, '')
      return [...base].every(inWinAnsi) ? base : '?'
    })
    .join('')
}

/** The finished document's bytes; call before `pdf.end()`. */
export function pdfBytes(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)))
    pdf.on('error', reject)
  })
}
