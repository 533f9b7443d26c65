// Starting Payload outside Next (the server, scripts, tests): load the config, bring the schema
// up to date, optionally seed the demo.
import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from './migrate'
import { seedDemoIfEmpty } from './platform/site-io/seed-demo'

export async function bootPayload({ seed = false, log = console.log }: { seed?: boolean; log?: (line: string) => void } = {}): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  if (seed) await seedDemoIfEmpty(payload, log)
  return payload
}
