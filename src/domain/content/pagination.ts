export interface Pagination {
  page: number
  totalPages: number
  offset: number
  perPage: number
  hasPrev: boolean
  hasNext: boolean
  prevPage: number | null
  nextPage: number | null
}

/**
 * Where page `page` of a listing starts; `null` when that page does not exist, which the route
 * answers with a 404. An empty listing still has its page 1.
 */
export function paginate(totalItems: number, page: number, perPage: number): Pagination | null {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a whole number ≥ 1, not ${perPage}.`)
  const totalPages = Math.max(1, Math.ceil(Math.max(0, totalItems) / perPage))
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null
  return {
    page,
    totalPages,
    offset: (page - 1) * perPage,
    perPage,
    hasPrev: page > 1,
    hasNext: page < totalPages,
    prevPage: page > 1 ? page - 1 : null,
    nextPage: page < totalPages ? page + 1 : null,
  }
}

/** `?page=` as a page number: absent → 1; anything but a plain positive integer → null (404). */
export function parsePageParam(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return 1
  if (!/^[1-9]\d{0,8}$/.test(value)) return null
  return Number(value)
}
