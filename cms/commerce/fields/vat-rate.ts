import type { SelectField } from 'payload'

import { FRENCH_VAT_RATES, formatVatRate } from '../../../src/domain/commerce/vat'

/**
 * The VAT rate a price includes, kept on every product, fee and line. Stored as basis points in
 * text ("2000" = 20 %) so the select shows the French rates and the code reads an exact integer.
 */
export function vatRateField(name = 'vatRate', defaultValue: number = FRENCH_VAT_RATES.standard): SelectField {
  return {
    name,
    type: 'select',
    required: true,
    defaultValue: String(defaultValue),
    label: { en: 'VAT rate', fr: 'Taux de TVA' },
    options: Object.values(FRENCH_VAT_RATES).map((bp) => ({ label: formatVatRate(bp), value: String(bp) })),
  }
}

/** The rate of a stored select value, in basis points. */
export const vatRateBp = (value: string | null | undefined): number => Number(value ?? FRENCH_VAT_RATES.standard)
