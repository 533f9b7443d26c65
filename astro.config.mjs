// The tenant sites: Astro SSR in middleware mode, mounted by server.mjs beside Payload's Next app.
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'middleware' }),
  // Sessions are not used: carts and accounts come from Payload (commerce work).
  session: false,
  // Pages make their own decisions per host; nothing is prerendered.
  prefetch: false,
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'never' },
  vite: {
    ssr: {
      // Payload and its adapters run as plain Node modules, not bundled by Vite.
      external: ['payload', 'sharp', '@payloadcms/db-sqlite', '@payloadcms/db-postgres', '@payloadcms/db-mongodb', '@payloadcms/richtext-lexical', '@payloadcms/plugin-multi-tenant'],
    },
  },
})
