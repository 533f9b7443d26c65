// The baseline of the benchmark: an Astro hello-world built and served exactly like our sites
// (SSR, @astrojs/node in middleware mode, mounted in a plain node:http server).
import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

export default defineConfig({ output: 'server', adapter: node({ mode: 'middleware' }), session: false, devToolbar: { enabled: false } })
