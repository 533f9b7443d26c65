import { describe, expect, it } from 'vitest'
import { giftCardMail, passwordResetMail } from './customer-mails'
import { brand, eur, HTML_TAG, plainSpaces } from './test-fixtures'

describe('password reset mail', () => {
  const resetUrl = 'https://atelier.example/compte/mot-de-passe?token=abc&email=lea%40example.fr'

  it('carries the reset link as a button and as plain text', () => {
    const mail = passwordResetMail(brand, { name: 'Léa', resetUrl })
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe – Atelier Lumière')
    expect(mail.html).toContain('href="https://atelier.example/compte/mot-de-passe?token=abc&amp;email=lea%40example.fr"')
    expect(mail.text).toContain('Bonjour Léa,')
    expect(plainSpaces(mail.text)).toContain(`Choisir un nouveau mot de passe : ${resetUrl}`)
    expect(mail.text).not.toMatch(HTML_TAG)
  })

  it('reads in English', () => {
    const mail = passwordResetMail({ ...brand, locale: 'en' }, { resetUrl })
    expect(mail.subject).toBe('Reset your password – Atelier Lumière')
    expect(mail.text).toContain('Hello,')
    expect(mail.text).toContain('If you did not ask for this, ignore this message')
  })

  it('refuses a link that is not http(s)', () => {
    expect(() => passwordResetMail(brand, { resetUrl: '/compte/reset' })).toThrow(/password reset link/)
  })
})

describe('gift card mail', () => {
  it('gives the amount, the code and how to use it, with the giver’s message escaped', () => {
    const mail = giftCardMail(brand, { code: 'CADEAU-4F7Q', amount: eur(5000), from: 'Marie', message: 'Joyeux anniversaire <3\nBises' })
    expect(mail.subject).toBe('Marie vous offre une carte cadeau Atelier Lumière')
    const text = plainSpaces(mail.text)
    expect(text).toContain('Une carte cadeau de 50,00 € à utiliser sur Atelier Lumière.')
    expect(text).toContain('> Joyeux anniversaire <3\n> Bises\n— Marie')
    expect(text).toContain('Votre code : CADEAU-4F7Q')
    expect(text).toContain('saisissez ce code au moment du paiement')
    expect(mail.html).toContain('Joyeux anniversaire &lt;3<br>Bises')
    expect(mail.html).toContain('CADEAU-4F7Q')
  })

  it('reads in English without a giver', () => {
    const mail = giftCardMail({ ...brand, locale: 'en' }, { code: 'CADEAU-4F7Q', amount: eur(2500) })
    expect(mail.subject).toBe('Your Atelier Lumière gift card')
    expect(plainSpaces(mail.text)).toContain('A gift card of €25.00 to spend on Atelier Lumière.')
    expect(mail.text).toContain('To use it, enter this code at checkout')
  })
})
