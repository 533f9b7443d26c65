import { z } from 'zod'

import { cartItemsSchema } from './cart-request'

const optionalText = (max: number) => z.string().trim().max(max).transform((value) => (value === '' ? undefined : value)).optional()

/** The body of a checkout, online or at the box office: who buys, what, and how it is delivered. */
export const checkoutRequestSchema = z.object({
  items: cartItemsSchema.min(1, 'The cart is empty.'),
  email: z.string().trim().toLowerCase().email('Enter a valid email address.'),
  name: optionalText(120),
  phone: optionalText(40),
  address: optionalText(400),
  deliveryMethodId: z.union([z.string(), z.number()]).transform(String).optional(),
  discountCode: optionalText(40),
  giftCardCode: optionalText(40),
  answers: z.record(z.string().max(200), z.string().max(1000)).optional(),
  marketingOptIn: z.boolean().optional(),
})
export type CheckoutRequest = z.infer<typeof checkoutRequestSchema>

/** A zod failure as the field-by-field problems every API of ours returns. */
export function zodProblems(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }))
}
