import type { Language } from './language'

/** One problem of the one error shape of our APIs: `{ error: { code, message, field?, problems? } }`. */
export interface ApiProblem {
  field?: string
  message: string
}
export interface ApiError extends ApiProblem {
  code: string
  problems?: ApiProblem[]
}
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError }

const UNREACHABLE = {
  en: 'The server could not be reached. Check the connection and try again.',
  fr: 'Le serveur est injoignable. Vérifiez la connexion et réessayez.',
}
const FAILED = { en: 'The request failed', fr: 'La demande a échoué' }

/**
 * Calls one of our endpoints from the admin, with the session cookie. Payload's own REST errors
 * (`{ errors: [{ message }] }`) come back in our shape too, so components handle one kind of failure.
 */
export async function callApi<T>(language: Language, method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'include',
      ...(body === undefined ? {} : { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    })
  } catch {
    return { ok: false, error: { code: 'unreachable', message: UNREACHABLE[language] } }
  }
  const json = (await response.json().catch(() => null)) as { error?: ApiError; errors?: { message?: string }[] } | null
  if (response.ok) return { ok: true, data: json as T }
  if (json?.error?.message) return { ok: false, error: json.error }
  const message = json?.errors?.[0]?.message ?? `${FAILED[language]} (HTTP ${response.status}).`
  return { ok: false, error: { code: String(response.status), message } }
}

/** The first message for each field an error names, e.g. `{ email: '…', 'items.0.quantity': '…' }`. */
export function errorsByField(error: ApiError): Record<string, string> {
  const problems = error.problems?.length ? error.problems : [error]
  const byField: Record<string, string> = {}
  for (const problem of problems) {
    if (problem.field && !(problem.field in byField)) byField[problem.field] = problem.message
  }
  return byField
}

/** The message to show beside the submit button: the error's own, unless a field shown on the form already carries it. */
export function formLevelMessage(error: ApiError, shownOnForm: (field: string) => boolean): string | undefined {
  return Object.keys(errorsByField(error)).some(shownOnForm) ? undefined : error.message
}
