// Several organizers under one site: an event names its organizer (a seller), and its ticket
// prices sell on that organizer's behalf unless they name another seller, so each organizer's
// monthly statement holds its own ticket sales.
import type { CollectionBeforeChangeHook } from 'payload'

import type { Product } from '../payload-types'
import { relationId } from '../relation-id'

export const sellerOfTicketPrice: CollectionBeforeChangeHook<Product> = async ({ data, originalDoc, req }) => {
  const kind = data.kind ?? originalDoc?.kind
  const eventId = relationId(data.event ?? originalDoc?.event)
  const seller = data.seller !== undefined ? data.seller : originalDoc?.seller
  if (kind !== 'ticket' || eventId === undefined || relationId(seller) !== undefined) return data
  const event = await req.payload.findByID({ collection: 'events', id: eventId, depth: 0, overrideAccess: true, req, disableErrors: true })
  const organizer = relationId(event?.organizer)
  return organizer === undefined ? data : { ...data, seller: organizer }
}
