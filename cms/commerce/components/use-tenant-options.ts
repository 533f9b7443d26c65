import { useEffect, useState } from 'react'

import { callApi } from './api'
import type { Language } from './language'

export interface Option {
  value: string
  label: string
}

/** A site's products or sellers as select options, by name; none when the user may not read them. */
export function useTenantOptions(collection: 'products' | 'sellers', tenant: string | undefined, language: Language): Option[] {
  const field = collection === 'products' ? 'title' : 'name'
  const [loaded, setLoaded] = useState<{ tenant: string; options: Option[] }>()
  useEffect(() => {
    if (!tenant) return
    let current = true
    const query = new URLSearchParams({ 'where[tenant][equals]': tenant, sort: field, limit: '500', depth: '0', [`select[${field}]`]: 'true' })
    void callApi<{ docs: Record<string, unknown>[] }>(language, 'GET', `/${collection}?${query}`).then((result) => {
      if (!current) return
      const docs = result.ok ? result.data.docs : []
      setLoaded({ tenant, options: docs.map((doc) => ({ value: String(doc.id), label: String(doc[field] ?? doc.id) })) })
    })
    return () => {
      current = false
    }
  }, [collection, field, tenant, language])
  return loaded && loaded.tenant === tenant ? loaded.options : []
}
