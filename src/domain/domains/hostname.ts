import { isIP } from 'node:net'
import { domainToASCII } from 'node:url'
import { z } from 'zod'

export type DomainNameResult = { ok: true; host: string } | { ok: false; message: string }

export interface DomainNameOptions {
  /** The platform's own domain (e.g. `vitrine.app`): hosts under it cannot be attached. */
  platformDomain?: string
}

const MAX_LABEL_LENGTH = 63
const MAX_HOST_LENGTH = 253
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/

/** Keeps only the host of what a person pasted: `https://www.Example.com:443/x?y` → `www.example.com`. */
function extractHost(input: string): string {
  let host = input.trim().toLowerCase()
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '')
  host = host.split(/[/?#]/, 1)[0] ?? ''
  const at = host.lastIndexOf('@')
  if (at !== -1) host = host.slice(at + 1)
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1)
  else host = host.replace(/:\d*$/, '')
  return host.replace(/\.$/, '')
}

function describeChar(char: string): string {
  if (char === ' ') return 'a space'
  if (char === '_') return 'an underscore “_”'
  return `“${char}”`
}

export function domainNameSchema(options: DomainNameOptions = {}) {
  const platform = options.platformDomain?.trim().toLowerCase().replace(/\.$/, '')
  return z.string().transform((input, ctx): string => {
    const fail = (message: string) => {
      ctx.addIssue({ code: 'custom', message })
      return z.NEVER
    }
    const host = extractHost(input)
    if (host === '') return fail('Enter a domain name, for example www.example.com.')
    const bare = host.replace(/^\[|\]$/g, '')
    if (isIP(bare) !== 0 || /^[\d.]+$/.test(host)) {
      return fail(`“${host}” is an IP address; enter a domain name such as www.example.com.`)
    }
    if (host === 'localhost' || host.endsWith('.localhost')) {
      return fail(`“${host}” is a local name that only exists on your own computer; enter a public domain.`)
    }
    const badChar = [...host].find((char) => char.charCodeAt(0) < 128 && !/[a-z0-9.-]/.test(char))
    if (badChar !== undefined) {
      return fail(`“${host}” contains ${describeChar(badChar)}; a domain name may only use letters, digits, dots and dashes.`)
    }
    const ascii = domainToASCII(host)
    if (ascii === '') return fail(`“${host}” is not a valid domain name.`)
    const labels = ascii.split('.')
    if (labels.some((label) => label === '')) return fail(`“${host}” has an empty part between two dots.`)
    if (labels.length < 2) {
      return fail(`“${host}” has no dot: enter a full domain name such as www.${host}.com.`)
    }
    for (const label of labels) {
      if (label.length > MAX_LABEL_LENGTH) {
        return fail(
          `The part “${label.slice(0, 20)}…” is ${label.length} characters long; each part between dots may have at most ${MAX_LABEL_LENGTH}.`,
        )
      }
      if (!ASCII_LABEL.test(label)) {
        return fail(`The part “${label}” of “${host}” may not start or end with a dash.`)
      }
    }
    if (ascii.length > MAX_HOST_LENGTH) {
      return fail(`“${host}” is ${ascii.length} characters long; a domain name may have at most ${MAX_HOST_LENGTH}.`)
    }
    if (/^\d+$/.test(labels[labels.length - 1] ?? '')) {
      return fail(`“${host}” ends in a number, which no public domain does.`)
    }
    if (platform && (ascii === platform || ascii.endsWith(`.${platform}`))) {
      return fail(
        `“${ascii}” belongs to the platform domain ${platform}: your site already answers on <your-name>.${platform}; attach a domain you own.`,
      )
    }
    return ascii
  })
}

/** Normalises a domain a tenant typed or pasted, or says in plain words what is wrong with it. */
export function parseDomainName(input: string, options: DomainNameOptions = {}): DomainNameResult {
  const parsed = domainNameSchema(options).safeParse(input)
  if (parsed.success) return { ok: true, host: parsed.data }
  return { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid domain name.' }
}
