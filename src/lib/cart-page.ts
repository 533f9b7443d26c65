// The decisions of the cart page, kept out of the .astro file: reading its forms and quoting the
// cart. The page itself only renders what these return.
import { priceRequest, type PricedRequest } from '../../cms/commerce/orders/place-order'
import { CommerceError } from '../../cms/commerce/errors'
import { cartItemSchema, type CartItem } from '../domain/commerce/cart-request'
import { payloadClient } from './payload'
import type { Site } from './site'

export type FieldProblems = Record<string, string>

/** The checkout form as typed, kept to show it again when something must be corrected. */
export interface CheckoutForm {
  email: string
  name: string
  phone: string
  address: string
  deliveryMethodId: string
  discountCode: string
  giftCardCode: string
  marketingOptIn: boolean
  answers: Record<string, string>
}

export const emptyCheckoutForm = (): CheckoutForm => ({ email: '', name: '', phone: '', address: '', deliveryMethodId: '', discountCode: '', giftCardCode: '', marketingOptIn: false, answers: {} })

const text = (form: FormData, name: string, max = 1000) => String(form.get(name) ?? '').slice(0, max)

export function readCheckoutForm(form: FormData): CheckoutForm {
  const answers: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    const match = /^answers\.(\d{1,2})$/.exec(key)
    if (match) answers[match[1]!] = String(value).slice(0, 1000)
  }
  return {
    email: text(form, 'email', 254),
    name: text(form, 'name', 120),
    phone: text(form, 'phone', 40),
    address: text(form, 'address', 400),
    deliveryMethodId: text(form, 'deliveryMethodId', 20),
    discountCode: text(form, 'discountCode', 40),
    giftCardCode: text(form, 'giftCardCode', 40),
    marketingOptIn: form.get('marketingOptIn') === 'on',
    answers,
  }
}

/** The item a product page's form adds, or the problem with it. */
export function readAddForm(form: FormData): { ok: true; item: CartItem } | { ok: false; message: string } {
  const answers: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    const match = /^answers\.(\d{1,2})$/.exec(key)
    if (match && String(value).trim() !== '') answers[match[1]!] = String(value).trim().slice(0, 1000)
  }
  const variantId = text(form, 'variantId', 64)
  const parsed = cartItemSchema.safeParse({
    productId: text(form, 'productId', 64),
    quantity: Number(text(form, 'quantity', 4)),
    ...(variantId ? { variantId } : {}),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
  })
  return parsed.success ? { ok: true, item: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'This item cannot be added.' }
}

/** Prices the cart as it would be checked out; problems come back by field instead of a price. */
export async function quoteCart(
  site: Pick<Site, 'tenant'>,
  items: CartItem[],
  form: Pick<CheckoutForm, 'deliveryMethodId' | 'discountCode' | 'answers'>,
): Promise<{ quote: PricedRequest | null; problems: FieldProblems }> {
  if (items.length === 0) return { quote: null, problems: {} }
  const payload = await payloadClient()
  // Answers are checked when paying: a quote must not nag about a question not reached yet.
  const attempt = async (discountCode: string) => {
    try {
      const quote = await priceRequest(payload, site.tenant.id, {
        items,
        ...(form.deliveryMethodId ? { deliveryMethodId: form.deliveryMethodId } : {}),
        ...(discountCode ? { discountCode } : {}),
      })
      return { quote, problems: {} as FieldProblems }
    } catch (error) {
      if (!(error instanceof CommerceError)) throw error
      return { quote: null, problems: problemsByField(error) }
    }
  }
  const code = form.discountCode.trim()
  const first = await attempt(code)
  // A code that does not apply should not hide the prices: show them without it, and say why.
  if (!first.quote && code && first.problems.discountCode) {
    const without = await attempt('')
    return { quote: without.quote, problems: { ...without.problems, discountCode: first.problems.discountCode } }
  }
  return first
}

/** The problems as the (French) site shows them, one per field. */
export function problemsByField(error: CommerceError): FieldProblems {
  const problems: FieldProblems = {}
  for (const problem of error.problems) problems[problem.field] ??= problem.fr ?? problem.message
  return problems
}

// The checkout form's own checks, worded for the site's buyers (the schema's English is for APIs).
const FORM_WORDING: Record<string, string> = {
  email: 'Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.',
  items: 'Votre panier est vide.',
  name: 'Le nom est trop long (120 caractères au plus).',
  phone: 'Le téléphone est trop long (40 caractères au plus).',
  address: 'L’adresse est trop longue (400 caractères au plus).',
  discountCode: 'Ce code est trop long.',
  giftCardCode: 'Ce code est trop long.',
}

export function formProblems(issues: readonly { field: string; message: string }[]): FieldProblems {
  const problems: FieldProblems = {}
  for (const issue of issues) problems[issue.field] ??= FORM_WORDING[issue.field.split('.')[0]!] ?? issue.message
  return problems
}
