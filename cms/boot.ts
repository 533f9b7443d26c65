// Starting Payload outside Next (the server, scripts, tests): load the config, bring the schema
// up to date, optionally seed the demo.
import { getPayload, type Payload } from 'payload'

import { migrateDatabase } from './migrate'
import { seedDemoIfEmpty } from './platform/site-io/seed-demo'

export async function bootPayload({ seed = false, cron = false, log = console.log }: { seed?: boolean; cron?: boolean; log?: (line: string) => void } = {}): Promise<Payload> {
  const { default: config } = await import('../payload.config')
  const payload = await getPayload({ config, cron })
  await migrateDatabase(payload)
  if (seed) await seedDemoIfEmpty(payload, log)
  return payload
}
