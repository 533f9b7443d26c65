import bwipjs from 'bwip-js/node'
import jsQR from 'jsqr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { encodeTicketCode, generateTicketKeys, ticketNumber } from '../../../src/domain/ticketing/ticket-code'
import { BAR_QUIET_MODULES, barcodeSvg, QR_QUIET_MODULES, qrSvg, ticketBarcode, ticketQr, type QrSymbol } from './barcodes'

const keys = generateTicketKeys()
const code = encodeTicketCode({ tenantId: 12, performanceId: 3_401, ticketId: 208_117, reissue: 0 }, keys.privateKey)
const number = ticketNumber(code)!

/** What a phone camera would do: rasterise the SVG, then find and read the QR code in the pixels. */
async function scanSvg(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).ensureAlpha().raw().toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
}

/**
 * The error correction level written in the symbol's format information (ISO/IEC 18004 § 7.9):
 * 15 bits beside the top-left finder, masked with 101010000010010; the first two are the level.
 */
function errorCorrectionLevel({ size, dark }: QrSymbol): string {
  const at = (x: number, y: number) => (dark[y * size + x] ? 1 : 0)
  const cells = [[0, 8], [1, 8], [2, 8], [3, 8], [4, 8], [5, 8], [7, 8], [8, 8], [8, 7], [8, 5], [8, 4], [8, 3], [8, 2], [8, 1], [8, 0]] as const
  const bits = cells.reduce((value, [x, y]) => (value << 1) | at(x, y), 0) ^ 0b101010000010010
  return ['M', 'L', 'H', 'Q'][bits >> 13]!
}

describe('the QR code of a ticket', () => {
  it('scans back to the signed code, from the SVG the phone shows', async () => {
    expect(code.length).toBeGreaterThan(100)
    expect(await scanSvg(qrSvg(ticketQr(code)))).toBe(code)
  })

  it('is written at error correction M or better, so a scratched or creased ticket still reads', () => {
    expect(['M', 'Q', 'H']).toContain(errorCorrectionLevel(ticketQr(code)))
    // The reader above tells levels apart: the same text forced to L says L.
    const [low] = bwipjs.raw('qrcode', code, 'eclevel=L fixedeclevel') as { pixs: number[]; pixx: number }[]
    expect(errorCorrectionLevel({ size: low!.pixx, dark: low!.pixs.map((pixel) => pixel === 1) })).toBe('L')
  })

  it('keeps a quiet zone of four modules on every side, on white', () => {
    const symbol = ticketQr(code)
    const side = symbol.size + 2 * QR_QUIET_MODULES
    const svg = qrSvg(symbol)
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`)
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`)
    // The finder pattern's top-left corner sits right inside the quiet zone.
    expect(svg).toContain(`d="M${QR_QUIET_MODULES} ${QR_QUIET_MODULES}h7v1h-7z`)
  })

  it('refuses text that is not a ticket code', () => {
    expect(() => ticketQr('https://example.com')).toThrow('upper-case Crockford base32')
  })
})

describe('the Code 128 barcode of a ticket number', () => {
  // Start C, 9 symbols of two digits, the check symbol (each 11 modules), then the 13-module stop.
  it('is Start C, nine digit pairs, a check symbol and Stop: 134 modules', () => {
    const { widths, modules } = ticketBarcode(number)
    expect(modules).toBe(11 * 11 + 13)
    expect(widths.slice(0, 6)).toEqual([2, 1, 1, 2, 3, 2])
    expect(widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2])
    const symbols = Array.from({ length: 11 }, (_, index) => widths.slice(index * 6, index * 6 + 6))
    for (const symbol of symbols) {
      expect(symbol.reduce((sum, width) => sum + width, 0)).toBe(11)
      // Code 128's parity rule: the three bars of a symbol always add up to an even width.
      expect((symbol[0]! + symbol[2]! + symbol[4]!) % 2).toBe(0)
    }
  })

  it('changes with the number, and refuses a number with a wrong check digit', () => {
    const other = ticketNumber(encodeTicketCode({ tenantId: 12, performanceId: 3_401, ticketId: 208_118, reissue: 0 }, keys.privateKey))!
    expect(ticketBarcode(other).widths).not.toEqual(ticketBarcode(number).widths)
    const typo = number.slice(0, -1) + String((Number(number.at(-1)) + 1) % 10)
    expect(() => ticketBarcode(typo)).toThrow(`“${typo}” is not one`)
  })

  it('draws bars as wide as the symbol says, between quiet zones of ten modules', () => {
    const symbol = ticketBarcode(number)
    const svg = barcodeSvg(symbol)
    expect(svg).toContain(`viewBox="0 0 ${symbol.modules + 2 * BAR_QUIET_MODULES} `)
    const bars = [...svg.matchAll(/M(\d+) 0h(\d+)v/g)].map((match) => [Number(match[1]), Number(match[2])])
    expect(bars).toHaveLength(symbol.widths.length / 2 + 0.5)
    expect(bars[0]).toEqual([BAR_QUIET_MODULES, 2])
    const [lastX, lastWidth] = bars.at(-1)!
    expect(lastX! + lastWidth!).toBe(BAR_QUIET_MODULES + symbol.modules)
  })
})
