/**
 * Decodes `application/x-www-form-urlencoded` bodies whose keys use brackets for nesting, as the
 * Stripe SDK (and `qs`) writes them: `line_items[0][price_data][unit_amount]=1200`,
 * `metadata[order]=42`, `expand[]=payment_intent`. Values stay strings; the reader decides types.
 */
export type FormValue = string | FormValue[] | FormObject
export interface FormObject {
  [key: string]: FormValue
}

/** A body that cannot be read; `key` is the offending key as written. */
export class FormEncodingError extends Error {
  constructor(
    message: string,
    readonly key: string,
  ) {
    super(message)
    this.name = 'FormEncodingError'
  }
}

const KEY_SHAPE = /^[^[\]]+(?:\[[^[\]]*\])*$/
const SEGMENT = /\[([^[\]]*)\]/g
const DIGITS = /^\d+$/
const MAX_INDEX = 9999
// Assigning these on a plain object would change its prototype instead of adding a field.
const FORBIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype'])

export function decodeForm(body: string): FormObject {
  const root: FormObject = {}
  for (const pair of body.split('&')) {
    if (pair === '') continue
    const equals = pair.indexOf('=')
    const key = decodeComponent(equals === -1 ? pair : pair.slice(0, equals))
    const value = decodeComponent(equals === -1 ? '' : pair.slice(equals + 1))
    assign(root, keyPath(key), value, key)
  }
  assertNoGaps(root, '')
  return root
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '))
  } catch {
    throw new FormEncodingError(`“${text}” is not valid percent-encoding.`, text)
  }
}

/** `a[b][0][]` → `['a', 'b', '0', '']` */
function keyPath(key: string): string[] {
  if (!KEY_SHAPE.test(key)) throw new FormEncodingError(`Invalid parameter name “${key}”: brackets must be balanced, as in name[child][0].`, key)
  const path = [key.slice(0, key.includes('[') ? key.indexOf('[') : undefined)]
  for (const match of key.matchAll(SEGMENT)) path.push(match[1] ?? '')
  const forbidden = path.find((name) => FORBIDDEN_NAMES.has(name))
  if (forbidden !== undefined) throw new FormEncodingError(`Invalid parameter name “${key}”: “${forbidden}” cannot be used as a name.`, key)
  return path
}

type Container = FormObject | FormValue[]

function assign(root: FormObject, path: string[], value: string, key: string): void {
  let container: Container = root
  for (const [depth, segment] of path.entries()) {
    const slot = slotIn(container, segment, key)
    const existing: FormValue | undefined = readSlot(container, slot)
    if (depth === path.length - 1) {
      if (existing !== undefined) throw new FormEncodingError(`“${key}” is given more than once.`, key)
      writeSlot(container, slot, value)
      return
    }
    const wantsArray = isArraySegment(path[depth + 1] ?? '')
    if (existing === undefined) {
      const created: Container = wantsArray ? [] : {}
      writeSlot(container, slot, created)
      container = created
    } else if (typeof existing === 'string' || Array.isArray(existing) !== wantsArray) {
      throw new FormEncodingError(`“${key}” gives ${path.slice(0, depth + 1).join('.')} a different shape than another key does.`, key)
    } else {
      container = existing
    }
  }
}

function readSlot(container: Container, slot: number | string): FormValue | undefined {
  return Array.isArray(container) ? container[slot as number] : Object.hasOwn(container, slot) ? container[slot] : undefined
}

function writeSlot(container: Container, slot: number | string, value: FormValue): void {
  if (Array.isArray(container)) container[slot as number] = value
  else container[slot] = value
}

function isArraySegment(segment: string): boolean {
  return segment === '' || DIGITS.test(segment)
}

function slotIn(container: Container, segment: string, key: string): number | string {
  if (!Array.isArray(container)) return segment
  if (segment === '') return container.length
  // assign() only makes arrays for '' or digit segments, so this is a number.
  const index = Number(segment)
  if (index > MAX_INDEX) throw new FormEncodingError(`“${key}”: index ${segment} is too large (at most ${MAX_INDEX}).`, key)
  return index
}

// `items[0]` and `items[2]` without `items[1]` is a mistake in the sender, not a short list.
function assertNoGaps(value: FormValue, path: string): void {
  if (typeof value === 'string') return
  if (Array.isArray(value)) {
    const missing = Array.from({ length: value.length }, (_, index) => index).find((index) => !(index in value))
    if (missing !== undefined) throw new FormEncodingError(`${path} skips index ${missing}; array indices must run 0, 1, 2…`, path)
    value.forEach((item, index) => assertNoGaps(item, `${path}[${index}]`))
    return
  }
  for (const [name, item] of Object.entries(value)) assertNoGaps(item, path === '' ? name : `${path}[${name}]`)
}
