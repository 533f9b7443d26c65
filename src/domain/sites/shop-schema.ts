// The `shop` section of a site file: settings, sellers, products, delivery methods and discount
// codes. A person writes amounts as text ("45,00") and VAT as a percent (20, 5.5); the parsed
// section holds cents and basis points, the units of src/domain/commerce.
import { z } from 'zod'

import { normaliseDiscountCode } from '../commerce/discounts'
import { BASIS_POINTS, money, parseMoney, toDecimalString } from '../commerce/money'
import { siretSchema } from '../commerce/siret'
import { FRENCH_VAT_RATES } from '../commerce/vat'
import {
  dateTimeSchema,
  emailSchema,
  fieldOf,
  hrefSchema,
  imagePathSchema,
  isArrayPayload,
  kebabSlug,
  text,
  uniqueField,
} from './schema-fields'

const productKinds = ['print', 'photo-product', 'book', 'merchandise', 'gift-card'] as const

const DISCOUNT_CODE = /^[A-Z0-9_-]{3,40}$/

/** Text of at most `max` characters: the length the collection stores. */
const shortText = (what: string, max: number) => text(what).max(max, `${what} can have at most ${max} characters`)

/** "45,00" → 4500 cents, with parseMoney's reasons when it cannot be read. */
const amountSchema = z
  .string({ error: (issue) => (issue.input === undefined ? undefined : 'must be an amount written as text, like "45,00"') })
  .transform((input, ctx) => {
    const parsed = parseMoney(input)
    if (parsed.ok) return parsed.money.amount
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  })

/** The inverse of the amount schema: 4500 cents → "45,00". */
export function amountText(cents: number): string {
  return toDecimalString(money(cents)).replace('.', ',')
}

/** 2000 basis points → 20 (a percent), 550 → 5.5. */
export function vatRatePercent(rateBp: number): number {
  return rateBp / (BASIS_POINTS / 100)
}

const frenchVatPercents = Object.values(FRENCH_VAT_RATES).map(vatRatePercent)

/** A French VAT rate written as a percent (20, 10, 5.5, 2.1, 0) → basis points; 20 % when absent. */
const vatRateSchema = z
  .number({ error: (issue) => (issue.input === undefined ? undefined : `must be a VAT rate as a number: ${frenchVatPercents.join(', ')}`) })
  .transform((percent, ctx) => {
    const rateBp = Object.values(FRENCH_VAT_RATES).find((bp) => vatRatePercent(bp) === percent)
    if (rateBp !== undefined) return rateBp
    ctx.addIssue({ code: 'custom', message: `${percent} % is not a French VAT rate; use ${frenchVatPercents.join(', ')}` })
    return z.NEVER
  })
  .default(FRENCH_VAT_RATES.standard)

const percentSchema = z.number().gt(0, 'must be more than 0').max(100, 'must be 100 or less')

/** null or absent: unlimited (made to order). */
const stockSchema = z.int('must be a whole number, or null for unlimited').min(0, 'cannot be negative').nullable().optional()

const choiceSchema = text('a choice').refine(
  (choice) => !choice.includes(','),
  'a choice cannot contain a comma (the shop keeps choices as a comma-separated list)',
)

const questionSchema = z.strictObject({
  label: shortText('the question', 200),
  required: z.boolean().default(false),
  choices: z.array(choiceSchema).optional(),
})

type PercentOrFixed = { kind: 'percent' | 'fixed'; percent?: number; amount?: number }

/** A percent fee or discount has `percent` and no `amount`; a fixed one the other way round. */
function percentOrAmount(noun: string) {
  return (item: PercentOrFixed, ctx: z.RefinementCtx): void => {
    const [needed, unused, example] = item.kind === 'percent' ? (['percent', 'amount', '10'] as const) : (['amount', 'percent', '"5,00"'] as const)
    if (item[needed] === undefined) {
      ctx.addIssue({ code: 'custom', path: [needed], message: `a ${item.kind} ${noun} needs "${needed}", like ${example}` })
    }
    if (item[unused] !== undefined) {
      ctx.addIssue({ code: 'custom', path: [unused], message: `a ${item.kind} ${noun} has no "${unused}"; remove it or change "kind"` })
    }
  }
}

/** `end` is after `start` when both are given. */
function endsAfterStart(start: string, end: string) {
  return (item: Record<string, unknown>, ctx: z.RefinementCtx): void => {
    const [from, until] = [item[start], item[end]]
    if (typeof from !== 'string' || typeof until !== 'string' || Date.parse(until) > Date.parse(from)) return
    ctx.addIssue({ code: 'custom', path: [end], message: `must be after "${start}" (${from})` })
  }
}

const feeSchema = z
  .strictObject({
    label: shortText('the fee label', 80),
    per: z.enum(['item', 'order']),
    kind: z.enum(['fixed', 'percent']),
    percent: percentSchema.optional(),
    amount: amountSchema.optional(),
    vatRate: vatRateSchema,
    passedToBuyer: z.boolean().default(true),
  })
  .superRefine(percentOrAmount('fee'))

const settingsSchema = z.strictObject({
  senderName: shortText('the sender name', 80).optional(),
  replyTo: emailSchema.optional(),
  salesNotificationEmail: emailSchema.optional(),
  mailFooter: shortText('the mail footer', 600).optional(),
  termsUrl: hrefSchema.optional(),
  acceptsBoxOffice: z.boolean().default(true),
  fees: z.array(feeSchema).default([]),
  orderQuestions: z.array(questionSchema).default([]),
})

const sellerSchema = z.strictObject({
  key: kebabSlug('the seller key'),
  name: shortText('the name', 120),
  email: emailSchema.optional(),
  legalName: shortText('the legal name', 160).optional(),
  siret: siretSchema.optional(),
  address: shortText('the address', 400).optional(),
  receivesPayouts: z.boolean().default(false),
  commissionPercent: z.number().min(0, 'cannot be negative').max(100, 'must be 100 or less').default(0),
})

const variantSchema = z.strictObject({
  label: shortText('the variant label', 80),
  sku: shortText('the SKU', 40).optional(),
  price: amountSchema.optional(),
  stock: stockSchema,
})

const priceEventSchema = z
  .strictObject({
    label: shortText('the label', 80),
    price: amountSchema,
    startsAt: dateTimeSchema,
    endsAt: dateTimeSchema,
  })
  .superRefine(endsAfterStart('startsAt', 'endsAt'))

const productSchema = z.strictObject({
  title: shortText('the title', 140),
  slug: kebabSlug('the product slug'),
  kind: z.enum(productKinds).default('merchandise'),
  description: shortText('the description', 4000).optional(),
  price: amountSchema,
  vatRate: vatRateSchema,
  stock: stockSchema,
  active: z.boolean().default(true),
  images: z.array(imagePathSchema).default([]),
  seller: kebabSlug('the seller key').optional(),
  variants: z.array(variantSchema).superRefine(uniqueField('label', 'variant'), { when: isArrayPayload }).default([]),
  priceEvents: z.array(priceEventSchema).default([]),
  questions: z.array(questionSchema).default([]),
})

const deliveryMethodSchema = z.strictObject({
  label: shortText('the label', 80),
  description: shortText('the description', 200).optional(),
  price: amountSchema,
  vatRate: vatRateSchema,
  freeFrom: amountSchema.optional(),
  requiresAddress: z.boolean().default(true),
  active: z.boolean().default(true),
})

const discountSchema = z
  .strictObject({
    code: z
      .string()
      .transform(normaliseDiscountCode)
      .pipe(z.string().regex(DISCOUNT_CODE, 'a code is 3 to 40 letters, digits, dashes or underscores, like "BIENVENUE"')),
    kind: z.enum(['percent', 'fixed']),
    percent: percentSchema.optional(),
    amount: amountSchema.optional(),
    minimumOrder: amountSchema.optional(),
    validFrom: dateTimeSchema.optional(),
    validUntil: dateTimeSchema.optional(),
    maxUses: z.int('must be a whole number').min(1, 'must be at least 1').optional(),
    products: z.array(kebabSlug('a product slug')).default([]),
  })
  .superRefine(percentOrAmount('discount'))
  .superRefine(endsAfterStart('validFrom', 'validUntil'))

export const shopSchema = z
  .strictObject({
    settings: settingsSchema.optional(),
    sellers: z.array(sellerSchema).superRefine(uniqueField('key', 'seller'), { when: isArrayPayload }).default([]),
    products: z.array(productSchema).superRefine(uniqueField('slug', 'product'), { when: isArrayPayload }).default([]),
    deliveryMethods: z.array(deliveryMethodSchema).default([]),
    discounts: z
      .array(discountSchema)
      .superRefine(uniqueField('code', 'discount', normaliseDiscountCode), { when: isArrayPayload })
      .default([]),
  })
  .superRefine(knownReferences, { when: (payload) => typeof payload.value === 'object' && payload.value !== null })

/** A product's seller names a seller key; a discount's products name product slugs. */
function knownReferences(shop: unknown, ctx: z.RefinementCtx): void {
  const listAt = (field: string): unknown[] => {
    const list = fieldOf(shop, field)
    return Array.isArray(list) ? list : []
  }
  const sellerKeys = new Set(listAt('sellers').map((seller) => fieldOf(seller, 'key')))
  const productSlugs = new Set(listAt('products').map((product) => fieldOf(product, 'slug')))
  listAt('products').forEach((product, p) => {
    const seller = fieldOf(product, 'seller')
    if (typeof seller === 'string' && !sellerKeys.has(seller)) {
      ctx.addIssue({ code: 'custom', path: ['products', p, 'seller'], message: `no seller in "shop.sellers" has key "${seller}"` })
    }
  })
  listAt('discounts').forEach((discount, d) => {
    const slugs = fieldOf(discount, 'products')
    if (!Array.isArray(slugs)) return
    slugs.forEach((slug, s) => {
      if (typeof slug === 'string' && !productSlugs.has(slug)) {
        ctx.addIssue({ code: 'custom', path: ['discounts', d, 'products', s], message: `no product in "shop.products" has slug "${slug}"` })
      }
    })
  })
}

export type SiteShop = z.output<typeof shopSchema>
export type SiteShopInput = z.input<typeof shopSchema>
