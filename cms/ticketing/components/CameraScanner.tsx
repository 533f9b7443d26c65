'use client'
// Reading tickets with the phone's camera through the browser's BarcodeDetector (QR codes and the
// Code 128 barcode). Browsers without it are told so: a barcode reader or typing still works.
import { Button } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import type { Language } from '../../commerce/components/language'

// BarcodeDetector is not in TypeScript's DOM library yet.
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}
const detectorClass = () => (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector
const FORMATS = ['qr_code', 'code_128']

const WORDS = {
  en: {
    start: 'Scan with the camera',
    stop: 'Stop the camera',
    unsupported: 'This browser cannot read codes with the camera (no BarcodeDetector): use a barcode reader or type the number under the barcode.',
    denied: 'The camera could not be opened: allow it for this site in the browser’s settings.',
    video: 'Camera view: hold the ticket’s QR code or barcode in front of it.',
  },
  fr: {
    start: 'Scanner avec la caméra',
    stop: 'Arrêter la caméra',
    unsupported: 'Ce navigateur ne sait pas lire les codes avec la caméra (pas de BarcodeDetector)\u00a0: utilisez une douchette ou tapez le numéro sous le code-barres.',
    denied: 'La caméra n’a pas pu être ouverte\u00a0: autorisez-la pour ce site dans les réglages du navigateur.',
    video: 'Image de la caméra\u00a0: présentez-lui le QR code ou le code-barres du billet.',
  },
}

export function CameraScanner({ language, onCode, onRunningChange }: { language: Language; onCode: (text: string) => void; onRunningChange?: (running: boolean) => void }) {
  const words = WORDS[language]
  const [supported, setSupported] = useState<boolean | null>(null)
  const [running, setRunning] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const videoRef = useRef<HTMLVideoElement>(null)
  // The latest handler, without restarting the camera each time the page renders.
  const onCodeRef = useRef(onCode)
  onCodeRef.current = onCode

  useEffect(() => {
    const Detector = detectorClass()
    if (!Detector || !navigator.mediaDevices?.getUserMedia) return setSupported(false)
    void Detector.getSupportedFormats()
      .then((formats) => setSupported(FORMATS.some((format) => formats.includes(format))))
      .catch(() => setSupported(false))
  }, [])

  useEffect(() => onRunningChange?.(running), [running, onRunningChange])

  useEffect(() => {
    const Detector = detectorClass()
    const video = videoRef.current
    if (!running || !Detector || !video) return
    let stopped = false
    let stream: MediaStream | undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const detector = new Detector({ formats: FORMATS })
    const look = async () => {
      if (stopped) return
      try {
        const [found] = await detector.detect(video)
        if (found?.rawValue) onCodeRef.current(found.rawValue)
      } catch {
        // A frame that could not be read; the next one may.
      }
      timer = setTimeout(look, 200)
    }
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        stream = opened
        if (stopped) return opened.getTracks().forEach((track) => track.stop())
        video.srcObject = opened
        await video.play()
        void look()
      })
      .catch(() => {
        setError(words.denied)
        setRunning(false)
      })
    return () => {
      stopped = true
      clearTimeout(timer)
      stream?.getTracks().forEach((track) => track.stop())
      video.srcObject = null
    }
  }, [running, words.denied])

  if (supported === null) return null
  if (!supported) return <p className="vitrine-hint">{words.unsupported}</p>
  return (
    <div className="vitrine-scanner__camera">
      <Button
        buttonStyle="secondary"
        onClick={() => {
          setError(null)
          setRunning((on) => !on)
        }}
      >
        {running ? words.stop : words.start}
      </Button>
      <video ref={videoRef} className="vitrine-scanner__video" hidden={!running} muted playsInline aria-label={words.video} />
      {error && <p className="vitrine-error">{error}</p>}
    </div>
  )
}
