// Embeds a Vitrine ticket office in another website. The organizer pastes:
//   <script src="https://<their site>/embed.js" data-path="/billetterie" async></script>
// and an iframe of that page appears in place of the script, growing with its content.
;(() => {
  const script = document.currentScript
  if (!script) return
  const origin = new URL(script.src).origin
  const path = script.dataset.path || '/billetterie'
  const frame = document.createElement('iframe')
  const src = new URL(path, origin)
  src.searchParams.set('embed', '1')
  frame.src = src.href
  frame.title = script.dataset.title || 'Billetterie'
  frame.loading = 'lazy'
  frame.style.cssText = 'width:100%;border:0;min-height:480px;display:block'
  script.replaceWith(frame)
  // Only the embedded site may resize its frame, and only with a plain number.
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return
    const data = event.data
    if (data && data.type === 'vitrine:height' && Number.isFinite(data.height) && data.height > 0) frame.style.height = `${Math.ceil(data.height)}px`
  })
})()
