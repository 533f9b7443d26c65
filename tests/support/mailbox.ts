// Mail the e2e server sent, read from the SMTP sink of server-setup.ts over HTTP (the sink lives
// in the setup process, the tests in another).
import { inject } from 'vitest'

export interface SentMail {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
}

/** The first mail that matches, once it has reached the sink (20 s at most). */
export async function mailMatching(match: (mail: SentMail) => boolean): Promise<SentMail> {
  for (let waited = 0; waited < 20_000; waited += 250) {
    const mails = (await (await fetch(inject('e2eMailUrl'))).json()) as SentMail[]
    const found = mails.find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('No matching mail reached the sink')
}
