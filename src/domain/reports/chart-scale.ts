/** A value axis: from 0 to `max` in `ticks.length - 1` equal whole steps of 1, 2 or 5 × a power of ten. */
export interface ValueScale {
  max: number
  ticks: number[]
}

/**
 * The axis a chart draws for values up to `largest`: round steps, at most `count` of them, so
 * the grid reads 0 / 50 / 100 / 150 rather than 0 / 37 / 74. Values are whole (cents, units), so
 * steps are too. Zero data still gets an axis.
 */
export function valueScale(largest: number, count = 4): ValueScale {
  if (!(largest > 0)) return { max: 1, ticks: [0, 1] }
  const rough = largest / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough)!)
  const steps = Math.ceil(largest / step)
  return { max: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) }
}

/** Bucket labels to print under a chart with room for about `room` of them: every n-th, the first always. */
export function labelEvery(count: number, room: number): number {
  return Math.max(1, Math.ceil(count / Math.max(1, room)))
}
