// Requests to the e2e server as a browser on a given host would make them. Node's fetch does not
// let a request choose its Host header, and *.localhost does not resolve everywhere, so this
// connects to 127.0.0.1 and sends the host name itself.
import http from 'node:http'

import { inject } from 'vitest'

export type SiteResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; bytes: Buffer }

export const e2ePort = () => inject('e2ePort')
export const siteOrigin = (host: string) => `http://${host}:${e2ePort()}`

export function request(host: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<SiteResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: e2ePort(), path, method: init.method ?? 'GET', headers: { host: `${host}:${e2ePort()}`, ...init.headers } },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes })
        })
      },
    )
    req.on('error', reject)
    if (init.body) req.write(init.body)
    req.end()
  })
}
