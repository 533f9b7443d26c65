/** The id a relationship field holds, whether Payload returned it populated (an object) or not. */
export function relationId(value: unknown): number | undefined {
  if (value && typeof value === 'object') return (value as { id: number }).id
  return value === null || value === undefined ? undefined : (value as number)
}

/** An id read from a URL or a form, as a relationship field takes it: a number on SQL databases, the string on MongoDB. */
export function relationValue(id: string | number): number {
  return (typeof id === 'number' || !/^\d+$/.test(id) ? id : Number(id)) as number
}
