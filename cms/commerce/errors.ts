/** A problem the buyer or the staff can fix, with the field it is about; APIs answer it as `{ error: { code, message, field } }`. */
export class CommerceError extends Error {
  constructor(
    readonly code: 'invalid' | 'unavailable' | 'conflict' | 'not_found' | 'payment_failed',
    readonly problems: { field: string; message: string; fr?: string }[],
    readonly status = code === 'not_found' ? 404 : code === 'conflict' ? 409 : code === 'payment_failed' ? 402 : 400,
  ) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '))
    this.name = 'CommerceError'
  }

  /** One problem; `fr` is its wording for a buyer on a French site (the message stays English for staff and APIs). */
  static of(code: CommerceError['code'], field: string, message: string, fr?: string): CommerceError {
    return new CommerceError(code, [{ field, message, ...(fr ? { fr } : {}) }])
  }

  /** The one error shape of our APIs; the first problem leads, all are listed. */
  toBody() {
    const [first] = this.problems
    return { error: { code: this.code, message: first?.message ?? this.message, field: first?.field, problems: this.problems } }
  }
}
