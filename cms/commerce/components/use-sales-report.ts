import { useEffect, useRef, useState } from 'react'

import type { SalesReport } from '../../../src/domain/reports/sales'
import { callApi } from './api'
import type { Language } from './language'
import { reportQuery, type ReportFilters } from './report-query'

/** “Real time” as a till needs it: the report is asked again every minute while the page is seen. */
export const REFRESH_MS = 60_000

export interface LiveReport {
  report?: SalesReport
  error?: string
  loading: boolean
  updatedAt?: Date
}

/**
 * The sales report for a site and filters: fetched when they change, then every minute while the
 * tab is visible (and at once when it comes back after a minute or more). The last report stays
 * on screen while the next one loads, or if it fails.
 */
export function useSalesReport(tenant: string | undefined, filters: ReportFilters, language: Language): LiveReport {
  const query = tenant ? reportQuery(tenant, filters) : ''
  const [state, setState] = useState<{ query: string; report?: SalesReport; error?: string; updatedAt?: Date }>({ query: '' })
  const [loading, setLoading] = useState(false)
  const [tick, setTick] = useState(0)
  const lastAsked = useRef(0)

  useEffect(() => {
    if (!query) return
    let current = true
    lastAsked.current = Date.now()
    setLoading(true)
    void callApi<SalesReport>(language, 'GET', `/reports/sales?${query}`).then((result) => {
      if (!current) return
      setLoading(false)
      setState((previous) => {
        const kept = previous.query === query ? previous : { query }
        return result.ok ? { query, report: result.data, updatedAt: new Date() } : { ...kept, error: result.error.message }
      })
    })
    return () => {
      current = false
    }
  }, [query, tick, language])

  useEffect(() => {
    const refreshIfSeen = (force: boolean) => {
      if (document.visibilityState === 'visible' && (force || Date.now() - lastAsked.current >= REFRESH_MS)) setTick((n) => n + 1)
    }
    const timer = window.setInterval(() => refreshIfSeen(true), REFRESH_MS)
    const onVisibility = () => refreshIfSeen(false)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.clearInterval(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  const shown = state.query === query ? state : {}
  return { ...shown, loading }
}
