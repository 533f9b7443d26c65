// Gallery lightbox: opens a photo in a <dialog>; arrows and ←/→ move, Esc or × closes, focus returns to the thumbnail.
(() => {
  for (const group of document.querySelectorAll('[data-lightbox-group]')) {
    const dialog = group.nextElementSibling
    if (!(dialog instanceof HTMLDialogElement)) continue
    const links = [...group.querySelectorAll('a[data-lightbox]')]
    const image = dialog.querySelector('img')
    const caption = dialog.querySelector('.lightbox-caption')
    let index = 0
    let opener = null

    const show = (i) => {
      index = (i + links.length) % links.length
      const link = links[index]
      image.src = link.href
      image.alt = link.querySelector('img')?.alt ?? ''
      caption.textContent = link.dataset.caption ?? ''
    }
    links.forEach((link, i) =>
      link.addEventListener('click', (event) => {
        event.preventDefault()
        opener = link
        show(i)
        dialog.showModal()
      }),
    )
    dialog.querySelector('.lightbox-prev').addEventListener('click', () => show(index - 1))
    dialog.querySelector('.lightbox-next').addEventListener('click', () => show(index + 1))
    dialog.querySelector('.lightbox-close').addEventListener('click', () => dialog.close())
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowLeft') show(index - 1)
      if (event.key === 'ArrowRight') show(index + 1)
    })
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close())
    dialog.addEventListener('close', () => opener?.focus())
  }
})()
