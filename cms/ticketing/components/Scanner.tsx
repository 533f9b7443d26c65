// The door scanner at /admin/scanner (a custom admin view): the scanner in the admin's frame.
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { AdminScreen } from '../../commerce/components/AdminScreen'
import { DoorScanner } from './DoorScanner'

const TITLE = { en: 'Door scanner', fr: 'Contrôle des entrées' }
const INTRO = {
  en: 'Scan tickets at the door with a barcode reader or the camera: only the first scan lets in. Without a connection, the downloaded list answers and the entries are sent later.',
  fr: 'Scannez les billets à l’entrée avec une douchette ou la caméra\u00a0: seul le premier passage fait entrer. Sans connexion, la liste téléchargée répond et les entrées sont envoyées plus tard.',
}

export function Scanner(view: AdminViewServerProps) {
  return (
    <AdminScreen view={view} path="/scanner" title={TITLE} intro={INTRO} className="vitrine-scanner-screen">
      <DoorScanner />
    </AdminScreen>
  )
}

export default Scanner
