// Seat map (SeatMap.astro): the list of checkboxes is the form's real input and works without
// JavaScript; this makes the picture a mirror of it. Tapping a seat ticks its box, a table sold
// whole ticks all its seats, the seat limit is kept; zoom (buttons, wheel towards the pointer,
// pinch) and drag move the SVG's viewBox. The picture stays hidden from screen readers: they and
// keyboard users choose in the list.
(() => {
  const MAX_ZOOM = 8
  const BUTTON_ZOOM = 1.5
  // A finger moves a little during a tap; only past this many pixels is it a drag.
  const TAP_SLOP = 8

  for (const form of document.querySelectorAll('form[data-seat-map]')) setUpSeatMap(form)

  function setUpSeatMap(form) {
    const svg = form.querySelector('[data-seat-map-svg]')
    const summary = form.querySelector('[data-seat-summary]')
    const message = form.querySelector('[data-seat-message]')
    const max = Number(form.dataset.maxSeats)
    const boxes = new Map()
    const tables = new Map()
    for (const box of form.querySelectorAll('input[type="checkbox"][name="seat"]')) {
      boxes.set(box.value, box)
      const table = box.dataset.table
      if (table && !tables.has(table)) tables.set(table, [])
      if (table) tables.get(table).push(box)
    }
    const drawn = new Map([...svg.querySelectorAll('[data-seat]')].map((seat) => [seat.dataset.seat, seat]))
    let chosen = 0

    const say = (text) => {
      if (message) message.textContent = text
    }
    const mirror = (box) => drawn.get(box.value)?.classList.toggle('is-selected', box.checked)
    const showCount = () => {
      if (!summary) return
      const template = chosen === 0 ? form.dataset.summaryNone : chosen === 1 ? form.dataset.summaryOne : form.dataset.summaryMany
      summary.textContent = template.replace('{n}', String(chosen))
    }
    // The browser may restore ticked boxes on "back": start from the boxes, not the server's classes.
    const sync = () => {
      chosen = 0
      for (const box of boxes.values()) {
        mirror(box)
        if (box.checked) chosen += 1
      }
      showCount()
    }

    /** Ticks or unticks a seat, with its whole table; false when the limit or a taken seat forbids it. */
    const choose = (box, on) => {
      const group = box.dataset.table ? tables.get(box.dataset.table) : [box]
      if (on && group.some((seat) => seat.disabled)) {
        say(form.dataset.tableUnavailable)
        return false
      }
      const changing = group.filter((seat) => seat.checked !== on)
      if (on && chosen + changing.length > max) {
        say(form.dataset.maxMessage)
        return false
      }
      for (const seat of changing) {
        seat.checked = on
        mirror(seat)
      }
      chosen += on ? changing.length : -changing.length
      say('')
      showCount()
      return true
    }

    form.addEventListener('change', (event) => {
      const box = event.target
      if (!(box instanceof HTMLInputElement) || box.name !== 'seat') return
      // The box has already flipped: put it back and let `choose` apply the rules.
      const on = box.checked
      box.checked = !on
      choose(box, on)
    })
    sync()
    window.addEventListener('pageshow', sync)

    setUpZoom(form, svg, (target) => {
      const seat = target.closest('[data-seat]')
      const table = target.closest('.seat-map-table[data-table]')
      const box = seat ? boxes.get(seat.dataset.seat) : table ? tables.get(table.dataset.table)?.[0] : undefined
      if (box && !box.disabled) choose(box, !box.checked)
    })
    form.classList.add('is-interactive')
  }

  function setUpZoom(form, svg, tap) {
    const base = svg.viewBox.baseVal
    const full = { x: base.x, y: base.y, width: base.width, height: base.height }
    let view = { ...full }
    const controls = form.querySelector('[data-zoom-controls]')
    if (controls) controls.hidden = false

    const clampWidth = (width) => Math.min(full.width, Math.max(full.width / MAX_ZOOM, width))
    const show = (x, y, width) => {
      const height = (width * full.height) / full.width
      view = {
        x: Math.min(Math.max(x, full.x), full.x + full.width - width),
        y: Math.min(Math.max(y, full.y), full.y + full.height - height),
        width,
        height,
      }
      svg.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`)
      svg.classList.toggle('is-zoomed', width < full.width)
    }
    /** Zooms by `factor` (above 1: closer) keeping the plan point `at` where it is on screen. */
    const zoomAt = (at, factor) => {
      const width = clampWidth(view.width / factor)
      const scale = width / view.width
      show(at.x - (at.x - view.x) * scale, at.y - (at.y - view.y) * scale, width)
    }
    const toPlan = (clientX, clientY) => new DOMPoint(clientX, clientY).matrixTransform(svg.getScreenCTM().inverse())
    const centre = () => ({ x: view.x + view.width / 2, y: view.y + view.height / 2 })
    /** Moves the plan so that what was under screen point `from` is now under `to`. */
    const pan = (from, to) => {
      const a = toPlan(from.x, from.y)
      const b = toPlan(to.x, to.y)
      show(view.x - (b.x - a.x), view.y - (b.y - a.y), view.width)
    }

    for (const button of form.querySelectorAll('[data-zoom]')) {
      button.addEventListener('click', () => {
        if (button.dataset.zoom === 'in') zoomAt(centre(), BUTTON_ZOOM)
        else if (button.dataset.zoom === 'out') zoomAt(centre(), 1 / BUTTON_ZOOM)
        else show(full.x, full.y, full.width)
      })
    }

    svg.addEventListener(
      'wheel',
      (event) => {
        const factor = Math.exp(-event.deltaY * (event.deltaMode === 1 ? 0.05 : 0.002))
        // At either zoom limit the wheel scrolls the page again.
        if (clampWidth(view.width / factor) === view.width) return
        event.preventDefault()
        zoomAt(toPlan(event.clientX, event.clientY), factor)
      },
      { passive: false },
    )

    const pointers = new Map()
    let start = null
    let dragged = false
    svg.addEventListener('pointerdown', (event) => {
      if (event.pointerType === 'mouse' && event.button !== 0) return
      pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
      if (pointers.size === 1) {
        start = { x: event.clientX, y: event.clientY }
        dragged = false
      } else dragged = true // a second finger: a pinch, never a tap
    })
    svg.addEventListener('pointermove', (event) => {
      const previous = pointers.get(event.pointerId)
      if (!previous) return
      // A button released outside the page never sent its pointerup.
      if (event.pointerType === 'mouse' && event.buttons === 0) return lift(event)
      const current = { x: event.clientX, y: event.clientY }
      if (!dragged && Math.hypot(current.x - start.x, current.y - start.y) < TAP_SLOP) return
      if (!svg.hasPointerCapture(event.pointerId)) svg.setPointerCapture(event.pointerId)
      dragged = true
      const other = [...pointers.entries()].find(([id]) => id !== event.pointerId)?.[1]
      if (other) {
        const before = { x: (previous.x + other.x) / 2, y: (previous.y + other.y) / 2 }
        const after = { x: (current.x + other.x) / 2, y: (current.y + other.y) / 2 }
        const spread = Math.hypot(previous.x - other.x, previous.y - other.y)
        if (spread > 0) zoomAt(toPlan(before.x, before.y), Math.hypot(current.x - other.x, current.y - other.y) / spread)
        pan(before, after)
      } else pan(previous, current)
      pointers.set(event.pointerId, current)
    })
    const lift = (event) => {
      pointers.delete(event.pointerId)
      // The finger left after a pinch starts a fresh drag from where it is.
      const [remaining] = pointers.values()
      if (remaining) start = { ...remaining }
    }
    svg.addEventListener('pointerup', lift)
    svg.addEventListener('pointercancel', lift)
    svg.addEventListener('click', (event) => {
      if (!dragged) tap(event.target)
    })
  }
})()
