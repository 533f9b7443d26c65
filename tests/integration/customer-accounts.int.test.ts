// Buyers' accounts on two shops A and B: sign-up and login on the site they belong to only (the
// same email on both is two accounts), a forgotten password reset through a link read in the real
// SMTP sink, the orders and store credit an account sees, and a buyer's token that opens nothing
// of the back office, through Payload's own REST handler.
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { linkCustomerRecord } from '../../cms/commerce/accounts/customer-record'
import { accountCredit, accountOrders } from '../../cms/commerce/accounts/history'
import { EXPIRED_LINK, requestPasswordReset, resetCustomerPassword, resetTokenIsValid } from '../../cms/commerce/accounts/password-reset'
import { accountFromToken, logInCustomer, logOutCustomer, WRONG_CREDENTIALS, type SessionAccount } from '../../cms/commerce/accounts/session'
import { EMAIL_TAKEN, signUpCustomer } from '../../cms/commerce/accounts/sign-up'
import { confirmPayment } from '../../cms/commerce/orders/lifecycle'
import { placeOrder } from '../../cms/commerce/orders/place-order'
import { issueGiftCard, spendGiftCard } from '../../cms/commerce/store-credit'
import { money } from '../../src/domain/commerce/money'
import { makeShop, startPaymentWorld, type PaymentWorld } from '../support/commerce'
import { makeUser } from '../support/factories'
import { bootTestPayload } from '../support/payload'

let payload: Payload
let world: PaymentWorld
let a: Awaited<ReturnType<typeof makeShop>>
let b: Awaited<ReturnType<typeof makeShop>>
let platformAdmin: Awaited<ReturnType<typeof makeUser>>
const o = { overrideAccess: true, depth: 0 } as const
const originOf = (shop: typeof a) => `http://${shop.tenant.slug}.localhost:3000`
const LEA = { email: 'Lea.Dupont@Example.fr', password: 'une phrase assez longue', name: 'Léa Dupont', marketingOptIn: 'on' }

beforeAll(async () => {
  ;({ payload, world } = await startPaymentWorld(() => bootTestPayload()))
  // First of its table, as the first account will be of its own: both get the same id.
  platformAdmin = { ...(await payload.create({ collection: 'users', data: { email: 'admin@vitrine.example', password: 'correct horse battery', name: 'Admin', roles: ['platform-admin'], tenants: [] }, ...o })), collection: 'users' as const }
  a = await makeShop(payload, null, 'maison-a')
  b = await makeShop(payload, null, 'maison-b')
})
afterAll(async () => world?.close())

const signUp = (shop: typeof a, input: Record<string, unknown>) => signUpCustomer(payload, { tenantId: shop.tenant.id, input })
const logIn = (shop: typeof a, input: Record<string, unknown>) => logInCustomer(payload, { tenantId: shop.tenant.id, input })
async function loggedIn(shop: typeof a, input: Record<string, unknown>): Promise<{ token: string; account: SessionAccount }> {
  const result = await logIn(shop, input)
  if (!result.ok) throw new Error(`login refused: ${JSON.stringify(result.problems)}`)
  return result
}

describe('signing up on a site', () => {
  it('makes an account of that site, logged in at once, linked to the site’s customer record with the consent to news', async () => {
    const result = await signUp(a, LEA)

    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const stored = await payload.findByID({ collection: 'customer-accounts', id: result.account.id, showHiddenFields: true, ...o })
    expect(stored).toMatchObject({ username: `${a.tenant.id}:lea.dupont@example.fr`, contactEmail: 'lea.dupont@example.fr', name: 'Léa Dupont', tenant: a.tenant.id })
    expect(stored.hash).toBeTruthy()
    expect(JSON.stringify(stored)).not.toContain(LEA.password)
    const customer = await payload.findByID({ collection: 'customers', id: stored.customer as number, ...o })
    expect(customer).toMatchObject({ tenant: a.tenant.id, email: 'lea.dupont@example.fr', name: 'Léa Dupont', marketingOptIn: true, orderCount: 0 })
    expect((await accountFromToken(payload, a.tenant.id, result.token))?.id).toBe(result.account.id)
  })

  it('says in French what is wrong with the form, beside each field', async () => {
    const result = await signUp(a, { email: 'lea@', password: 'court', name: '' })

    expect(result).toEqual({
      ok: false,
      problems: { email: 'Saisissez une adresse e-mail valide, comme lea@exemple.fr.', password: 'Choisissez un mot de passe d’au moins 10 caractères.', name: 'Indiquez votre nom.' },
    })
  })

  it('refuses a second account for the same email on the same site, whatever its case', async () => {
    expect(await signUp(a, { ...LEA, email: 'LEA.DUPONT@example.fr' })).toEqual({ ok: false, problems: { email: EMAIL_TAKEN } })
    expect((await payload.count({ collection: 'customer-accounts', where: { tenant: { equals: a.tenant.id } }, overrideAccess: true })).totalDocs).toBe(1)
  })

  it('makes a separate account for the same email on another site: its own password, its own sessions', async () => {
    const onB = await signUp(b, { ...LEA, password: 'un autre secret pour B' })

    if (!onB.ok) throw new Error(JSON.stringify(onB.problems))
    const onA = await loggedIn(a, LEA)
    expect(onB.account.id).not.toBe(onA.account.id)
    expect(await logIn(a, { email: LEA.email, password: 'un autre secret pour B' })).toEqual({ ok: false, problems: { form: WRONG_CREDENTIALS } })
    expect(await logIn(b, LEA)).toEqual({ ok: false, problems: { form: WRONG_CREDENTIALS } })
    expect(await accountFromToken(payload, b.tenant.id, onA.token)).toBeNull()
    expect(await accountFromToken(payload, a.tenant.id, onB.token)).toBeNull()
  })
})

describe('logging in and out', () => {
  it('accepts the email in any case; a wrong password and an unknown email get the same answer', async () => {
    expect((await logIn(a, { email: ' LEA.dupont@example.FR ', password: LEA.password })).ok).toBe(true)
    expect(await logIn(a, { email: LEA.email, password: 'pas le bon mot de passe' })).toEqual({ ok: false, problems: { form: WRONG_CREDENTIALS } })
    expect(await logIn(a, { email: 'personne@example.fr', password: LEA.password })).toEqual({ ok: false, problems: { form: WRONG_CREDENTIALS } })
  })

  it('ends the session at logout: its token opens nothing any more, other sessions stay open', async () => {
    const kept = await loggedIn(a, LEA)
    const ended = await loggedIn(a, LEA)
    const account = await accountFromToken(payload, a.tenant.id, ended.token)

    await logOutCustomer(payload, account!)

    expect(await accountFromToken(payload, a.tenant.id, ended.token)).toBeNull()
    expect(await accountFromToken(payload, a.tenant.id, kept.token)).not.toBeNull()
  })

  it('does not take a back-office token for a buyer', async () => {
    const staff = await payload.login({ collection: 'users', data: { email: 'admin@vitrine.example', password: 'correct horse battery' } })
    expect(await accountFromToken(payload, a.tenant.id, staff.token!)).toBeNull()
    expect(await accountFromToken(payload, a.tenant.id, 'not-a-token')).toBeNull()
  })
})

describe('a forgotten password', () => {
  it('mails a link to the site’s own page in the site’s name; the new password works, the old one and its sessions no more', async () => {
    const before = await loggedIn(a, LEA)
    world.sink.clear()

    expect(await requestPasswordReset(payload, { tenantId: a.tenant.id, siteOrigin: originOf(a), input: { email: 'LEA.DUPONT@example.fr' } })).toEqual({ ok: true })

    const mail = await world.sink.waitFor((m) => m.to.includes('lea.dupont@example.fr'))
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe – Boutique maison-a')
    expect(mail.from).toContain('Boutique maison-a')
    expect(mail.text).toContain('Bonjour Léa Dupont')
    const link = new RegExp(`${originOf(a).replace(/[.]/g, '\\.')}/compte/nouveau-mot-de-passe\\?token=([a-f0-9]{40})`).exec(mail.text)
    expect(link, mail.text).not.toBeNull()
    const token = link![1]!

    // The link is for site A: site B neither shows its form nor takes it, and A's password is untouched.
    expect(await resetTokenIsValid(payload, b.tenant.id, token)).toBe(false)
    expect(await resetCustomerPassword(payload, { tenantId: b.tenant.id, input: { token, password: 'nouveau mot de passe' } })).toEqual({ ok: false, problems: { token: EXPIRED_LINK } })
    expect((await logIn(a, LEA)).ok).toBe(true)

    expect(await resetTokenIsValid(payload, a.tenant.id, token)).toBe(true)
    const reset = await resetCustomerPassword(payload, { tenantId: a.tenant.id, input: { token, password: 'nouveau mot de passe' } })

    if (!reset.ok) throw new Error(JSON.stringify(reset.problems))
    expect((await accountFromToken(payload, a.tenant.id, reset.token))?.contactEmail).toBe('lea.dupont@example.fr')
    expect((await logIn(a, { email: LEA.email, password: 'nouveau mot de passe' })).ok).toBe(true)
    expect(await logIn(a, LEA)).toEqual({ ok: false, problems: { form: WRONG_CREDENTIALS } })
    expect(await accountFromToken(payload, a.tenant.id, before.token)).toBeNull()
    // Used once.
    expect(await resetCustomerPassword(payload, { tenantId: a.tenant.id, input: { token, password: 'encore un autre mot' } })).toEqual({ ok: false, problems: { token: EXPIRED_LINK } })
    // Site B's account kept its own password.
    expect((await logIn(b, { email: LEA.email, password: 'un autre secret pour B' })).ok).toBe(true)
  })

  it('answers the same for an email without an account on this site, and sends nothing', async () => {
    await signUp(b, { email: 'only-b@example.fr', password: 'mot de passe de B', name: 'Tom' })
    world.sink.clear()

    for (const email of ['personne@example.fr', 'only-b@example.fr']) {
      expect(await requestPasswordReset(payload, { tenantId: a.tenant.id, siteOrigin: originOf(a), input: { email } })).toEqual({ ok: true })
    }

    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(world.sink.messages).toEqual([])
  })
})

describe('what an account sees', () => {
  const paidOrder = async (shop: typeof a, email: string) => {
    const { order } = await placeOrder(payload, { tenantId: shop.tenant.id, request: { items: [{ productId: String(shop.book.id), quantity: 1 }], email }, channel: 'box_office', by: 'user:seed' })
    return (await confirmPayment(payload, order.id, { method: 'cash', by: 'user:seed' })).order
  }

  it('lists its site’s orders with its email or its customer record, never another site’s or another buyer’s', async () => {
    const { account } = await loggedIn(b, { email: 'only-b@example.fr', password: 'mot de passe de B' })
    const customerId = await linkCustomerRecord(payload, account)
    const mine = await paidOrder(b, 'only-b@example.fr')
    const linked = (await placeOrder(payload, { tenantId: b.tenant.id, request: { items: [{ productId: String(b.book.id), quantity: 1 }], email: 'tom.bureau@example.fr' }, channel: 'online', by: 'visitor', customerId })).order
    const someoneElse = await paidOrder(b, 'autre@example.fr')
    const onOtherSite = await paidOrder(a, 'only-b@example.fr')

    const shown = (await accountOrders(payload, (await accountFromToken(payload, b.tenant.id, (await loggedIn(b, { email: 'only-b@example.fr', password: 'mot de passe de B' })).token))!)).map((order) => order.reference)

    expect(shown.sort()).toEqual([mine.reference, linked.reference].sort())
    expect(shown).not.toContain(someoneElse.reference)
    expect(shown).not.toContain(onOtherSite.reference)
    // Paying counted the order on the same customer record the account is linked to.
    expect(mine.customer).toBe(customerId)
  })

  it('shows the store credit in its email with something left and not expired, on its own site only', async () => {
    const { account } = await loggedIn(a, { email: LEA.email, password: 'nouveau mot de passe' })
    const gift = (tenantId: number, email: string, extra: { expiresAt?: Date } = {}) => issueGiftCard(payload, { tenantId, amount: money(2500), email, origin: 'gift', by: 'user:owner', ...extra })
    const held = await gift(a.tenant.id, 'lea.dupont@example.fr')
    const spent = await gift(a.tenant.id, 'lea.dupont@example.fr')
    await spendGiftCard(payload, { tenantId: a.tenant.id, typedCode: spent.code, wanted: money(2500), by: 'visitor' })
    await gift(a.tenant.id, 'lea.dupont@example.fr', { expiresAt: new Date(Date.now() - 86_400_000) })
    await gift(a.tenant.id, 'autre@example.fr')
    await gift(b.tenant.id, 'lea.dupont@example.fr')

    expect((await accountCredit(payload, account)).map((card) => [card.code, card.balance])).toEqual([[held.code, 2500]])
  })
})

describe('a buyer’s token in the back office', () => {
  let token: string
  let account: SessionAccount

  beforeAll(async () => {
    ;({ token, account } = await loggedIn(a, { email: LEA.email, password: 'nouveau mot de passe' }))
  })

  /** A request to the REST API as the server hands it to Payload, with the buyer's token. */
  async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: { docs?: unknown[]; errors?: unknown } }> {
    const { default: config } = await import('../../payload.config')
    const request = new Request(`http://localhost:3000${path}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      ...(init.body ? { body: JSON.stringify(init.body) } : {}),
    })
    const response = await handleEndpoints({ config, request })
    return { status: response.status, body: await response.json().catch(() => ({})) }
  }

  it('is a logged-in user to Payload, and one the admin panel turns away', async () => {
    const { user, permissions } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
    const staff = await payload.login({ collection: 'users', data: { email: 'admin@vitrine.example', password: 'correct horse battery' } })
    const staffPermissions = (await payload.auth({ headers: new Headers({ Authorization: `JWT ${staff.token}` }) })).permissions

    expect(user?.collection).toBe('customer-accounts')
    // Payload admits to the admin only users of `admin.user` (users); it leaves out a false answer.
    expect(permissions.canAccessAdmin ?? false).toBe(false)
    expect(staffPermissions.canAccessAdmin).toBe(true)
  })

  it.each(['/api/orders', '/api/customers', '/api/gift-cards', '/api/products', '/api/users', '/api/tenants', '/api/form-submissions'])('reads nothing at %s', async (path) => {
    const { status, body } = await api(path)
    if (status === 200) expect(body.docs).toEqual([])
    else expect([401, 403]).toContain(status)
  })

  it('cannot read or change the back-office user that has the same id as the account', async () => {
    expect(platformAdmin.id).toBe(account.id)

    const read = await api(`/api/users/${account.id}`)
    const changed = await api(`/api/users/${account.id}`, { method: 'PATCH', body: { email: 'pirate@example.fr', password: 'pirate pirate' } })

    expect([401, 403, 404]).toContain(read.status)
    expect([401, 403, 404]).toContain(changed.status)
    expect((await payload.findByID({ collection: 'users', id: platformAdmin.id, ...o })).email).toBe('admin@vitrine.example')
  })

  it('writes nothing: no product, no user, no job run', async () => {
    expect([401, 403]).toContain((await api('/api/products', { method: 'POST', body: { tenant: a.tenant.id, title: 'Pirate', slug: 'pirate', kind: 'book', price: 1, vatRate: '2000' } })).status)
    expect([401, 403]).toContain((await api('/api/users', { method: 'POST', body: { email: 'pirate@example.fr', password: 'pirate pirate', roles: ['platform-admin'] } })).status)
    expect([401, 403]).toContain((await api('/api/payload-jobs/run')).status)
    expect((await payload.count({ collection: 'products', where: { slug: { equals: 'pirate' } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('finds no REST route to the accounts themselves: no public login, first-register or forgot-password', async () => {
    for (const [method, path] of [['GET', '/api/customer-accounts'], ['GET', `/api/customer-accounts/${account.id}`], ['POST', '/api/customer-accounts/login'], ['POST', '/api/customer-accounts/first-register'], ['POST', '/api/customer-accounts/forgot-password']] as const) {
      expect((await api(path, { method, body: method === 'POST' ? { username: account.username, password: 'nouveau mot de passe' } : undefined })).status).toBeGreaterThanOrEqual(400)
    }
  })

  it('leaves the accounts to the site’s own staff in the admin: read only, their site only', async () => {
    const owner = await makeUser(payload, 'owner@maison-a.example', a.tenant.id, ['owner'])
    const editor = await makeUser(payload, 'editor@maison-a.example', a.tenant.id, ['editor'])

    const seen = await payload.find({ collection: 'customer-accounts', user: owner, overrideAccess: false, depth: 0 })

    expect(seen.docs.map((doc) => doc.tenant)).toEqual(seen.docs.map(() => a.tenant.id))
    expect(seen.totalDocs).toBe(1)
    await expect(payload.find({ collection: 'customer-accounts', user: editor, overrideAccess: false })).rejects.toThrow()
    await expect(payload.update({ collection: 'customer-accounts', id: account.id, data: { name: 'Changé' }, user: owner, overrideAccess: false })).rejects.toThrow()
  })
})
