// Inside an embedded ticket office: tells the page around the iframe how tall this page is, each
// time it changes, so the frame never shows a scroll bar of its own.
;(() => {
  if (window.parent === window) return
  let last = 0
  const report = () => {
    const height = document.documentElement.scrollHeight
    if (height === last) return
    last = height
    window.parent.postMessage({ type: 'vitrine:height', height }, '*')
  }
  new ResizeObserver(report).observe(document.documentElement)
  window.addEventListener('load', report)
  report()
})()
