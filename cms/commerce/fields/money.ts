import type { NumberField, TextField } from 'payload'

import { DEFAULT_CURRENCY, formatMoney, money, parseMoney, toDecimalString } from '../../../src/domain/commerce/money'

type Label = { en: string; fr: string }

/**
 * An amount stored as integer cents (`name`) and edited as text (`nameText`: "12,50"): a person
 * never types cents, and the database never holds a float. API clients may send either; the text
 * wins when both are given.
 */
export function moneyField({
  name,
  label,
  required = false,
  description,
  condition,
}: {
  name: string
  label: Label
  required?: boolean
  description?: Label
  /** Shows the field only when this returns true (e.g. for one kind of discount). */
  condition?: (data: Record<string, unknown>, siblingData: Record<string, unknown>) => boolean
}): [NumberField, TextField] {
  const stored: NumberField = {
    name,
    type: 'number',
    required,
    admin: { hidden: true },
    validate: (value: number | null | undefined) =>
      value === null || value === undefined || (Number.isSafeInteger(value) && value >= 0) ? true : 'An amount is a whole, non-negative number of cents.',
  }
  const edited: TextField = {
    name: `${name}Text`,
    type: 'text',
    virtual: true,
    label,
    admin: { description: description ?? { en: 'In euros, VAT included, e.g. 12,50', fr: 'En euros TTC, par ex. 12,50' }, ...(condition ? { condition } : {}) },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value !== 'string') return value
          if (value.trim() === '') {
            if (!required) siblingData[name] = null
            return value
          }
          const parsed = parseMoney(value)
          if (parsed.ok) siblingData[name] = parsed.money.amount
          return value
        },
      ],
      afterRead: [
        ({ siblingData }) => {
          const cents = siblingData?.[name]
          return typeof cents === 'number' ? toDecimalString(money(cents, DEFAULT_CURRENCY)).replace('.', ',') : undefined
        },
      ],
    },
    validate: (value: string | null | undefined, { siblingData }: { siblingData: Record<string, unknown> }) => {
      if (typeof value === 'string' && value.trim() !== '') {
        const parsed = parseMoney(value)
        return parsed.ok ? true : parsed.message
      }
      if (required && typeof siblingData?.[name] !== 'number') return 'Enter an amount, for example 12,50.'
      return true
    },
  }
  return [stored, edited]
}

/** A read-only "12,50 €" column beside a stored amount in cents, for lists in the admin. */
export function moneyDisplayField(name: string, source: string, label: Label): TextField {
  return {
    name,
    type: 'text',
    virtual: true,
    label,
    admin: { readOnly: true },
    hooks: { afterRead: [({ siblingData }) => (typeof siblingData?.[source] === 'number' ? formatMoney(money(siblingData[source])) : undefined)] },
  }
}
