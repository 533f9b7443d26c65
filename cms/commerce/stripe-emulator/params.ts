import type { FormObject, FormValue } from '../../../src/domain/commerce/form-encoding'
import { invalidParam, missingParam } from './api-error'

/**
 * Typed reads of a decoded form body. `param` is the full bracketed name (`line_items[0][quantity]`)
 * that Stripe puts in `error.param`, so the caller sees which field was wrong.
 */
export function optionalString(form: FormObject, name: string, param = name): string | undefined {
  const value = form[name]
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string') throw invalidParam(param, `Invalid string: ${param} must be a plain value, not a list or hash.`)
  return value
}

export function requiredString(form: FormObject, name: string, param = name): string {
  const value = optionalString(form, name, param)
  if (value === undefined) throw missingParam(param)
  return value
}

export function optionalInteger(form: FormObject, name: string, param = name, minimum = 0): number | undefined {
  const text = optionalString(form, name, param)
  if (text === undefined) return undefined
  const value = Number(text)
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) throw invalidParam(param, `Invalid integer: ${text}`, 'parameter_invalid_integer')
  if (value < minimum) throw invalidParam(param, `This value must be greater than or equal to ${minimum}.`)
  return value
}

export function requiredInteger(form: FormObject, name: string, param = name, minimum = 0): number {
  const value = optionalInteger(form, name, param, minimum)
  if (value === undefined) throw missingParam(param)
  return value
}

/** An absent or emptied (`name=`) hash reads as `{}`. */
export function optionalHash(form: FormObject, name: string, param = name): FormObject {
  const value = form[name]
  if (value === undefined || value === '') return {}
  if (typeof value === 'string' || Array.isArray(value)) throw invalidParam(param, `Invalid hash: ${param} must be given as ${param}[key]=value.`)
  return value
}

export function optionalList(form: FormObject, name: string, param = name): FormValue[] {
  const value = form[name]
  if (value === undefined || value === '') return []
  if (!Array.isArray(value)) throw invalidParam(param, `Invalid array: ${param} must be given as ${param}[0], ${param}[1]…`)
  return value
}

export function asHash(value: FormValue, param: string): FormObject {
  if (typeof value === 'string' || Array.isArray(value)) throw invalidParam(param, `Invalid hash: ${param} must be given as ${param}[key]=value.`)
  return value
}

// Stripe's limits on metadata: 50 keys, names up to 40 characters, values up to 500.
export function metadataParam(form: FormObject, name: string, param = name): Record<string, string> {
  const entries = Object.entries(optionalHash(form, name, param))
  if (entries.length > 50) throw invalidParam(param, `${param} has ${entries.length} keys; Stripe allows at most 50.`)
  return Object.fromEntries(
    entries.map(([key, value]) => {
      const keyParam = `${param}[${key}]`
      if (typeof value !== 'string') throw invalidParam(keyParam, `Invalid string: ${keyParam} must be a plain value.`)
      if (key.length > 40) throw invalidParam(keyParam, `Metadata key “${key}” is longer than 40 characters.`)
      if (value.length > 500) throw invalidParam(keyParam, `Metadata value for “${key}” is longer than 500 characters.`)
      return [key, value]
    }),
  )
}

/** Refuses parameters the emulator does not model, rather than silently ignoring what the app asked for. */
export function assertKnownParams(form: FormObject, known: readonly string[], prefix = ''): void {
  const unknown = Object.keys(form).find((key) => !known.includes(key))
  if (unknown === undefined) return
  const param = prefix === '' ? unknown : `${prefix}[${unknown}]`
  throw invalidParam(param, `Received unknown parameter: ${param}. The Vitrine Stripe emulator supports: ${known.join(', ')}.`, 'parameter_unknown')
}
