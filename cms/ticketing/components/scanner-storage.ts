// What the door scanner keeps in the browser: the door's name, the chosen performance, the kit for
// offline scanning and the admissions made offline, until they are uploaded.
import type { LocalAdmission } from './offline-door'

/** An admission made offline, waiting for the server. */
export interface QueuedScan extends LocalAdmission {
  tenant: string
  performance: string
  input: string
}

const PREFIX = 'vitrine.scanner'

export function readStored<T>(name: string, fallback: T): T {
  try {
    const text = localStorage.getItem(`${PREFIX}.${name}`)
    return text === null ? fallback : (JSON.parse(text) as T)
  } catch {
    return fallback
  }
}

export function writeStored(name: string, value: unknown): void {
  try {
    localStorage.setItem(`${PREFIX}.${name}`, JSON.stringify(value))
  } catch {
    // Storage full or refused (private browsing): the scanner goes on from memory.
  }
}

/** One upload per site, performance and door, as the sync endpoint takes them. */
export function queueGroups(queue: readonly QueuedScan[]): { tenant: string; performance: string; door: string; scans: QueuedScan[] }[] {
  const groups = new Map<string, { tenant: string; performance: string; door: string; scans: QueuedScan[] }>()
  for (const scan of queue) {
    const key = JSON.stringify([scan.tenant, scan.performance, scan.door])
    if (!groups.has(key)) groups.set(key, { tenant: scan.tenant, performance: scan.performance, door: scan.door, scans: [] })
    groups.get(key)!.scans.push(scan)
  }
  return [...groups.values()]
}

export const sameQueuedScan = (a: QueuedScan, b: QueuedScan) =>
  a.tenant === b.tenant && a.performance === b.performance && a.door === b.door && a.input === b.input && a.at === b.at
