// A real SMTP server on localhost that keeps what it receives, so tests send mail through the
// same nodemailer transport as production and read it back parsed, as a mail client would.
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer, type SMTPServerAddress, type SMTPServerEnvelope } from 'smtp-server'

export interface ReceivedMail {
  /** The From header as written, display name included: `"Atelier Lumière" <ventes@atelier.example>`. */
  from: string
  /** The addresses of the To header. */
  to: string[]
  subject: string
  text: string
  html: string
  /** Lower-case header names to mailparser's parsed values. */
  headers: Map<string, unknown>
  /** What the client said in MAIL FROM and RCPT TO (Bcc recipients appear only here). */
  envelope: { from: string; to: string[] }
}

export interface SmtpSink {
  port: number
  host: string
  /** SMTP URL for nodemailer: smtp://127.0.0.1:<port> */
  url: string
  /** Every message received since the start or the last `clear()`, in arrival order. */
  messages: ReceivedMail[]
  /** Resolves with the first received message (already received or future) that matches, or rejects after timeoutMs (default 10 s) with a message listing what was received. */
  waitFor(match: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>
  clear(): void
  close(): Promise<void>
}

const HOST = '127.0.0.1'
const DEFAULT_WAIT_MS = 10_000
// A transport left open (a pool) must not hold a test file's teardown for smtp-server's default 30 s.
const CLOSE_TIMEOUT_MS = 1_000

interface Waiter {
  match: (mail: ReceivedMail) => boolean
  resolve: (mail: ReceivedMail) => void
  reject: (error: Error) => void
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : []
  return objects.flatMap((object) => object.value.map((mailbox) => mailbox.address ?? ''))
}

function envelopeAddress(address: SMTPServerAddress | false): string {
  return address ? address.address : ''
}

function toReceivedMail(parsed: ParsedMail, envelope: SMTPServerEnvelope): ReceivedMail {
  return {
    from: parsed.from?.text ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    headers: parsed.headers,
    envelope: { from: envelopeAddress(envelope.mailFrom), to: envelope.rcptTo.map(envelopeAddress) },
  }
}

function describeReceived(messages: readonly ReceivedMail[]): string {
  if (messages.length === 0) return 'nothing was received'
  const list = messages.map((mail, index) => `  ${index + 1}. “${mail.subject}” from ${mail.from} to ${mail.envelope.to.join(', ')}`)
  return `received ${messages.length}:\n${list.join('\n')}`
}

/** Settles the waiter if the mail matches; a matcher that throws rejects its own wait only. */
function offer(waiter: Waiter, mail: ReceivedMail): void {
  let matched: boolean
  try {
    matched = waiter.match(mail)
  } catch (error) {
    waiter.reject(error instanceof Error ? error : new Error(String(error)))
    return
  }
  if (matched) waiter.resolve(mail)
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.server.once('error', reject)
    server.listen(port, HOST, () => {
      server.server.off('error', reject)
      resolve((server.server.address() as AddressInfo).port)
    })
  })
}

export async function startSmtpSink(options: { port?: number } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = []
  const waiters = new Set<Waiter>()

  function receive(mail: ReceivedMail): void {
    messages.push(mail)
    for (const waiter of waiters) offer(waiter, mail)
  }

  const server = new SMTPServer({
    authOptional: true,
    // A transport configured with a user and password is accepted too, over plain text: it is localhost.
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'test' }),
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: CLOSE_TIMEOUT_MS,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          receive(toReceivedMail(parsed, session.envelope))
          callback()
        },
        (error: Error) => callback(error),
      )
    },
  })
  const port = await listen(server, options.port ?? 0)

  return {
    port,
    host: HOST,
    url: `smtp://${HOST}:${port}`,
    messages,
    async waitFor(match, timeoutMs = DEFAULT_WAIT_MS) {
      const already = messages.find(match)
      if (already) return already
      return new Promise((resolve, reject) => {
        const settle = () => {
          clearTimeout(timer)
          waiters.delete(waiter)
        }
        const waiter: Waiter = {
          match,
          resolve: (mail) => {
            settle()
            resolve(mail)
          },
          reject: (error) => {
            settle()
            reject(error)
          },
        }
        const timer = setTimeout(() => {
          waiter.reject(new Error(`No mail matching ${match.toString()} arrived within ${timeoutMs} ms at ${HOST}:${port}; ${describeReceived(messages)}`))
        }, timeoutMs)
        waiters.add(waiter)
      })
    },
    clear() {
      messages.length = 0
    },
    close() {
      for (const waiter of waiters) waiter.reject(new Error(`The SMTP sink on port ${port} was closed while waiting for a mail; ${describeReceived(messages)}`))
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
