import { describe, expect, it } from 'vitest'

import { centsCell, csvCell, toCsv } from './csv'

describe('CSV', () => {
  it('quotes commas, quotes, line breaks and padded text, and leaves plain text alone', () => {
    expect(csvCell('Martin, Claire')).toBe('"Martin, Claire"')
    expect(csvCell('Le "Brume"')).toBe('"Le ""Brume"""')
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"')
    expect(csvCell(' espace')).toBe('" espace"')
    expect(csvCell('Léa')).toBe('Léa')
    expect(csvCell(null)).toBe('')
    expect(csvCell(12)).toBe('12')
  })

  it('defuses cells that a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x","clic")')).toBe(`"'=HYPERLINK(""http://x"",""clic"")"`)
    expect(csvCell('+33 6 12')).toBe("'+33 6 12")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  })

  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [2, null]])).toBe('\uFEFFa,b\r\n1,x\r\n2,\r\n')
  })

  it('writes cents as exact decimals', () => {
    expect(centsCell(123456)).toBe('1234.56')
    expect(centsCell(5)).toBe('0.05')
    expect(centsCell(-1050)).toBe('-10.50')
    expect(centsCell(0)).toBe('0.00')
  })
})
