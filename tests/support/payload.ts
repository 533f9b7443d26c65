// The real Payload (our config, migrations included) on the file's fresh database (see
// integration-setup.ts).
import type { Payload } from 'payload'

export async function bootTestPayload({ seed = false } = {}): Promise<Payload> {
  const { bootPayload } = await import('../../cms/boot')
  return bootPayload({ seed, log: () => undefined })
}

export const mediaDir = () => process.env.MEDIA_DIR!
