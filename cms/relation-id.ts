/** The id a relationship field holds, whether Payload returned it populated (an object) or not. */
export function relationId(value: unknown): number | undefined {
  if (value && typeof value === 'object') return (value as { id: number }).id
  return value === null || value === undefined ? undefined : (value as number)
}
