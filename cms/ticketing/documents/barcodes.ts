// The two symbols a ticket carries: a QR code of the signed code (what the door scanner verifies
// offline) and a Code 128 barcode of the 18-digit number (for laser scanners and typing by hand).
// bwip-js encodes them; we draw the modules ourselves, once for SVG (phone) and once for pdfkit, so
// both show the very same symbol, with an exact quiet zone, as vectors that stay sharp at any size.

// The default export: in bwip-js's ES module the named `raw` is the "raw" symbology, not the encoder.
import bwipjs from 'bwip-js/node'

import { passesDamm, TICKET_NUMBER_LENGTH } from '../../../src/domain/ticketing/ticket-code'

/** A QR symbol, square, without its quiet zone. */
export interface QrSymbol {
  /** Modules per side: 17 + 4 × version. */
  size: number
  /** Row by row from the top left: true is a dark module. */
  dark: boolean[]
}

/** A linear symbol, without its quiet zones. */
export interface BarSymbol {
  /** Widths in modules, a bar first, then space, bar, … and a bar last. */
  widths: number[]
  /** Sum of `widths`. */
  modules: number
}

/** The quiet zones the standards ask for, in modules: 4 around a QR code, 10 each side of Code 128. */
export const QR_QUIET_MODULES = 4
export const BAR_QUIET_MODULES = 10
/** A barcode's height, in modules: a third of its width or more reads well with a hand scanner. */
export const BAR_HEIGHT_MODULES = 48

/**
 * The QR code of a signed ticket code, at error correction M at least (15 % of the symbol may be
 * damaged); bwip-js raises the level when the symbol's version has room for more.
 */
export function ticketQr(code: string): QrSymbol {
  if (!/^[0-9A-HJKMNP-TV-Z]+$/.test(code)) throw new RangeError(`A ticket code is upper-case Crockford base32; “${code.slice(0, 20)}…” is not one.`)
  const [symbol] = bwipjs.raw('qrcode', code, 'eclevel=M')
  if (!symbol || !('pixs' in symbol)) throw new Error('bwip-js returned no QR matrix.')
  return { size: symbol.pixx, dark: symbol.pixs.map((pixel) => pixel === 1) }
}

/** The Code 128 barcode of a ticket number: all digits, so set C, two digits to a symbol. */
export function ticketBarcode(number: string): BarSymbol {
  if (!new RegExp(`^\\d{${TICKET_NUMBER_LENGTH}}$`).test(number) || !passesDamm(number)) {
    throw new RangeError(`A ticket number is ${TICKET_NUMBER_LENGTH} digits ending with their check digit; “${number}” is not one.`)
  }
  const [symbol] = bwipjs.raw('code128', number, {})
  if (!symbol || !('sbs' in symbol)) throw new Error('bwip-js returned no Code 128 bars.')
  return { widths: symbol.sbs, modules: symbol.sbs.reduce((sum, width) => sum + width, 0) }
}

/** Dark runs of each row, `[x, y, length]` in modules: few rectangles to draw instead of one per module. */
export function qrRuns(symbol: QrSymbol): [number, number, number][] {
  const runs: [number, number, number][] = []
  for (let y = 0; y < symbol.size; y++) {
    let x = 0
    while (x < symbol.size) {
      if (!symbol.dark[y * symbol.size + x]) {
        x++
        continue
      }
      const start = x
      while (x < symbol.size && symbol.dark[y * symbol.size + x]) x++
      runs.push([start, y, x - start])
    }
  }
  return runs
}

/** The bars as `[x, width]` in modules from the first bar. */
export function barRuns(symbol: BarSymbol): [number, number][] {
  const bars: [number, number][] = []
  let x = 0
  symbol.widths.forEach((width, index) => {
    if (index % 2 === 0) bars.push([x, width])
    x += width
  })
  return bars
}

// White behind the symbol so it scans on a dark page or in dark mode; hidden from screen readers,
// the page prints the number as text beside it.
const svg = (width: number, height: number, path: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" shape-rendering="crispEdges" aria-hidden="true" focusable="false">` +
  `<rect width="${width}" height="${height}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`

/** The QR code as SVG, one unit a module, quiet zone included: it scales to whatever box holds it. */
export function qrSvg(symbol: QrSymbol): string {
  const side = symbol.size + 2 * QR_QUIET_MODULES
  const path = qrRuns(symbol)
    .map(([x, y, length]) => `M${x + QR_QUIET_MODULES} ${y + QR_QUIET_MODULES}h${length}v1h-${length}z`)
    .join('')
  return svg(side, side, path)
}

/** The barcode as SVG, one unit a module, quiet zones included. */
export function barcodeSvg(symbol: BarSymbol): string {
  const path = barRuns(symbol)
    .map(([x, width]) => `M${x + BAR_QUIET_MODULES} 0h${width}v${BAR_HEIGHT_MODULES}h-${width}z`)
    .join('')
  return svg(symbol.modules + 2 * BAR_QUIET_MODULES, BAR_HEIGHT_MODULES, path)
}
