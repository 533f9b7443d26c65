import type { Payload } from 'payload'

import type { CustomerAccount } from '../../payload-types'
import { relationId } from '../../relation-id'
import { findOrCreateCustomer } from '../customers'

/**
 * The account's customer record, found or made by (tenant, email) and linked to the account when
 * it was not yet (or no longer: staff may delete a customer). Consent to news given at sign-up is
 * kept on the record, where the customer list and its export read it.
 */
export async function linkCustomerRecord(payload: Payload, account: CustomerAccount, { marketingOptIn = false } = {}): Promise<number | undefined> {
  const tenantId = relationId(account.tenant)
  if (tenantId === undefined) return undefined
  const found = await findOrCreateCustomer(payload, { tenantId, email: account.contactEmail, initial: { name: account.name ?? null, marketingOptIn } })
  if (!found) return undefined
  const { customer, created } = found
  if (!created && ((marketingOptIn && !customer.marketingOptIn) || (account.name && !customer.name))) {
    await payload.update({
      collection: 'customers',
      id: customer.id,
      data: { ...(marketingOptIn ? { marketingOptIn: true } : {}), ...(account.name && !customer.name ? { name: account.name } : {}) },
      overrideAccess: true,
      depth: 0,
    })
  }
  if (relationId(account.customer) !== customer.id) {
    await payload.update({ collection: 'customer-accounts', id: account.id, data: { customer: customer.id }, overrideAccess: true, depth: 0 })
  }
  return customer.id
}
