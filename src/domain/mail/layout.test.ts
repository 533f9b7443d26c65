import { describe, expect, it } from 'vitest'
import { DEFAULT_MAIL_COLORS, mailColors } from './brand'
import { renderMail } from './layout'
import { brand } from './test-fixtures'

const hello = { subject: 'Bonjour', blocks: [{ kind: 'paragraph' as const, text: 'Bienvenue' }] }

describe('branded mail layout', () => {
  it('uses the brand’s hex colours', () => {
    const { html } = renderMail({ ...brand, colors: { primary: '#B45309', background: '#fef3c7' } }, hello)
    expect(html).toContain('border-top:4px solid #b45309')
    expect(html).toContain('background:#fef3c7')
  })

  it('falls back to the default for anything that is not a plain hex colour', () => {
    const { html } = renderMail({ ...brand, colors: { primary: 'red;background:url(x)', background: 'url(javascript:x)', text: '#fff" onload="x' } }, hello)
    expect(html).not.toContain('url(')
    expect(html).not.toContain('onload')
    expect(html).toContain(`solid ${DEFAULT_MAIL_COLORS.primary}`)
    expect(html).toContain(`background:${DEFAULT_MAIL_COLORS.background}`)
  })

  it('ignores a text colour unreadable on the white message', () => {
    expect(mailColors({ primary: '#1d4ed8', text: '#fafafa' }).text).toBe(DEFAULT_MAIL_COLORS.text)
    expect(mailColors({ primary: '#1d4ed8', text: '#111827' }).text).toBe('#111827')
  })

  it('picks readable button text on the primary colour', () => {
    expect(mailColors({ primary: '#1d4ed8' }).onPrimary).toBe('#ffffff')
    expect(mailColors({ primary: '#fde047' }).onPrimary).toBe('#000000')
  })

  it('escapes the footer and keeps its line breaks', () => {
    const { html, text } = renderMail({ ...brand, footer: 'Atelier "Lumière" & Cie <b>\nSIRET 732 829 320 00074' }, hello)
    expect(html).toContain('Atelier &quot;Lumière&quot; &amp; Cie &lt;b&gt;<br>SIRET 732 829 320 00074')
    expect(text).toContain('--\nAtelier "Lumière" & Cie <b>\nSIRET 732 829 320 00074')
  })

  it('escapes the site name and shows it when the logo is not an http(s) URL', () => {
    const { html } = renderMail({ ...brand, siteName: 'Tom & Jerry', logoUrl: 'javascript:alert(1)' }, hello)
    expect(html).not.toContain('javascript:')
    expect(html).not.toContain('<img')
    expect(html).toContain('Tom &amp; Jerry')
  })

  it('shows the logo with the site name as its alternative text', () => {
    const { html } = renderMail(brand, hello)
    expect(html).toContain('<img src="https://atelier.example/media/logo.png" alt="Atelier Lumière"')
  })

  it('keeps the subject on one line', () => {
    expect(renderMail(brand, { ...hello, subject: 'Commande\r\nBcc: x@example.com' }).subject).toBe('Commande Bcc: x@example.com')
  })

  it('reads French by default and for an unknown locale', () => {
    const { html } = renderMail({ ...brand, locale: 'de' as 'fr' }, hello)
    expect(html).toContain('<html lang="fr">')
  })
})
