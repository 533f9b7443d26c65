// The one Payload instance of the process, shared with the admin through Payload's global cache.
import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'

export const payloadClient = (): Promise<Payload> => getPayload({ config })
