// The part of the plan the designer's canvas shows (its SVG viewBox), zoomed and panned, and
// where a pointer on screen lands on the plan. Pure.
import type { Point } from './section-shapes'

export interface ViewBox {
  x: number
  y: number
  width: number
  height: number
}

export interface Size {
  width: number
  height: number
}

/** From a twentieth of the plan (a few seats) to three times the plan (room around it). */
const MOST_ZOOMED_IN = 1 / 20
const MOST_ZOOMED_OUT = 3

/** The whole plan with a thin margin. */
export function fitView(size: Size): ViewBox {
  const margin = Math.max(size.width, size.height) * 0.02
  return { x: -margin, y: -margin, width: size.width + 2 * margin, height: size.height + 2 * margin }
}

/** `factor` > 1 zooms in, < 1 out, keeping `focus` (a plan point, the view's centre unless given) where it is on screen. */
export function zoomView(view: ViewBox, factor: number, size: Size, focus?: Point): ViewBox {
  const fitted = fitView(size)
  const width = Math.min(Math.max(view.width / factor, fitted.width * MOST_ZOOMED_IN), fitted.width * MOST_ZOOMED_OUT)
  const scale = width / view.width
  const height = view.height * scale
  const at = focus ?? { x: view.x + view.width / 2, y: view.y + view.height / 2 }
  return { x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale, width, height }
}

export function panView(view: ViewBox, dx: number, dy: number): ViewBox {
  return { ...view, x: view.x + dx, y: view.y + dy }
}

export function viewBoxAttribute(view: ViewBox): string {
  return [view.x, view.y, view.width, view.height].map((n) => Math.round(n * 100) / 100).join(' ')
}

/** Plan units per screen pixel, for an SVG drawn `rect` large with preserveAspectRatio "xMidYMid meet". */
export function unitsPerPixel(view: ViewBox, rect: Size): number {
  if (rect.width <= 0 || rect.height <= 0) return 1
  return Math.max(view.width / rect.width, view.height / rect.height)
}

/** The plan point under a pointer at (clientX, clientY), for an SVG whose box on screen is `rect`. */
export function clientToPlan(
  view: ViewBox,
  rect: { left: number; top: number; width: number; height: number },
  clientX: number,
  clientY: number,
): Point {
  const scale = unitsPerPixel(view, rect)
  // "meet" centres the view in the box: the spare room is split evenly on both sides.
  const offsetX = (rect.width * scale - view.width) / 2
  const offsetY = (rect.height * scale - view.height) / 2
  return { x: view.x - offsetX + (clientX - rect.left) * scale, y: view.y - offsetY + (clientY - rect.top) * scale }
}
