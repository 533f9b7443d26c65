import { formatMoney, type Money } from '../commerce/money'
import { formatVatRate } from '../commerce/vat'
import type { MailBrand, MailLocale } from './brand'
import type { PaymentMethod } from './receipt'

// French typography: a non-breaking space before “:”, “!” and “?” so they never start a line.
const NBSP = '\u00a0'

type Maybe = string | undefined

export interface MailWords {
  greeting: (name: Maybe) => string
  reference: string
  date: string
  paymentMethod: string
  paymentMethods: Record<PaymentMethod, string>
  paidWithStoreCredit: string
  yourOrder: string
  order: string
  lineDiscount: string
  freeDelivery: string
  discountIncluded: (code: Maybe) => string
  totalPaid: string
  vat: string
  vatIncluded: (rate: string) => string
  vatBase: (net: string) => string
  totalNet: string
  payment: string
  yourAnswers: string
  answers: string
  viewOrder: string
  viewTickets: string
  seller: string
  legalName: string
  siret: string
  address: string
  validUntil: string
  yourCode: string
  howToUseCode: (site: string) => string
  orderConfirmation: {
    subject: (reference: string, site: string) => string
    heading: (name: Maybe) => string
    intro: (site: string) => string
  }
  sale: {
    subject: (reference: string, total: string) => string
    heading: string
    intro: (buyer: string, reference: string) => string
    buyer: string
    email: string
    viewInAdmin: string
  }
  refund: {
    subject: (amount: string, reference: string) => string
    heading: string
    toCard: (amount: string, reference: string) => string
    toStoreCredit: (amount: string, reference: string) => string
    amountRefunded: string
    balance: string
  }
  passwordReset: {
    subject: (site: string) => string
    heading: string
    intro: (site: string) => string
    button: string
    linkFallback: string
    notYou: string
  }
  giftCard: {
    subject: (site: string, from: Maybe) => string
    heading: (from: Maybe) => string
    intro: (amount: string, site: string) => string
    visit: (site: string) => string
  }
}

const FRENCH: MailWords = {
  greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
  reference: 'Référence',
  date: 'Date',
  paymentMethod: 'Moyen de paiement',
  paymentMethods: {
    card: 'Carte bancaire',
    cash: 'Espèces',
    cheque: 'Chèque',
    card_in_person: 'Carte bancaire, sur place',
    store_credit: 'Avoir ou carte cadeau',
  },
  paidWithStoreCredit: 'Payé avec un avoir',
  yourOrder: 'Votre commande',
  order: 'Commande',
  lineDiscount: 'Remise',
  freeDelivery: 'Offerte',
  discountIncluded: (code) => (code ? `Remises incluses (code ${code})` : 'Remises incluses'),
  totalPaid: 'Total payé',
  vat: 'TVA',
  vatIncluded: (rate) => `dont TVA ${rate}`,
  vatBase: (net) => `sur ${net} HT`,
  totalNet: 'Total HT',
  payment: 'Paiement',
  yourAnswers: 'Vos réponses',
  answers: 'Réponses du client',
  viewOrder: 'Voir ma commande',
  viewTickets: 'Mes billets',
  seller: 'Vendeur',
  legalName: 'Dénomination',
  siret: 'SIRET',
  address: 'Adresse',
  validUntil: 'Valable jusqu’au',
  yourCode: 'Votre code',
  howToUseCode: (site) => `Pour l’utiliser, saisissez ce code au moment du paiement de votre commande sur ${site}.`,
  orderConfirmation: {
    subject: (reference, site) => `Confirmation de votre commande ${reference} – ${site}`,
    heading: (name) => `Merci pour votre commande${name ? `, ${name}` : ''}${NBSP}!`,
    intro: (site) => `Nous avons bien reçu votre commande sur ${site}. En voici le récapitulatif.`,
  },
  sale: {
    subject: (reference, total) => `Nouvelle vente${NBSP}: commande ${reference} (${total})`,
    heading: `Nouvelle vente${NBSP}!`,
    intro: (buyer, reference) => `${buyer} vient de passer la commande ${reference}.`,
    buyer: 'Client',
    email: 'E-mail',
    viewInAdmin: 'Voir la commande dans l’administration',
  },
  refund: {
    subject: (amount, reference) => `Remboursement de ${amount} – commande ${reference}`,
    heading: 'Votre remboursement',
    toCard: (amount, reference) =>
      `Nous vous avons remboursé ${amount} pour la commande ${reference}, sur la carte utilisée pour le paiement. Selon votre banque, le montant apparaîtra sur votre relevé d’ici quelques jours.`,
    toStoreCredit: (amount, reference) => `Nous vous avons remboursé ${amount} pour la commande ${reference} sous forme d’avoir.`,
    amountRefunded: 'Montant remboursé',
    balance: 'Solde de votre avoir',
  },
  passwordReset: {
    subject: (site) => `Réinitialisation de votre mot de passe – ${site}`,
    heading: 'Choisissez un nouveau mot de passe',
    intro: (site) => `Vous avez demandé à réinitialiser le mot de passe de votre compte client sur ${site}. Cliquez sur le bouton ci-dessous pour en choisir un nouveau.`,
    button: 'Choisir un nouveau mot de passe',
    linkFallback: `Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur${NBSP}:`,
    notYou: `Si vous n’êtes pas à l’origine de cette demande, ignorez ce message${NBSP}: votre mot de passe reste inchangé.`,
  },
  giftCard: {
    subject: (site, from) => (from ? `${from} vous offre une carte cadeau ${site}` : `Votre carte cadeau ${site}`),
    heading: (from) => (from ? `${from} vous offre une carte cadeau${NBSP}!` : 'Votre carte cadeau'),
    intro: (amount, site) => `Une carte cadeau de ${amount} à utiliser sur ${site}.`,
    visit: (site) => `Découvrir ${site}`,
  },
}

const ENGLISH: MailWords = {
  greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
  reference: 'Reference',
  date: 'Date',
  paymentMethod: 'Payment method',
  paymentMethods: {
    card: 'Card',
    cash: 'Cash',
    cheque: 'Cheque',
    card_in_person: 'Card, in person',
    store_credit: 'Store credit or gift card',
  },
  paidWithStoreCredit: 'Paid with store credit',
  yourOrder: 'Your order',
  order: 'Order',
  lineDiscount: 'Discount',
  freeDelivery: 'Free',
  discountIncluded: (code) => (code ? `Discounts included (code ${code})` : 'Discounts included'),
  totalPaid: 'Total paid',
  vat: 'VAT',
  vatIncluded: (rate) => `incl. VAT ${rate}`,
  vatBase: (net) => `on ${net} excl. VAT`,
  totalNet: 'Total excl. VAT',
  payment: 'Payment',
  yourAnswers: 'Your answers',
  answers: 'Customer’s answers',
  viewOrder: 'View my order',
  viewTickets: 'My tickets',
  seller: 'Seller',
  legalName: 'Legal name',
  siret: 'SIRET',
  address: 'Address',
  validUntil: 'Valid until',
  yourCode: 'Your code',
  howToUseCode: (site) => `To use it, enter this code at checkout on ${site}.`,
  orderConfirmation: {
    subject: (reference, site) => `Your order ${reference} – ${site}`,
    heading: (name) => `Thank you for your order${name ? `, ${name}` : ''}!`,
    intro: (site) => `We have received your order on ${site}. Here is your receipt.`,
  },
  sale: {
    subject: (reference, total) => `New sale: order ${reference} (${total})`,
    heading: 'New sale!',
    intro: (buyer, reference) => `${buyer} has just placed order ${reference}.`,
    buyer: 'Customer',
    email: 'Email',
    viewInAdmin: 'View the order in the admin',
  },
  refund: {
    subject: (amount, reference) => `Refund of ${amount} – order ${reference}`,
    heading: 'Your refund',
    toCard: (amount, reference) =>
      `We have refunded ${amount} for order ${reference} to the card you paid with. Depending on your bank, it will appear on your statement within a few days.`,
    toStoreCredit: (amount, reference) => `We have refunded ${amount} for order ${reference} as store credit.`,
    amountRefunded: 'Amount refunded',
    balance: 'Your store credit balance',
  },
  passwordReset: {
    subject: (site) => `Reset your password – ${site}`,
    heading: 'Choose a new password',
    intro: (site) => `You asked to reset the password of your customer account on ${site}. Click the button below to choose a new one.`,
    button: 'Choose a new password',
    linkFallback: 'If the button does not work, copy this link into your browser:',
    notYou: 'If you did not ask for this, ignore this message: your password stays the same.',
  },
  giftCard: {
    subject: (site, from) => (from ? `${from} sent you a ${site} gift card` : `Your ${site} gift card`),
    heading: (from) => (from ? `${from} sent you a gift card!` : 'Your gift card'),
    intro: (amount, site) => `A gift card of ${amount} to spend on ${site}.`,
    visit: (site) => `Visit ${site}`,
  },
}

const LANGUAGES = {
  fr: { words: FRENCH, intl: 'fr-FR' },
  en: { words: ENGLISH, intl: 'en-GB' },
} as const satisfies Record<MailLocale, { words: MailWords; intl: string }>

const DEFAULT_TIME_ZONE = 'Europe/Paris'

/** The words and number/date formats of one mail, in the brand's language. */
export interface MailLanguage {
  locale: MailLocale
  words: MailWords
  money(m: Money): string
  /** A discount or credit taken off: `−4,00 €`, with a true minus sign. */
  minus(m: Money): string
  vatRate(rateBp: number): string
  day(date: Date): string
  dateTime(date: Date): string
  /** `Label : value` in French, `Label: value` in English. */
  labelled(label: string, value: string): string
}

export function mailLanguage(brand: Pick<MailBrand, 'locale' | 'timeZone'>): MailLanguage {
  // The locale comes from stored settings: anything but English reads as the French default.
  const locale: MailLocale = brand.locale === 'en' ? 'en' : 'fr'
  const { words, intl } = LANGUAGES[locale]
  const timeZone = brand.timeZone ?? DEFAULT_TIME_ZONE
  const money = (m: Money) => formatMoney(m, intl)
  return {
    locale,
    words,
    money,
    minus: (m) => `−${money({ amount: Math.abs(m.amount), currency: m.currency })}`,
    vatRate: (rateBp) => formatVatRate(rateBp, intl),
    day: (date) => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone }).format(date),
    dateTime: (date) => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date),
    labelled: (label, value) => (locale === 'fr' ? `${label}${NBSP}: ${value}` : `${label}: ${value}`),
  }
}
