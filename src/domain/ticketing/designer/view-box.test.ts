import { describe, expect, it } from 'vitest'

import { clientToPlan, fitView, panView, unitsPerPixel, viewBoxAttribute, zoomView } from './view-box'

const size = { width: 1000, height: 500 }

describe('the canvas view', () => {
  it('fits the whole plan with a thin margin', () => {
    expect(fitView(size)).toEqual({ x: -20, y: -20, width: 1040, height: 540 })
    expect(viewBoxAttribute(fitView(size))).toBe('-20 -20 1040 540')
  })

  it('zooms about its centre, or about the point under the pointer', () => {
    const view = { x: 0, y: 0, width: 1000, height: 500 }
    expect(zoomView(view, 2, size)).toEqual({ x: 250, y: 125, width: 500, height: 250 })
    // The plan point under the pointer stays under it.
    expect(zoomView(view, 2, size, { x: 0, y: 0 })).toEqual({ x: 0, y: 0, width: 500, height: 250 })
  })

  it('stops zooming in at a twentieth of the plan and out at three times it', () => {
    expect(zoomView(fitView(size), 1000, size).width).toBeCloseTo(1040 / 20)
    expect(zoomView(fitView(size), 0.001, size).width).toBeCloseTo(1040 * 3)
  })

  it('pans', () => {
    expect(panView({ x: 0, y: 0, width: 10, height: 10 }, 5, -5)).toEqual({ x: 5, y: -5, width: 10, height: 10 })
  })

  it('finds the plan point under the pointer, the view centred in a box of another shape', () => {
    const view = { x: 0, y: 0, width: 1000, height: 500 }
    // 500 × 500 pixels: 2 units a pixel, the view 250 pixels high, centred with 125 pixels above it.
    const rect = { left: 100, top: 50, width: 500, height: 500 }
    expect(unitsPerPixel(view, rect)).toBe(2)
    expect(clientToPlan(view, rect, 100, 175)).toEqual({ x: 0, y: 0 })
    expect(clientToPlan(view, rect, 350, 300)).toEqual({ x: 500, y: 250 })
  })
})
