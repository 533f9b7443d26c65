import { inflateSync } from 'node:zlib'

/** A PDF's streams as text: inflated when compressed, as they are otherwise (`compress: false`). */
export function pdfStreams(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  return [...source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((match) => {
    const raw = Buffer.from(match[1]!, 'latin1')
    try {
      return inflateSync(raw).toString('latin1')
    } catch {
      return raw.toString('latin1')
    }
  })
}

/**
 * The text a PDF shows, one line per TJ operator, the strings of each decoded from WinAnsi as
 * pdfkit writes them with its standard fonts.
 */
export function pdfText(pdf: Buffer): string {
  const decoder = new TextDecoder('windows-1252')
  return pdfStreams(pdf)
    .flatMap((stream) => [...stream.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((tj) => [...tj[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((hex) => decoder.decode(Buffer.from(hex[1]!, 'hex'))).join('')))
    .join('\n')
}
