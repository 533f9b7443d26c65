// A small closed-loop load generator: `concurrency` clients each send their next request as soon
// as the previous answers, for `durationMs`, keeping connections alive. Bounded in time and count.
import http from 'node:http'

export type LoadResult = { requests: number; errors: number; rps: number; p50: number; p90: number; p99: number }

/** The value below which a share `q` of the (ascending) sorted values fall; NaN when there are none. */
export const percentile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

export async function load(target: { port: number; host: string; path: string }, { concurrency = 20, durationMs = 8000, maxRequests = 200_000 } = {}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  let errors = 0
  let sent = 0
  const deadline = Date.now() + durationMs
  const one = () =>
    new Promise<void>((resolve) => {
      const started = process.hrtime.bigint()
      const req = http.get({ host: '127.0.0.1', port: target.port, path: target.path, headers: { host: target.host }, agent }, (res) => {
        res.resume()
        res.on('end', () => {
          if (res.statusCode !== 200) errors++
          latencies.push(Number(process.hrtime.bigint() - started) / 1e6)
          resolve()
        })
      })
      req.on('error', () => (errors++, resolve()))
    })
  const started = Date.now()
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline && sent < maxRequests) {
        sent++
        await one()
      }
    }),
  )
  const elapsed = (Date.now() - started) / 1000
  agent.destroy()
  latencies.sort((a, b) => a - b)
  const at = (q: number) => percentile(latencies, q)
  return { requests: latencies.length, errors, rps: latencies.length / elapsed, p50: at(0.5), p90: at(0.9), p99: at(0.99) }
}
