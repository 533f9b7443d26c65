const MB = 1024 * 1024
const GB = 1024 * MB

export const PLANS = {
  free: { label: 'free', storageBytes: 500 * MB },
  pro: { label: 'pro', storageBytes: 2 * GB },
} as const
export type PlanId = keyof typeof PLANS

export const STORAGE_ADD_ON_GB = [1, 2, 3, 4, 5, 6, 7, 8] as const
export type StorageAddOnGb = 0 | (typeof STORAGE_ADD_ON_GB)[number]

export type UploadCheck = { ok: true; remainingBytes: number } | { ok: false; message: string }

/** Bytes a tenant may store: its plan plus an optional storage add-on of 1–8 GB. */
export function storageAllowance(plan: PlanId, addOnGb: number = 0): number {
  if (!(plan in PLANS)) throw new RangeError(`Unknown plan “${plan}”; expected one of ${Object.keys(PLANS).join(', ')}.`)
  if (addOnGb !== 0 && !(STORAGE_ADD_ON_GB as readonly number[]).includes(addOnGb)) {
    throw new RangeError(`A storage add-on is a whole number of GB from 1 to 8, not ${addOnGb}.`)
  }
  return PLANS[plan].storageBytes + addOnGb * GB
}

/** `12.3 MB`, `500 MB`, `1.5 GB`: binary multiples, one decimal at most. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let value = Math.max(0, bytes)
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const rounded = unit === 0 ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${units[unit]}`
}

export interface UploadQuotaInput {
  usedBytes: number
  incomingBytes: number
  allowanceBytes: number
  /** Named in the refusal, e.g. `free` → “(free plan)”. */
  plan?: string
}

/** Decides before anything is stored whether an upload fits in the tenant's storage. */
export function checkUpload({ usedBytes, incomingBytes, allowanceBytes, plan }: UploadQuotaInput): UploadCheck {
  const remaining = Math.max(0, allowanceBytes - usedBytes)
  if (incomingBytes <= remaining) return { ok: true, remainingBytes: remaining - incomingBytes }
  const ofAllowance = `your ${formatBytes(allowanceBytes)}${plan ? ` (${plan} plan)` : ''}`
  const needs = `This upload needs ${formatBytes(incomingBytes)}`
  const left = remaining === 0 ? `${needs} but ${ofAllowance} is full.` : `${needs} but only ${formatBytes(remaining)} remain of ${ofAllowance}.`
  return {
    ok: false,
    message: `${left} Delete photos you no longer need or add a storage add-on (1 to 8 GB) in your plan settings.`,
  }
}
