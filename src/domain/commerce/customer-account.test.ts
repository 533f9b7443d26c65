import { describe, expect, it } from 'vitest'

import {
  accountLoginSchema,
  accountOwnsOrder,
  accountSignUpSchema,
  accountUsername,
  formFields,
  formProblems,
  newPasswordSchema,
  orderStateForBuyer,
  safeReturnPath,
} from './customer-account'

const problemsOf = (result: { success: boolean; error?: unknown }) => (result.success ? {} : formProblems(result.error as Parameters<typeof formProblems>[0]))

describe('a customer account’s login name', () => {
  it('is the site’s tenant and the email as typed, trimmed and in lower case', () => {
    expect(accountUsername(12, '  Lea.Dupont@Example.FR ')).toBe('12:lea.dupont@example.fr')
  })

  it('differs from one site to another for the same email', () => {
    expect(accountUsername(1, 'lea@example.fr')).not.toBe(accountUsername(2, 'lea@example.fr'))
  })
})

describe('the sign-up form', () => {
  const valid = { email: ' Lea@Example.fr', password: 'une phrase longue', name: ' Léa Dupont ' }

  it('accepts an email, a name and a password of 10 characters, news unchecked by default', () => {
    expect(accountSignUpSchema.parse(valid)).toEqual({ email: 'lea@example.fr', password: 'une phrase longue', name: 'Léa Dupont', marketingOptIn: false })
    expect(accountSignUpSchema.parse({ ...valid, marketingOptIn: 'on' }).marketingOptIn).toBe(true)
  })

  it('says in French what is wrong, field by field', () => {
    expect(problemsOf(accountSignUpSchema.safeParse({ email: 'lea@', password: 'court', name: ' ' }))).toEqual({
      email: 'Saisissez une adresse e-mail valide, comme lea@exemple.fr.',
      password: 'Choisissez un mot de passe d’au moins 10 caractères.',
      name: 'Indiquez votre nom.',
    })
  })
})

describe('the login and new password forms', () => {
  it('asks for the password without judging its length at login', () => {
    expect(accountLoginSchema.safeParse({ email: 'lea@example.fr', password: 'court' }).success).toBe(true)
    expect(problemsOf(accountLoginSchema.safeParse({ email: 'lea@example.fr', password: '' }))).toEqual({ password: 'Saisissez votre mot de passe.' })
  })

  it('takes only a reset token shaped as Payload makes them, and a long enough password', () => {
    const token = 'a'.repeat(40)
    expect(newPasswordSchema.safeParse({ token, password: 'une phrase longue' }).success).toBe(true)
    expect(problemsOf(newPasswordSchema.safeParse({ token: "x' OR 1=1", password: 'une phrase longue' }))).toEqual({ token: 'Ce lien de réinitialisation n’est pas valable.' })
    expect(problemsOf(newPasswordSchema.safeParse({ token, password: '123' }))).toHaveProperty('password')
  })

  it('reads only the named text fields of a form', () => {
    const form = new FormData()
    form.set('email', 'lea@example.fr')
    form.set('role', 'admin')
    expect(formFields(form, ['email', 'password'])).toEqual({ email: 'lea@example.fr' })
  })
})

describe('where a login sends the buyer back', () => {
  it.each(['/panier', '/compte', '/boutique', '/boutique/affiche-scapin', '/commande/VT-ABCD1234'])('goes back to %s', (path) => {
    expect(safeReturnPath(path)).toBe(path)
  })

  it.each([null, '', 'https://evil.example/', '//evil.example', '/admin', '/compte/../admin', '/panier?x=1'])('sends %s to the account page instead', (path) => {
    expect(safeReturnPath(path)).toBe('/compte')
  })
})

describe('which orders are the account’s', () => {
  const account = { email: 'lea@example.fr', customerId: 7 }

  it('are those with its email, whatever the case', () => {
    expect(accountOwnsOrder(account, { email: 'Lea@Example.fr', customerId: null })).toBe(true)
  })

  it('or linked to its customer record', () => {
    expect(accountOwnsOrder(account, { email: 'other@example.fr', customerId: 7 })).toBe(true)
  })

  it('and no other: another email and another or no customer', () => {
    expect(accountOwnsOrder(account, { email: 'other@example.fr', customerId: 8 })).toBe(false)
    expect(accountOwnsOrder({ email: 'lea@example.fr' }, { email: 'other@example.fr', customerId: null })).toBe(false)
  })
})

it('names every order state for the buyer in French', () => {
  expect(orderStateForBuyer('paid')).toBe('Payée')
  expect(orderStateForBuyer('partially_refunded')).toBe('Remboursée en partie')
})
