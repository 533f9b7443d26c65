// Loaded only on a signed preview link. The admin's live preview tells the framed page when the
// document changed (autosave); the page then reloads to show the new draft.
(() => {
  const admin = document.currentScript?.dataset.adminOrigin
  let timer
  window.addEventListener('message', (event) => {
    if (event.origin !== admin) return
    const type = event.data?.type
    if (type !== 'payload-live-preview' && type !== 'payload-document-event') return
    clearTimeout(timer)
    timer = setTimeout(() => window.location.reload(), 1200)
  })
  window.parent?.postMessage({ type: 'payload-live-preview', ready: true }, admin ?? '*')
})()
