// The `shop` section of a site file → the tenant's shop: its settings (always, so the admin finds
// them even on a site that sells nothing yet), sellers, products, delivery methods and discount
// codes, in the order they point at each other. Amounts arrive in cents, VAT rates in basis points.
import type { Payload } from 'payload'

import type { Product } from '../../payload-types'
import type { SiteShop } from '../../../src/domain/sites/shop-schema'

/** Uploads a file of the site folder once and gives its media id (import-site's `image`). */
export type UploadImage = (file: string | undefined, alt?: string) => Promise<number | undefined>

type Question = SiteShop['products'][number]['questions'][number]

const base = { overrideAccess: true, depth: 0 } as const

/** The select stores basis points as text ("2000" = 20 %). */
const vatRate = (rateBp: number) => String(rateBp) as Product['vatRate']

const question = ({ label, required, choices }: Question) => ({ label, required, choices: choices?.join(', ') })

export async function createShop(payload: Payload, tenant: number, shop: SiteShop | undefined, image: UploadImage): Promise<void> {
  await createSettings(payload, tenant, shop?.settings)
  if (!shop) return
  const sellerIds = await createSellers(payload, tenant, shop.sellers)
  const productIds = await createProducts(payload, tenant, shop.products, sellerIds, image)
  await createDeliveryMethods(payload, tenant, shop.deliveryMethods)
  await createDiscounts(payload, tenant, shop.discounts, productIds)
}

async function createSettings(payload: Payload, tenant: number, settings: SiteShop['settings']) {
  const { fees = [], orderQuestions = [], ...scalars } = settings ?? {}
  await payload.create({
    collection: 'shop-settings',
    data: {
      tenant,
      ...scalars,
      fees: fees.map((fee) => ({ ...fee, vatRate: vatRate(fee.vatRate) })),
      orderQuestions: orderQuestions.map(question),
    },
    ...base,
  })
}

/** Seller key → id. */
async function createSellers(payload: Payload, tenant: number, sellers: SiteShop['sellers']): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const { key, ...seller } of sellers) {
    const doc = await payload.create({ collection: 'sellers', data: { tenant, ...seller }, ...base })
    ids.set(key, doc.id)
  }
  return ids
}

/** Product slug → id. */
async function createProducts(
  payload: Payload,
  tenant: number,
  products: SiteShop['products'],
  sellerIds: Map<string, number>,
  image: UploadImage,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  for (const [position, product] of products.entries()) {
    const images: number[] = []
    for (const file of product.images) images.push((await image(file, product.title))!)
    const doc = await payload.create({
      collection: 'products',
      data: {
        tenant,
        ...product,
        position,
        vatRate: vatRate(product.vatRate),
        stock: product.stock ?? null,
        images,
        seller: product.seller === undefined ? undefined : sellerIds.get(product.seller),
        questions: product.questions.map(question),
      },
      ...base,
    })
    ids.set(product.slug, doc.id)
  }
  return ids
}

async function createDeliveryMethods(payload: Payload, tenant: number, methods: SiteShop['deliveryMethods']) {
  for (const [position, method] of methods.entries()) {
    await payload.create({ collection: 'delivery-methods', data: { tenant, ...method, position, vatRate: vatRate(method.vatRate) }, ...base })
  }
}

async function createDiscounts(payload: Payload, tenant: number, discounts: SiteShop['discounts'], productIds: Map<string, number>) {
  for (const discount of discounts) {
    const products = discount.products.map((slug) => productIds.get(slug)!)
    await payload.create({ collection: 'discounts', data: { tenant, ...discount, products }, ...base })
  }
}
