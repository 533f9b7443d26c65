import { FormEncodingError } from '../../../src/domain/commerce/form-encoding'

/** An error the emulator answers in Stripe's shape, so the SDK throws the matching StripeError class. */
export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: { param?: string; code?: string; type?: 'invalid_request_error' | 'card_error' | 'idempotency_error' | 'api_error'; decline_code?: string } = {},
  ) {
    super(message)
    this.name = 'StripeApiError'
  }

  toJSON(): { error: Record<string, string> } {
    const { type = 'invalid_request_error', ...rest } = this.details
    return { error: { type, message: this.message, ...rest } }
  }
}

export function invalidParam(param: string, message: string, code = 'parameter_invalid'): StripeApiError {
  return new StripeApiError(400, message, { param, code })
}

export function missingParam(param: string): StripeApiError {
  return new StripeApiError(400, `Missing required param: ${param}.`, { param, code: 'parameter_missing' })
}

export function noSuch(kind: string, id: string, param?: string): StripeApiError {
  return new StripeApiError(404, `No such ${kind}: '${id}'`, { param, code: 'resource_missing' })
}

/** Any failure as the status and body Stripe would answer; a bug in the emulator is a 500 api_error. */
export function errorAnswer(error: unknown): { status: number; body: unknown } {
  if (error instanceof StripeApiError) return { status: error.status, body: error.toJSON() }
  if (error instanceof FormEncodingError) return { status: 400, body: new StripeApiError(400, error.message, { param: error.key }).toJSON() }
  return { status: 500, body: new StripeApiError(500, `The emulator failed: ${String(error)}`, { type: 'api_error' }).toJSON() }
}
