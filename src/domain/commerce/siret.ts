import { z } from 'zod'

export type SiretResult = { ok: true; siret: string } | { ok: false; message: string }
export type SirenResult = { ok: true; siren: string } | { ok: false; message: string }

/** La Poste's establishments share one SIREN and do not follow Luhn (INSEE rule, see `validateSiret`). */
export const LA_POSTE_SIREN = '356000000'

const WHERE_TO_CHECK = 'check it on your Kbis or at annuaire-entreprises.data.gouv.fr'

/** Luhn over a string of digits: every second digit from the right doubled (minus 9 above 9), total a multiple of 10. */
export function passesLuhn(digits: string): boolean {
  let total = 0
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    total += digit
  }
  return total % 10 === 0
}

function digitSum(digits: string): number {
  return [...digits].reduce((total, digit) => total + Number(digit), 0)
}

/** `73282932000074` → `732 829 320 00074`, as printed on a Kbis. */
export function formatSiret(siret: string): string {
  return `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`
}

type DigitsCheck = { ok: true; digits: string } | { ok: false; message: string }

function readDigits(input: string, name: 'SIRET' | 'SIREN', length: number): DigitsCheck {
  const digits = input.replace(/[\s\u00a0\u202f]/g, '')
  const shown = input.trim()
  if (digits === '') {
    return { ok: false, message: `Enter your ${name}: the ${length} digits on your Kbis or your INSEE registration notice.` }
  }
  const badChar = [...digits].find((char) => !/[0-9]/.test(char))
  if (badChar !== undefined) return { ok: false, message: `“${shown}” contains “${badChar}”; a ${name} has only digits (spaces are fine).` }
  if (digits.length !== length) {
    const hint =
      name === 'SIRET' && digits.length === 9
        ? ' This looks like a SIREN: add the 5 digits of your establishment (NIC) after it.'
        : name === 'SIREN' && digits.length === 14
          ? ' This looks like a SIRET: the SIREN is its first 9 digits.'
          : ''
    return { ok: false, message: `A ${name} has ${length} digits; “${shown}” has ${digits.length}.${hint}` }
  }
  if (/^0+$/.test(digits)) return { ok: false, message: `“${shown}” is not a real ${name}; enter the one on your Kbis.` }
  return { ok: true, digits }
}

/**
 * Checks a SIRET typed in a form: 14 digits, spaces allowed, with a valid Luhn key. La Poste is the
 * one exception INSEE documents: its establishments (SIREN 356 000 000) are numbered so that the
 * sum of the 14 digits is a multiple of 5, and many fail Luhn; the head office passes Luhn.
 */
export function validateSiret(input: string): SiretResult {
  const read = readDigits(input, 'SIRET', 14)
  if (!read.ok) return read
  const siret = read.digits
  const laPoste = siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0
  if (!laPoste && !passesLuhn(siret)) return { ok: false, message: `The SIRET ${formatSiret(siret)} has a wrong check digit: ${WHERE_TO_CHECK}.` }
  return { ok: true, siret }
}

/** Checks a SIREN: 9 digits, spaces allowed, with a valid Luhn key. */
export function validateSiren(input: string): SirenResult {
  const read = readDigits(input, 'SIREN', 9)
  if (!read.ok) return read
  const siren = read.digits
  if (!passesLuhn(siren)) return { ok: false, message: `The SIREN ${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)} has a wrong check digit: ${WHERE_TO_CHECK}.` }
  return { ok: true, siren }
}

/** For seller company details: the stored value is the 14 digits without spaces. */
export const siretSchema = z.string().transform((input, ctx) => {
  const result = validateSiret(input)
  if (result.ok) return result.siret
  ctx.addIssue({ code: 'custom', message: result.message })
  return z.NEVER
})
