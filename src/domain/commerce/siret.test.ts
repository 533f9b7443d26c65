import { describe, expect, it } from 'vitest'
import { formatSiret, LA_POSTE_SIREN, passesLuhn, siretSchema, validateSiren, validateSiret } from './siret'
import { randomInt } from './test-random'

/** Independent Luhn check digit, written differently from the module: the digit that makes the total a multiple of 10. */
function luhnComplete(prefix: string): string {
  for (let check = 0; check <= 9; check++) {
    const candidate = `${prefix}${check}`
    const total = [...candidate].reverse().reduce((acc, char, index) => {
      const doubled = index % 2 === 1 ? Number(char) * 2 : Number(char)
      return acc + Math.floor(doubled / 10) + (doubled % 10)
    }, 0)
    if (total % 10 === 0) return candidate
  }
  throw new Error('unreachable')
}

const randomDigits = (length: number) => Array.from({ length }, () => String(randomInt(0, 9))).join('')
const digitSum = (s: string) => [...s].reduce((acc, c) => acc + Number(c), 0)

function refused(input: string): string {
  const result = validateSiret(input)
  if (result.ok) throw new Error(`expected ${input} to be refused`)
  return result.message
}

describe('validateSiret', () => {
  it('accepts real-format SIRETs, with or without spaces', () => {
    const siret = luhnComplete('7328293200007')
    expect(validateSiret(siret)).toEqual({ ok: true, siret })
    expect(validateSiret(` ${formatSiret(siret)} `)).toEqual({ ok: true, siret })
    expect(validateSiret('552\u00a0081\u00a0317\u00a066522')).toEqual({ ok: true, siret: '55208131766522' })
  })

  it('refuses a wrong check digit, showing the number as on a Kbis', () => {
    expect(refused('732 829 320 00075')).toBe('The SIRET 732 829 320 00075 has a wrong check digit: check it on your Kbis or at annuaire-entreprises.data.gouv.fr.')
  })

  it('accepts every Luhn-valid SIRET and refuses every single-digit typo, over many numbers', () => {
    for (let i = 0; i < 500; i++) {
      const siret = luhnComplete(randomDigits(13))
      if (/^0+$/.test(siret) || siret.startsWith(LA_POSTE_SIREN)) continue
      expect(validateSiret(siret)).toEqual({ ok: true, siret })
      const position = randomInt(0, 13)
      const typo = `${siret.slice(0, position)}${(Number(siret[position]) + randomInt(1, 9)) % 10}${siret.slice(position + 1)}`
      expect(validateSiret(typo).ok).toBe(false)
    }
  })

  it('follows the La Poste exception: digit sum a multiple of 5 instead of Luhn', () => {
    expect(validateSiret('356 000 000 00048')).toEqual({ ok: true, siret: '35600000000048' }) // head office, passes Luhn
    const establishment = '35600000000010' // digit sum 15, fails Luhn
    expect(passesLuhn(establishment)).toBe(false)
    expect(validateSiret(establishment)).toEqual({ ok: true, siret: establishment })
    const notMultipleOf5 = '35600000000011' // digit sum 16, fails Luhn too
    expect(passesLuhn(notMultipleOf5)).toBe(false)
    expect(validateSiret(notMultipleOf5).ok).toBe(false)
    // The same digit sum outside La Poste's SIREN is no excuse.
    expect(digitSum('35700000000019')).toBe(25)
    expect(passesLuhn('35700000000019')).toBe(false)
    expect(validateSiret('35700000000019').ok).toBe(false)
  })

  it('checks every La Poste establishment number by its digit sum', () => {
    for (let nic = 0; nic < 2000; nic++) {
      const siret = `${LA_POSTE_SIREN}${String(nic).padStart(5, '0')}`
      expect(validateSiret(siret).ok).toBe(digitSum(siret) % 5 === 0 || passesLuhn(siret))
    }
  })

  it('says what is wrong with the input', () => {
    expect(refused('')).toMatch(/^Enter your SIRET: the 14 digits on your Kbis/)
    expect(refused('732 829 320')).toBe('A SIRET has 14 digits; “732 829 320” has 9. This looks like a SIREN: add the 5 digits of your establishment (NIC) after it.')
    expect(refused('7328293200007')).toMatch(/has 13\.$/)
    expect(refused('732-829-320-00074')).toMatch(/contains “-”; a SIRET has only digits \(spaces are fine\)/)
    expect(refused('00000000000000')).toMatch(/not a real SIRET/)
  })
})

describe('validateSiren', () => {
  it('checks 9 digits with Luhn', () => {
    expect(validateSiren('732 829 320')).toEqual({ ok: true, siren: '732829320' })
    expect(validateSiren(LA_POSTE_SIREN)).toEqual({ ok: true, siren: LA_POSTE_SIREN })
    expect(validateSiren('732 829 321')).toEqual({ ok: false, message: expect.stringMatching(/^The SIREN 732 829 321 has a wrong check digit/) })
    expect(validateSiren('73282932000074')).toEqual({ ok: false, message: expect.stringMatching(/looks like a SIRET: the SIREN is its first 9 digits/) })
  })

  it('accepts every Luhn-completed SIREN, over many numbers', () => {
    for (let i = 0; i < 500; i++) {
      const siren = luhnComplete(randomDigits(8))
      if (/^0+$/.test(siren)) continue
      expect(validateSiren(siren)).toEqual({ ok: true, siren })
    }
  })
})

describe('siretSchema', () => {
  it('stores the digits and reports the message', () => {
    expect(siretSchema.parse('552 081 317 66522')).toBe('55208131766522')
    expect(siretSchema.safeParse('123').error?.issues[0]?.message).toMatch(/14 digits/)
  })
})
