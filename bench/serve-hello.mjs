// Serves the built hello-world the way server.mjs serves our sites: node:http → Astro handler.
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const { handler } = await import(pathToFileURL(path.resolve(process.argv[2], 'server/entry.mjs')).href)
const server = http.createServer((req, res) => handler(req, res))
server.listen(Number(process.argv[3]), '127.0.0.1', () => process.stdout.write('Hello is listening\n'))
