import { describe, expect, it } from 'vitest'
import { paginate, parsePageParam } from './pagination'

describe('paginate', () => {
  it('gives the offset and neighbours of a middle page', () => {
    expect(paginate(25, 2, 10)).toEqual({
      page: 2, totalPages: 3, offset: 10, perPage: 10, hasPrev: true, hasNext: true, prevPage: 1, nextPage: 3,
    })
  })

  it('has a first and a last page', () => {
    expect(paginate(25, 1, 10)).toMatchObject({ hasPrev: false, prevPage: null, nextPage: 2 })
    expect(paginate(25, 3, 10)).toMatchObject({ hasNext: false, nextPage: null, offset: 20 })
    expect(paginate(20, 2, 10)).toMatchObject({ totalPages: 2, hasNext: false })
  })

  it('keeps page 1 of an empty listing and returns null for pages that do not exist', () => {
    expect(paginate(0, 1, 10)).toMatchObject({ totalPages: 1, offset: 0, hasNext: false })
    expect(paginate(25, 4, 10)).toBeNull()
    expect(paginate(25, 0, 10)).toBeNull()
    expect(paginate(25, 1.5, 10)).toBeNull()
    expect(() => paginate(25, 1, 0)).toThrow(/perPage/)
  })
})

describe('parsePageParam', () => {
  it.each([
    [undefined, 1],
    [null, 1],
    ['', 1],
    ['2', 2],
    ['12', 12],
    ['0', null],
    ['02', null],
    ['-1', null],
    ['1.5', null],
    ['2abc', null],
    ['99999999999999999999', null],
  ])('%s → %s', (value, expected) => expect(parsePageParam(value)).toBe(expected))
})
