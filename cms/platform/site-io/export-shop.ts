// Database → the `shop` section of a site file: amounts written back as "45,00", VAT rates as
// percents, sellers and products named by key and slug, defaults left out. Stripe's connection
// state stays out: it belongs to the account that onboarded, not to the site.
import type { Payload } from 'payload'

import type { DeliveryMethod, Discount, Product, Seller, ShopSetting } from '../../payload-types'
import { parseChoices } from '../../../src/domain/commerce/cart-request'
import { amountText, vatRatePercent, type SiteShopInput } from '../../../src/domain/sites/shop-schema'
import { slugify } from '../../../src/domain/tenancy/slug'
import { vatRateBp } from '../../commerce/fields/vat-rate'
import { relationId } from '../../relation-id'
import { defined, orUndefined } from './file-values'

/** The site-file path of a media document, which export-site then copies (its `image`). */
export type ImagePath = (value: unknown) => string | undefined

type Question = NonNullable<Product['questions']>[number]
type Fee = NonNullable<ShopSetting['fees']>[number]

const amount = (cents: number | null | undefined) => (typeof cents === 'number' ? amountText(cents) : undefined)
const vatRate = (value: string | null | undefined) => vatRatePercent(vatRateBp(value))
const isoDate = (value: string) => new Date(value).toISOString()
const isoDateOrUndefined = (value: string | null | undefined) => (value ? isoDate(value) : undefined)
const nonEmpty = <T>(items: T[]) => (items.length > 0 ? items : undefined)
// Booleans are written only when they differ from the schema's default.
const onlyTrue = (value: boolean | null | undefined) => (value ? true : undefined)
const onlyFalse = (value: boolean | null | undefined) => (value === false ? false : undefined)

export async function exportShop(payload: Payload, tenant: number, image: ImagePath): Promise<SiteShopInput | undefined> {
  const scoped = { where: { tenant: { equals: tenant } }, overrideAccess: true, depth: 0, limit: 0, pagination: false } as const
  const [settings, sellers, products, deliveryMethods, discounts] = await Promise.all([
    payload.find({ collection: 'shop-settings', ...scoped }),
    payload.find({ collection: 'sellers', sort: 'id', ...scoped }),
    payload.find({ collection: 'products', sort: ['position', 'id'], ...scoped }),
    payload.find({ collection: 'delivery-methods', sort: ['position', 'id'], ...scoped }),
    payload.find({ collection: 'discounts', sort: 'id', ...scoped }),
  ])
  const sellerKeys = sellerKeysById(sellers.docs)
  const productSlugs = new Map(products.docs.map((product) => [String(product.id), product.slug]))
  const shop = defined({
    settings: settingsEntry(settings.docs[0]),
    sellers: nonEmpty(sellers.docs.map((seller) => sellerEntry(seller, sellerKeys))),
    // Ticket prices travel with their events, in the site file's ticketing section.
    products: nonEmpty(products.docs.filter((product): product is ShopProduct => product.kind !== 'ticket').map((product) => productEntry(product, sellerKeys, image))),
    deliveryMethods: nonEmpty(deliveryMethods.docs.map(deliveryMethodEntry)),
    discounts: nonEmpty(discounts.docs.map((discount) => discountEntry(discount, productSlugs))),
  })
  return Object.keys(shop).length > 0 ? shop : undefined
}

/** The database keeps no seller key: it is made from the name, unique within the file. */
function sellerKeysById(sellers: Seller[]): Map<string, string> {
  const taken = new Set<string>()
  return new Map(
    sellers.map((seller) => {
      const stem = slugify(seller.name) || 'vendeur'
      let key = stem
      for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`
      taken.add(key)
      return [String(seller.id), key]
    }),
  )
}

function settingsEntry(settings: ShopSetting | undefined) {
  if (!settings) return undefined
  const entry = defined({
    senderName: orUndefined(settings.senderName),
    replyTo: orUndefined(settings.replyTo),
    salesNotificationEmail: orUndefined(settings.salesNotificationEmail),
    mailFooter: orUndefined(settings.mailFooter),
    termsUrl: orUndefined(settings.termsUrl),
    acceptsBoxOffice: onlyFalse(settings.acceptsBoxOffice),
    fees: nonEmpty((settings.fees ?? []).map(feeEntry)),
    orderQuestions: nonEmpty((settings.orderQuestions ?? []).map(questionEntry)),
  })
  return Object.keys(entry).length > 0 ? entry : undefined
}

const feeEntry = (fee: Fee) =>
  defined({
    label: fee.label,
    per: fee.per,
    kind: fee.kind,
    percent: fee.kind === 'percent' ? orUndefined(fee.percent) : undefined,
    amount: fee.kind === 'fixed' ? amount(fee.amount ?? 0) : undefined,
    vatRate: vatRate(fee.vatRate),
    passedToBuyer: onlyFalse(fee.passedToBuyer),
  })

const questionEntry = (question: Question) =>
  defined({ label: question.label, required: onlyTrue(question.required), choices: nonEmpty(parseChoices(question.choices)) })

const sellerEntry = (seller: Seller, keys: Map<string, string>) =>
  defined({
    key: keys.get(String(seller.id))!,
    name: seller.name,
    email: orUndefined(seller.email),
    legalName: orUndefined(seller.legalName),
    siret: orUndefined(seller.siret),
    address: orUndefined(seller.address),
    receivesPayouts: onlyTrue(seller.receivesPayouts),
    commissionPercent: seller.commissionPercent || undefined,
  })

type ShopProduct = Product & { kind?: Exclude<Product['kind'], 'ticket'> }

function productEntry(product: ShopProduct, sellerKeys: Map<string, string>, image: ImagePath) {
  return defined({
    title: product.title,
    slug: product.slug,
    kind: product.kind ?? 'merchandise',
    description: orUndefined(product.description),
    price: amountText(product.price),
    vatRate: vatRate(product.vatRate),
    stock: orUndefined(product.stock),
    active: onlyFalse(product.active),
    images: nonEmpty((product.images ?? []).map(image).filter((file): file is string => file !== undefined)),
    seller: product.seller ? sellerKeys.get(String(relationId(product.seller))) : undefined,
    variants: nonEmpty(
      (product.variants ?? []).map((variant) =>
        defined({ label: variant.label, sku: orUndefined(variant.sku), price: amount(variant.price), stock: orUndefined(variant.stock) }),
      ),
    ),
    priceEvents: nonEmpty(
      (product.priceEvents ?? []).map((event) => ({
        label: event.label,
        price: amountText(event.price),
        startsAt: isoDate(event.startsAt),
        endsAt: isoDate(event.endsAt),
      })),
    ),
    questions: nonEmpty((product.questions ?? []).map(questionEntry)),
  })
}

const deliveryMethodEntry = (method: DeliveryMethod) =>
  defined({
    label: method.label,
    description: orUndefined(method.description),
    price: amountText(method.price),
    vatRate: vatRate(method.vatRate),
    freeFrom: amount(method.freeFrom),
    requiresAddress: onlyFalse(method.requiresAddress),
    active: onlyFalse(method.active),
  })

const discountEntry = (discount: Discount, productSlugs: Map<string, string>) =>
  defined({
    code: discount.code,
    kind: discount.kind,
    percent: discount.kind === 'percent' ? orUndefined(discount.percent) : undefined,
    amount: discount.kind === 'fixed' ? amount(discount.amount) : undefined,
    minimumOrder: amount(discount.minimumOrder),
    validFrom: isoDateOrUndefined(discount.validFrom),
    validUntil: isoDateOrUndefined(discount.validUntil),
    maxUses: orUndefined(discount.maxUses),
    products: nonEmpty((discount.products ?? []).map((product) => productSlugs.get(String(relationId(product)))!)),
  })
