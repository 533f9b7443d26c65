// Mail through a real SMTP conversation: our rendered message, sent by nodemailer the way the app
// sends it, received by the test SMTP sink and parsed the way a mail client reads it.
import nodemailer from 'nodemailer'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { priceCart } from '../../src/domain/commerce/cart-totals'
import { money } from '../../src/domain/commerce/money'
import { orderConfirmationMail, type MailBrand, type Receipt } from '../../src/domain/mail'
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink'

const SENDER = '"Atelier Lumière" <ventes@atelier.example>'
const brand: MailBrand = { siteName: 'Atelier Lumière', siteUrl: 'https://atelier.example', colors: { primary: '#b45309' } }

/** A print at 12,00 € (20 %: VAT 2,00 €) and a book at 10,55 € (5,5 %: VAT 0,55 €), priced as checkout does. */
function receipt(): Receipt {
  const cart = priceCart([
    { productId: 'print', label: 'Tirage A3 « Marée basse »', unitPrice: money(1200), quantity: 1, vatRateBp: 2000 },
    { productId: 'book', label: 'Carnet de croquis', unitPrice: money(1055), quantity: 1, vatRateBp: 550 },
  ])
  return {
    reference: 'AL-2025-0042',
    createdAt: new Date('2025-03-03T13:05:00Z'),
    buyer: { name: 'Léa Martin', email: 'lea@example.fr' },
    currency: cart.currency,
    lines: cart.lines,
    feeLines: cart.feeLines,
    discountTotal: cart.discountTotal,
    total: cart.total,
    paymentMethod: 'card',
    vat: cart.vat,
    orderUrl: 'https://atelier.example/compte/commandes/AL-2025-0042',
  }
}

const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

let sink: SmtpSink

beforeAll(async () => {
  sink = await startSmtpSink()
})

afterAll(async () => {
  await sink.close()
})

beforeEach(() => {
  sink.clear()
})

async function sendOrderConfirmation(): Promise<void> {
  const transport = nodemailer.createTransport(sink.url)
  const { subject, html, text } = orderConfirmationMail(brand, receipt())
  await transport.sendMail({ from: SENDER, to: 'Léa Martin <lea@example.fr>', subject, html, text })
  transport.close()
}

describe('the SMTP sink', () => {
  it('receives an order confirmation sent through a real nodemailer transport', async () => {
    await sendOrderConfirmation()
    const mail = await sink.waitFor((received) => received.subject.includes('AL-2025-0042'))

    expect(mail.subject).toBe('Confirmation de votre commande AL-2025-0042 – Atelier Lumière')
    expect(mail.from).toBe(SENDER)
    expect(mail.to).toEqual(['lea@example.fr'])
    expect(mail.envelope).toEqual({ from: 'ventes@atelier.example', to: ['lea@example.fr'] })
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' })

    const text = plainSpaces(mail.text)
    expect(text).toContain('TOTAL PAYÉ : 22,55 €')
    expect(text).toContain('dont TVA 20 % : 2,00 €')
    expect(text).toContain('dont TVA 5,5 % : 0,55 €')
    expect(text).not.toMatch(/<[a-z][^>]*>/i)

    const html = plainSpaces(mail.html)
    expect(html).toContain('<html lang="fr">')
    expect(html).toContain('dont TVA 20 %')
    expect(html).toContain('2,00 €')
    expect(html).toContain('href="https://atelier.example/compte/commandes/AL-2025-0042"')
  })

  it('waits for a mail that has not arrived yet', async () => {
    const waiting = sink.waitFor((mail) => mail.envelope.to.includes('lea@example.fr'))
    await sendOrderConfirmation()
    await expect(waiting).resolves.toMatchObject({ subject: expect.stringContaining('AL-2025-0042') })
    expect(sink.messages).toHaveLength(1)
  })

  it('rejects after the timeout, listing what it received', async () => {
    await sendOrderConfirmation()
    await expect(sink.waitFor((mail) => mail.subject.startsWith('Nouvelle vente'), 200)).rejects.toThrow(
      /within 200 ms.*received 1:\n {2}1\. “Confirmation de votre commande AL-2025-0042 – Atelier Lumière” from "Atelier Lumière" <ventes@atelier\.example> to lea@example\.fr/s,
    )
  })

  it('says when nothing was received at all', async () => {
    await expect(sink.waitFor(() => true, 100)).rejects.toThrow(/nothing was received/)
  })
})
