import { useTranslation } from '@payloadcms/ui'

import { formatMoney, money, type Currency } from '../../../src/domain/commerce/money'

export type Language = 'en' | 'fr'

/** The admin's language: English when the user reads the admin in English, French otherwise (the config's fallback). */
export function useLanguage(): Language {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'fr'
}

export const intlLocale = (language: Language) => (language === 'en' ? 'en-GB' : 'fr-FR')

/** `1250` → `12,50 €` in French, `€12.50` in English. */
export function formatCents(cents: number, language: Language, currency: string = 'EUR'): string {
  return formatMoney(money(cents, currency as Currency), intlLocale(language))
}
