import { describe, expect, it } from 'vitest'
import { orderConfirmationMail, refundMail, saleNotificationMail } from './order-mails'
import { brand, eur, HTML_TAG, plainSpaces, receiptFixture, rowWith } from './test-fixtures'

describe('order confirmation mail', () => {
  const mail = orderConfirmationMail(brand, receiptFixture())
  const text = plainSpaces(mail.text)

  it('names the order in the subject', () => {
    expect(mail.subject).toBe('Confirmation de votre commande AL-2025-0042 – Atelier Lumière')
  })

  it('lists each line with its quantity, unit price, discount and amount', () => {
    expect(text).toContain('Tirage A3 « Marée basse » : 12,00 €\n  2 × 7,00 € = 14,00 €\n  Remise : −2,00 €')
    expect(text).toContain('Carnet de croquis : 21,10 €\n  2 × 10,55 €\n')
    const print = rowWith(mail.html, 'Tirage A3')
    expect(print).toContain('2 × 7,00 € = 14,00 €')
    expect(print).toContain('Remise : −2,00 €')
    expect(print).toContain('12,00 €')
    expect(rowWith(mail.html, 'Carnet de croquis')).not.toContain('Remise')
  })

  it('shows fees, delivery, the discount code and the total paid', () => {
    expect(text).toContain('Frais de service : 0,60 €')
    expect(text).toContain('Colissimo : 6,00 €')
    expect(text).toContain('Remises incluses (code PRINTEMPS) : −2,00 €')
    expect(text).toContain('TOTAL PAYÉ : 39,70 €')
    expect(rowWith(mail.html, 'Total payé')).toContain('39,70 €')
  })

  it('details VAT per rate with its base, then the net total', () => {
    expect(text).toContain('dont TVA 20 % : 3,10 €\n  sur 15,50 € HT')
    expect(text).toContain('dont TVA 5,5 % : 1,10 €\n  sur 20,00 € HT')
    expect(text).toContain('Total HT : 35,50 €')
    expect(rowWith(mail.html, 'dont TVA 20 %')).toContain('3,10 €')
    expect(rowWith(mail.html, 'dont TVA 5,5 %')).toContain('1,10 €')
  })

  it('splits the payment between store credit and card', () => {
    expect(text).toContain('Payé avec un avoir : 5,00 €\nCarte bancaire : 34,70 €')
    expect(rowWith(mail.html, 'Payé avec un avoir')).toContain('5,00 €')
  })

  it('names the payment method alone when no store credit was used', () => {
    const cheque = plainSpaces(orderConfirmationMail(brand, receiptFixture({ paymentMethod: 'cheque', paidWithStoreCredit: undefined })).text)
    expect(cheque).toContain('Moyen de paiement : Chèque')
    expect(cheque).not.toContain('avoir')
  })

  it('gives the reference, date, answers, seller and a link to the order page', () => {
    expect(text).toContain('Référence : AL-2025-0042')
    expect(text).toContain('Date : 3 mars 2025 à 14:05')
    expect(text).toContain('Dédicace ? : Pour Jeanne')
    expect(text).toContain('Dénomination : Atelier Lumière SARL\nSIRET : 732 829 320 00074\nAdresse : 12 rue des Lilas\n  75011 Paris')
    expect(mail.html).toContain('href="https://atelier.example/compte/commandes/AL-2025-0042"')
    expect(text).toContain('Voir ma commande : https://atelier.example/compte/commandes/AL-2025-0042')
  })

  it('escapes a product label in the HTML part', () => {
    const hostile = receiptFixture({
      lines: [{ ...receiptFixture().lines[0], label: '<script>alert(1)</script>' }],
    })
    const { html, text: plain } = orderConfirmationMail(brand, hostile)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(plainSpaces(plain)).toContain('<script>alert(1)</script> : 12,00 €')
  })

  it('has a text part without HTML', () => {
    expect(mail.text).not.toMatch(HTML_TAG)
    expect(mail.text).not.toContain('&amp;')
  })

  it('speaks English when the brand does', () => {
    const english = orderConfirmationMail({ ...brand, locale: 'en' }, receiptFixture())
    expect(english.subject).toBe('Your order AL-2025-0042 – Atelier Lumière')
    const englishText = plainSpaces(english.text)
    expect(englishText).toContain('Thank you for your order, Léa Martin!')
    expect(englishText).toContain('incl. VAT 20%: €3.10\n  on €15.50 excl. VAT')
    expect(englishText).toContain('incl. VAT 5.5%: €1.10')
    expect(englishText).toContain('TOTAL PAID: €39.70')
    expect(englishText).toContain('Date: 3 March 2025 at 14:05')
    expect(english.html).toContain('<html lang="en">')
  })

  it('refuses an order link that is not http(s)', () => {
    expect(() => orderConfirmationMail(brand, receiptFixture({ orderUrl: 'javascript:alert(1)' }))).toThrow(/receipt\.orderUrl.*absolute http/)
  })
})

describe('sale notification mail', () => {
  const mail = saleNotificationMail(brand, receiptFixture())
  const text = plainSpaces(mail.text)

  it('tells the seller who bought what, for how much', () => {
    expect(plainSpaces(mail.subject)).toBe('Nouvelle vente : commande AL-2025-0042 (39,70 €)')
    expect(text).toContain('Client : Léa Martin')
    expect(text).toContain('E-mail : lea@example.fr')
    expect(text).toContain('Tirage A3 « Marée basse » : 12,00 €')
    expect(text).toContain('TOTAL PAYÉ : 39,70 €')
    expect(text).not.toContain('TVA')
  })

  it('links to the order in the admin', () => {
    expect(mail.html).toContain('href="https://vitrine.example/admin/collections/orders/42"')
    expect(text).toContain('Voir la commande dans l’administration : https://vitrine.example/admin/collections/orders/42')
  })

  it('names the buyer by email when there is no name', () => {
    const anonymous = saleNotificationMail({ ...brand, locale: 'en' }, receiptFixture({ buyer: { email: 'lea@example.fr' } }))
    expect(anonymous.text).toContain('lea@example.fr has just placed order AL-2025-0042.')
    expect(anonymous.text).not.toContain('Customer:')
  })
})

describe('refund mail', () => {
  it('says a card refund goes back to the card', () => {
    const mail = refundMail(brand, { reference: 'AL-2025-0042', amount: eur(1200), to: 'card', buyerName: 'Léa' })
    expect(plainSpaces(mail.subject)).toBe('Remboursement de 12,00 € – commande AL-2025-0042')
    expect(plainSpaces(mail.text)).toContain('Nous vous avons remboursé 12,00 € pour la commande AL-2025-0042, sur la carte utilisée pour le paiement.')
    expect(mail.text).not.toContain('code')
  })

  it('gives the store-credit code, its balance and how to use it', () => {
    const mail = refundMail(brand, {
      reference: 'AL-2025-0042',
      amount: eur(1200),
      to: 'store_credit',
      storeCredit: { code: 'AVOIR-7K2M-9QXD', balance: eur(1750), expiresAt: new Date('2026-03-03T12:00:00Z') },
    })
    const text = plainSpaces(mail.text)
    expect(text).toContain('sous forme d’avoir')
    expect(text).toContain('Votre code : AVOIR-7K2M-9QXD')
    expect(text).toContain('Solde de votre avoir : 17,50 €')
    expect(text).toContain('Valable jusqu’au : 3 mars 2026')
    expect(text).toContain('saisissez ce code au moment du paiement')
    expect(mail.html).toContain('AVOIR-7K2M-9QXD')
    expect(rowWith(mail.html, 'Solde de votre avoir')).toContain('17,50 €')
  })
})
