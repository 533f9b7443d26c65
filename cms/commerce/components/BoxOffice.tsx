// The box-office screen at /admin/box-office (a custom admin view): the sale form in the admin's frame.
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminScreen } from './AdminScreen'
import { BoxOfficeSale } from './BoxOfficeSale'

const TITLE = { en: 'Box office', fr: 'Guichet' }
const INTRO = {
  en: 'Sales at the counter or by phone, paid in person: the stock is taken and the receipt mailed as for an online order.',
  fr: 'Ventes au guichet ou par téléphone, payées sur place\u00a0: le stock est pris et le reçu envoyé comme pour une commande en ligne.',
}

export function BoxOffice(view: AdminViewServerProps) {
  return (
    <AdminScreen view={view} path="/box-office" title={TITLE} intro={INTRO} className="vitrine-box-office">
      <BoxOfficeSale />
    </AdminScreen>
  )
}

export default BoxOffice
