import type { CollectionBeforeChangeHook } from 'payload'

import { sanitizeCustomCss } from '../../../src/domain/css/sanitize-custom-css'

/** Keeps the author's CSS as typed, stores the cleaned copy the site serves, and reports what was removed. */
export const sanitizeTenantCss: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.customCss !== 'string') return data
  const { css, removed } = sanitizeCustomCss(data.customCss)
  return { ...data, customCssClean: css, customCssReport: removed.map(({ line, reason }) => ({ line, reason })) }
}
