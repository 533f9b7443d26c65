import type { Post } from '../../cms/payload-types'
import { paginate, type Pagination } from '../domain/content/pagination'
import type { Site } from './site'
import { siteData } from './site-data'

export const POSTS_PER_PAGE = 9

/** One page of the blog (optionally of one tag); null when that page does not exist (→ 404). */
export async function postPage(site: Site, page: number | null, tag?: string): Promise<{ posts: Post[]; pagination: Pagination } | null> {
  if (page === null) return null
  const result = await siteData(site).posts({ page, perPage: POSTS_PER_PAGE, tag })
  const pagination = paginate(result.totalDocs, page, POSTS_PER_PAGE)
  return pagination && (tag === undefined || result.totalDocs > 0) ? { posts: result.docs as Post[], pagination } : null
}
