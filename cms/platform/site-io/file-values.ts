// How export writes optional values into a site file: absent rather than null or empty.

/** The object without its undefined, null and empty-text values. */
export const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')) as T

export const orUndefined = <T>(value: T | null | undefined) => (value === null || value === '' ? undefined : value)
