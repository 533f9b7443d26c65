// Hold countdown: "encore 14:32", ticking every second. The timer itself stays silent for screen
// readers; a polite live region speaks only at 5 minutes, 1 minute and expiry.
(() => {
  const pad = (n) => String(n).padStart(2, '0')
  const clock = (seconds) => {
    const hours = Math.floor(seconds / 3600)
    const minutes = Math.floor((seconds % 3600) / 60)
    return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds % 60)}` : `${minutes}:${pad(seconds % 60)}`
  }

  for (const box of document.querySelectorAll('[data-hold-countdown]')) {
    const text = box.querySelector('[data-countdown-text]')
    const announce = box.querySelector('[data-countdown-announce]')
    const expired = box.querySelector('[data-countdown-expired]')
    const remaining = Number(box.dataset.remaining)
    if (!text || !(remaining > 0)) continue
    // Elapsed time on this device, not its clock's date, so a wrong clock does not shorten the hold.
    const deadline = Date.now() + remaining * 1000
    // Only warnings still ahead: a page opened with 4 minutes left does not say "5 minutes".
    const warnings = [
      { at: 300, message: box.dataset.fiveMinutes },
      { at: 60, message: box.dataset.oneMinute },
    ].filter((warning) => remaining > warning.at)

    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline - Date.now()) / 1000))
      if (left === 0) {
        clearInterval(timer)
        text.hidden = true
        expired.hidden = false
        box.classList.add('is-expired')
        announce.textContent = box.dataset.expired
        return
      }
      text.textContent = `${box.dataset.running} ${clock(left)}`
      const due = warnings.filter((warning) => left <= warning.at)
      if (due.length > 0) {
        announce.textContent = due[due.length - 1].message
        warnings.splice(0, due.length)
      }
    }
    const timer = setInterval(tick, 1000)
    tick()
  }
})()
