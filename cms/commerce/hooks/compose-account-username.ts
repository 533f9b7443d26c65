import type { CollectionBeforeValidateHook } from 'payload'

import { accountUsername } from '../../../src/domain/commerce/customer-account'
import { relationId } from '../../relation-id'

/**
 * The login name of a customer account is never typed: it is made from the account's tenant and
 * email each time either is written, whatever the data says.
 */
export const composeAccountUsername: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const tenant = relationId(data.tenant ?? originalDoc?.tenant)
  const email = (data.contactEmail ?? originalDoc?.contactEmail) as string | undefined
  if (tenant === undefined || !email) return data
  const contactEmail = email.trim().toLowerCase()
  return { ...data, contactEmail, username: accountUsername(tenant, contactEmail) }
}
