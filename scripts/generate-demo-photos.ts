// Draws the demo sites' "photographs", logos and favicons as SVG scenes and renders them with
// sharp into sites/<slug>/images/. Seeded per file, so a re-run writes the same pictures.
// Run: npx tsx scripts/generate-demo-photos.ts
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import sharp from 'sharp'

const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'sites')
const MAX_PHOTO_BYTES = 200 * 1024
const MAX_TOTAL_BYTES = 6 * 1024 * 1024
const LANDSCAPE = { width: 1200, height: 800 }
const PORTRAIT = { width: 800, height: 1067 }
const STARTER = { width: 960, height: 640 }

// ---------- randomness ----------

type Rng = {
  next(): number
  between(min: number, max: number): number
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

function seededRng(seed: string): Rng {
  let state = 2166136261
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619)
  // mulberry32
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => Math.floor(min + (max - min + 1) * next()),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}

// ---------- SVG helpers ----------

type Size = { width: number; height: number }
type Scene = (rng: Rng, size: Size) => string

const f = (n: number) => Math.round(n * 10) / 10

function svgDocument({ width, height }: Size, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`
}

function linear(id: string, stops: [number, string, number?][], vertical = true): string {
  const direction = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"'
  return `<linearGradient id="${id}" ${direction}>${stops
    .map(([at, colour, opacity = 1]) => `<stop offset="${at}" stop-color="${colour}" stop-opacity="${opacity}"/>`)
    .join('')}</linearGradient>`
}

function radial(id: string, stops: [number, string, number?][]): string {
  return `<radialGradient id="${id}">${stops
    .map(([at, colour, opacity = 1]) => `<stop offset="${at}" stop-color="${colour}" stop-opacity="${opacity}"/>`)
    .join('')}</radialGradient>`
}

const blur = (id: string, amount: number) =>
  `<filter id="${id}" x="-20%" y="-20%" width="140%" height="140%"><feGaussianBlur stdDeviation="${amount}"/></filter>`

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16)
  return `#${[0, 1, 2]
    .map((i) =>
      Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** A ridge line by midpoint displacement, from x=0 to x=width. */
function ridge(rng: Rng, width: number, baseY: number, roughness: number, steps = 6): [number, number][] {
  let points: [number, number][] = [
    [0, baseY + rng.between(-roughness, roughness)],
    [width, baseY + rng.between(-roughness, roughness)],
  ]
  let spread = roughness
  for (let step = 0; step < steps; step++) {
    const refined: [number, number][] = []
    for (let i = 0; i < points.length - 1; i++) {
      const [x1, y1] = points[i]!
      const [x2, y2] = points[i + 1]!
      refined.push([x1, y1], [(x1 + x2) / 2, (y1 + y2) / 2 + rng.between(-spread, spread)])
    }
    refined.push(points[points.length - 1]!)
    points = refined
    spread *= 0.52
  }
  return points
}

function ridgePath(points: [number, number][], bottom: number): string {
  const line = points.map(([x, y]) => `L${f(x)} ${f(y)}`).join('')
  return `M0 ${bottom}${line}L${f(points[points.length - 1]![0])} ${bottom}Z`
}

// ---------- landscapes ----------

type SkyPalette = { top: string; horizon: string; sun: string; far: string; near: string; water: string }

const SKIES: Record<string, SkyPalette> = {
  dawn: { top: '#3b4a7a', horizon: '#f3b58a', sun: '#fff1d6', far: '#8c7fa0', near: '#2c2f45', water: '#4a5578' },
  winter: { top: '#5d7089', horizon: '#d9dde0', sun: '#ffffff', far: '#8d98a6', near: '#2f3a45', water: '#6b7b8c' },
  golden: { top: '#4f7fb0', horizon: '#f7d08a', sun: '#fff4c9', far: '#7d8fa6', near: '#33402f', water: '#5a7a8f' },
  dusk: { top: '#1f2550', horizon: '#e0796a', sun: '#ffd0a0', far: '#6a4f78', near: '#1c1d30', water: '#3a3558' },
  grey: { top: '#6f7b86', horizon: '#c3c9cc', sun: '#eef0f0', far: '#8f999f', near: '#3c454b', water: '#7d878c' },
}

function skyAndSun(rng: Rng, { width, height }: Size, sky: SkyPalette, horizon: number, sunLow = false): string {
  const sunX = rng.between(0.2, 0.8) * width
  const sunY = horizon - (sunLow ? rng.between(0.02, 0.08) : rng.between(0.12, 0.3)) * height
  const clouds = Array.from({ length: rng.int(3, 7) }, () => {
    const cx = rng.between(0, width)
    const cy = rng.between(0.05, 0.6) * horizon
    return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(rng.between(80, 260))}" ry="${f(rng.between(8, 24))}" fill="#ffffff" opacity="${f(rng.between(0.08, 0.22) * 100) / 100}" filter="url(#soft)"/>`
  }).join('')
  return `<defs>${linear('sky', [
    [0, sky.top],
    [1, sky.horizon],
  ])}${radial('glow', [
    [0, sky.sun, 0.9],
    [0.25, sky.sun, 0.35],
    [1, sky.sun, 0],
  ])}${blur('soft', 10)}${blur('haze', 3)}</defs>
  <rect width="${width}" height="${height}" fill="url(#sky)"/>
  <circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(height * 0.35)}" fill="url(#glow)"/>
  <circle cx="${f(sunX)}" cy="${f(sunY)}" r="${f(rng.between(22, 38))}" fill="${sky.sun}"/>
  ${clouds}`
}

function mountainLayers(rng: Rng, width: number, horizon: number, height: number, sky: SkyPalette): string {
  const layers = 4
  return Array.from({ length: layers }, (_, i) => {
    const t = i / (layers - 1)
    const baseY = horizon - height * (0.3 - 0.07 * i)
    const colour = mix(mix(sky.horizon, sky.far, 0.65), sky.near, t)
    return `<path d="${ridgePath(ridge(rng, width, baseY, height * (0.12 - 0.02 * i)), horizon)}" fill="${colour}"/>`
  }).join('')
}

const mountainLake: (skyName: keyof typeof SKIES) => Scene = (skyName) => (rng, size) => {
  const { width, height } = size
  const sky = SKIES[skyName]!
  const horizon = height * rng.between(0.56, 0.64)
  const mountains = mountainLayers(rng, width, horizon, height, sky)
  const ripples = Array.from({ length: 40 }, () => {
    const y = rng.between(horizon + 4, height)
    return `<rect x="${f(rng.between(-100, width))}" y="${f(y)}" width="${f(rng.between(60, 320))}" height="1.5" fill="#ffffff" opacity="${f(rng.between(0.05, 0.18) * 100) / 100}"/>`
  }).join('')
  return svgDocument(
    size,
    `${skyAndSun(rng, size, sky, horizon)}${mountains}
    <defs>${linear('water', [
      [0, sky.water],
      [1, mix(sky.water, '#000000', 0.45)],
    ])}</defs>
    <rect y="${f(horizon)}" width="${width}" height="${f(height - horizon)}" fill="url(#water)"/>
    <g transform="translate(0 ${f(horizon * 2)}) scale(1 -1)" opacity="0.38" filter="url(#haze)">${mountains}</g>
    ${ripples}
    <path d="${ridgePath(ridge(rng, width, height * 0.94, height * 0.03, 5), height)}" fill="${mix(sky.near, '#000000', 0.5)}"/>`,
  )
}

const rollingHills: (skyName: keyof typeof SKIES) => Scene = (skyName) => (rng, size) => {
  const { width, height } = size
  const sky = SKIES[skyName]!
  const horizon = height * rng.between(0.5, 0.6)
  const hills = Array.from({ length: 4 }, (_, i) => {
    const baseY = horizon + height * 0.12 * i
    const colour = mix(mix(sky.far, '#6f8a5a', 0.4 + 0.2 * i), '#1f2a18', i / 4)
    return `<path d="${ridgePath(ridge(rng, width, baseY, height * 0.05, 5), height)}" fill="${colour}"/>`
  }).join('')
  return svgDocument(
    size,
    `${skyAndSun(rng, size, sky, horizon, true)}${mountainLayers(rng, width, horizon + 10, height * 0.6, sky)}${hills}`,
  )
}

// ---------- sea ----------

const seascape: (skyName: keyof typeof SKIES, options?: { lighthouse?: boolean; stormy?: boolean }) => Scene =
  (skyName, options = {}) =>
  (rng, size) => {
    const { width, height } = size
    const sky = SKIES[skyName]!
    const horizon = height * rng.between(0.45, 0.55)
    const sunX = rng.between(0.3, 0.7) * width
    const glitter = Array.from({ length: 70 }, () => {
      const y = rng.between(horizon + 2, height * 0.85)
      const spread = (y - horizon) * 0.9 + 20
      return `<rect x="${f(sunX + rng.between(-spread, spread))}" y="${f(y)}" width="${f(rng.between(8, 50))}" height="2" fill="${sky.sun}" opacity="${f(rng.between(0.2, 0.6) * 100) / 100}"/>`
    }).join('')
    const foam = Array.from({ length: options.stormy ? 60 : 30 }, () => {
      const y = rng.between(horizon + 10, height)
      const depth = (y - horizon) / (height - horizon)
      return `<path d="M${f(rng.between(-50, width))} ${f(y)} q ${f(40 * depth + 10)} ${f(-8 * depth - 2)} ${f(90 * depth + 20)} 0" stroke="#ffffff" stroke-width="${f(1 + 3 * depth)}" fill="none" opacity="${f((options.stormy ? 0.5 : 0.25) * 100) / 100}"/>`
    }).join('')
    const rockSide = rng.next() < 0.5 ? -1 : 1
    const rockStart = rockSide < 0 ? 0 : width * rng.between(0.55, 0.7)
    const rockEnd = rockSide < 0 ? width * rng.between(0.3, 0.45) : width
    const rockTop = horizon - height * rng.between(0.06, 0.18)
    const rockWidth = rockEnd - rockStart
    // A headland: high on the land side, sloping down into the sea on the other.
    const rockPoints = ridge(rng, rockWidth, rockTop, height * 0.04, 5).map(([x, y]) => {
      const towardsSea = rockSide < 0 ? x / rockWidth : 1 - x / rockWidth
      return [x + rockStart, y + towardsSea ** 2.4 * (height - rockTop) * 0.95] as [number, number]
    })
    const rock = `<path d="M${f(rockStart)} ${f(height)}${rockPoints.map(([x, y]) => `L${f(x)} ${f(y)}`).join('')}L${f(rockEnd)} ${f(height)}Z" fill="${mix(sky.near, '#000000', 0.3)}"/>`
    const lighthouseAt = Math.floor(rockPoints.length * (rockSide < 0 ? 0.3 : 0.7))
    const [lighthouseX, lighthouseBase] = rockPoints[lighthouseAt]!
    const lighthouse = options.lighthouse
      ? `<g><path d="M${f(lighthouseX - 16)} ${f(lighthouseBase + 4)}L${f(lighthouseX - 10)} ${f(lighthouseBase - 130)}L${f(lighthouseX + 10)} ${f(lighthouseBase - 130)}L${f(lighthouseX + 16)} ${f(lighthouseBase + 4)}Z" fill="#e8e4dc"/>
        <rect x="${f(lighthouseX - 13)}" y="${f(lighthouseBase - 60)}" width="26" height="18" fill="#b23a32"/>
        <rect x="${f(lighthouseX - 11)}" y="${f(lighthouseBase - 110)}" width="22" height="16" fill="#b23a32"/>
        <rect x="${f(lighthouseX - 9)}" y="${f(lighthouseBase - 150)}" width="18" height="20" fill="#2b2b2b"/>
        <circle cx="${f(lighthouseX)}" cy="${f(lighthouseBase - 140)}" r="40" fill="url(#glow)"/></g>`
      : ''
    return svgDocument(
      size,
      `${skyAndSun(rng, size, sky, horizon, true)}
      <defs>${linear('sea', [
        [0, mix(sky.water, sky.horizon, 0.3)],
        [1, mix(sky.water, '#000000', 0.5)],
      ])}</defs>
      <rect y="${f(horizon)}" width="${width}" height="${f(height - horizon)}" fill="url(#sea)"/>
      ${glitter}${foam}${rock}${lighthouse}`,
    )
  }

// ---------- city at night ----------

const cityNight: (options: { basilica?: boolean; bridge?: boolean; hue?: string }) => Scene =
  (options) => (rng, size) => {
    const { width, height } = size
    const river = height * rng.between(0.62, 0.7)
    const lamp = options.hue ?? '#ffcf7a'
    const stars = Array.from(
      { length: 60 },
      () =>
        `<circle cx="${f(rng.between(0, width))}" cy="${f(rng.between(0, river * 0.5))}" r="${f(rng.between(0.5, 1.4))}" fill="#ffffff" opacity="${f(rng.between(0.3, 0.8) * 100) / 100}"/>`,
    ).join('')
    const hill = ridge(rng, width, river - height * 0.28, height * 0.08, 5)
    const hillPath = `<path d="${ridgePath(hill, river)}" fill="#161a2e"/>`
    const topIndex = hill.reduce((best, point, i) => (point[1] < hill[best]![1] ? i : best), 0)
    const [bx, by] = hill[Math.min(Math.max(topIndex, 8), hill.length - 9)]!
    const basilica = options.basilica
      ? `<g fill="#1b2036"><rect x="${f(bx - 60)}" y="${f(by - 50)}" width="120" height="56"/>${[-60, -30, 18, 48]
          .map((dx) => `<rect x="${f(bx + dx)}" y="${f(by - 90)}" width="14" height="45"/>`)
          .join('')}<path d="M${f(bx - 25)} ${f(by - 50)} q25 -40 50 0Z"/></g>
      <rect x="${f(bx - 60)}" y="${f(by - 50)}" width="120" height="56" fill="${lamp}" opacity="0.12"/>
      <circle cx="${f(bx)}" cy="${f(by - 40)}" r="120" fill="url(#lampGlow)" opacity="0.6"/>`
      : ''
    let buildings = ''
    let reflections = ''
    for (let x = -10; x < width;) {
      const w = rng.between(40, 110)
      const h = rng.between(0.08, 0.3) * height
      const top = river - h
      buildings += `<rect x="${f(x)}" y="${f(top)}" width="${f(w)}" height="${f(h)}" fill="${mix('#20243a', '#2e2a3e', rng.next())}"/>`
      if (rng.next() < 0.5)
        buildings += `<path d="M${f(x)} ${f(top)}L${f(x + w / 2)} ${f(top - rng.between(10, 30))}L${f(x + w)} ${f(top)}Z" fill="#1c2033"/>`
      for (let wy = top + 10; wy < river - 12; wy += 22) {
        for (let wx = x + 8; wx < x + w - 12; wx += 18) {
          if (rng.next() < 0.45) {
            buildings += `<rect x="${f(wx)}" y="${f(wy)}" width="8" height="11" fill="${lamp}" opacity="${f(rng.between(0.55, 1) * 100) / 100}"/>`
            if (rng.next() < 0.5)
              reflections += `<rect x="${f(wx)}" y="${f(river + (river - wy) * 0.6)}" width="8" height="${f(rng.between(20, 60))}" fill="${lamp}" opacity="0.35"/>`
          }
        }
      }
      x += w + rng.between(0, 6)
    }
    const quayLamps = Array.from({ length: 14 }, (_, i) => {
      const lx = (i + 0.5) * (width / 14)
      return `<circle cx="${f(lx)}" cy="${f(river - 6)}" r="16" fill="url(#lampGlow)"/><circle cx="${f(lx)}" cy="${f(river - 6)}" r="2.5" fill="#fff3d0"/><rect x="${f(lx - 2)}" y="${f(river + 8)}" width="4" height="${f(height * 0.15)}" fill="${lamp}" opacity="0.4" filter="url(#haze)"/>`
    }).join('')
    const bridgeY = river + height * 0.06
    const bridge = options.bridge
      ? `<path d="M0 ${f(bridgeY)} Q ${f(width / 2)} ${f(bridgeY - height * 0.08)} ${width} ${f(bridgeY)}" stroke="#0d1020" stroke-width="10" fill="none"/>${Array.from(
          { length: 9 },
          (_, i) =>
            `<circle cx="${f((i + 1) * (width / 10))}" cy="${f(bridgeY - height * 0.08 * (1 - ((i + 1) / 5 - 1) ** 2) - 8)}" r="3" fill="#e8f0ff"/>`,
        ).join('')}`
      : ''
    return svgDocument(
      size,
      `<defs>${linear('night', [
        [0, '#070a1c'],
        [0.7, '#1d2350'],
        [1, '#4a3a62'],
      ])}${linear('river', [
        [0, '#1a1f3c'],
        [1, '#05060d'],
      ])}${radial('lampGlow', [
        [0, lamp, 0.8],
        [1, lamp, 0],
      ])}${blur('haze', 4)}</defs>
    <rect width="${width}" height="${height}" fill="url(#night)"/>${stars}
    <circle cx="${f(rng.between(0.6, 0.9) * width)}" cy="${f(height * 0.14)}" r="18" fill="#f4f1e4"/>
    ${hillPath}${basilica}${buildings}
    <rect y="${f(river)}" width="${width}" height="${f(height - river)}" fill="url(#river)"/>
    <g filter="url(#haze)">${reflections}</g>${quayLamps}${bridge}`,
    )
  }

// ---------- forest ----------

const forest: (mood: 'mist' | 'autumn' | 'pines') => Scene = (mood) => (rng, size) => {
  const { width, height } = size
  const fog = { mist: '#c9d3cb', autumn: '#e6c79a', pines: '#aebfc4' }[mood]
  const dark = { mist: '#1d2a22', autumn: '#3a2616', pines: '#142026' }[mood]
  const leaf = { mist: '#51684f', autumn: '#b5642a', pines: '#2e4a3c' }[mood]
  const layers = 5
  let trees = ''
  for (let layer = 0; layer < layers; layer++) {
    const t = layer / (layers - 1)
    const colour = mix(fog, dark, 0.2 + 0.8 * t)
    const ground = height * (0.7 + 0.06 * t)
    const count = Math.round(14 - layer * 2)
    for (let i = 0; i < count; i++) {
      const x = rng.between(-40, width)
      if (mood === 'pines') {
        const treeHeight = height * rng.between(0.35, 0.6) * (0.7 + 0.5 * t)
        const half = treeHeight * 0.18
        const tiers = Array.from({ length: 5 }, (_, k) => {
          const y = ground - treeHeight + (treeHeight * k) / 5
          const spread = half * (0.4 + 0.6 * ((k + 1) / 5))
          return `L${f(x + spread)} ${f(y + treeHeight / 5 + 4)}L${f(x + spread * 0.45)} ${f(y + treeHeight / 5)}`
        })
        trees += `<path d="M${f(x)} ${f(ground - treeHeight)}${tiers.join('')}L${f(x - half * 0.45)} ${f(ground)}L${f(x - half)} ${f(ground)}Z" fill="${colour}" transform="translate(0 0)"/>`
        trees += `<path d="M${f(x)} ${f(ground - treeHeight)}L${f(x - half)} ${f(ground)}L${f(x + half)} ${f(ground)}Z" fill="${colour}"/>`
      } else {
        const trunk = rng.between(8, 22) * (0.6 + t)
        trees += `<path d="M${f(x)} ${f(ground + 20)}L${f(x + trunk * 0.25)} -10L${f(x + trunk * 0.75)} -10L${f(x + trunk)} ${f(ground + 20)}Z" fill="${colour}"/>`
        if (layer < layers - 1)
          trees += `<ellipse cx="${f(x + trunk / 2)}" cy="${f(rng.between(0, height * 0.3))}" rx="${f(rng.between(80, 180))}" ry="${f(rng.between(40, 90))}" fill="${mix(leaf, fog, 0.6 - 0.5 * t)}" opacity="0.6"/>`
      }
    }
    trees += `<rect y="${f(ground)}" width="${width}" height="${f(height - ground)}" fill="${mix(fog, dark, 0.3 + 0.7 * t)}" opacity="${f((0.4 + 0.6 * t) * 100) / 100}"/>`
  }
  const rays = Array.from({ length: rng.int(3, 6) }, () => {
    const x = rng.between(0.1, 0.9) * width
    const spread = rng.between(40, 120)
    return `<path d="M${f(x)} 0L${f(x + spread)} 0L${f(x + spread * 3 + 200)} ${height}L${f(x + 200)} ${height}Z" fill="#fffbe8" opacity="0.1"/>`
  }).join('')
  const ferns = Array.from(
    { length: 40 },
    () =>
      `<ellipse cx="${f(rng.between(0, width))}" cy="${f(rng.between(0.85, 1) * height)}" rx="${f(rng.between(20, 60))}" ry="${f(rng.between(5, 14))}" fill="${mix(leaf, dark, rng.between(0.2, 0.7))}"/>`,
  ).join('')
  return svgDocument(
    size,
    `<defs>${linear('fog', [
      [0, mix(fog, '#ffffff', 0.3)],
      [1, fog],
    ])}</defs>
    <rect width="${width}" height="${height}" fill="url(#fog)"/>${trees}${rays}${ferns}`,
  )
}

// ---------- people (school groups, sports day, audiences) ----------

const SKIN = ['#f1c9a5', '#e0ac83', '#c68863', '#8d5a3b', '#f6d7bd', '#a8704a']
const HAIR = ['#2a1b12', '#5b3a1e', '#8a5a2b', '#d9b36c', '#1a1410', '#b0562a']
const CLOTHES = [
  '#d1495b',
  '#edae49',
  '#00798c',
  '#30638e',
  '#003d5b',
  '#7fb069',
  '#e6aace',
  '#f2f2f2',
  '#8e7dbe',
  '#ef8354',
]

function person(rng: Rng, x: number, feet: number, scale: number, clothes = rng.pick(CLOTHES)): string {
  const head = 22 * scale
  const bodyWidth = 62 * scale
  const bodyHeight = 90 * scale
  const headY = feet - bodyHeight - head * 1.7
  const hair = rng.pick(HAIR)
  const longHair = rng.next() < 0.45
  return `<g>
    <rect x="${f(x - bodyWidth / 2)}" y="${f(feet - bodyHeight)}" width="${f(bodyWidth)}" height="${f(bodyHeight + 10)}" rx="${f(bodyWidth * 0.38)}" fill="${clothes}"/>
    <rect x="${f(x - 8 * scale)}" y="${f(headY + head * 0.8)}" width="${f(16 * scale)}" height="${f(head)}" fill="${mix(rng.pick(SKIN), '#000000', 0.12)}"/>
    ${longHair ? `<rect x="${f(x - head * 1.1)}" y="${f(headY - head * 0.2)}" width="${f(head * 2.2)}" height="${f(head * 2.1)}" rx="${f(head)}" fill="${hair}"/>` : ''}
    <ellipse cx="${f(x)}" cy="${f(headY + head * 0.3)}" rx="${f(head * 0.92)}" ry="${f(head * 1.05)}" fill="${rng.pick(SKIN)}"/>
    <path d="M${f(x - head * 0.98)} ${f(headY + head * 0.1)} a${f(head)} ${f(head * 1.05)} 0 0 1 ${f(head * 1.96)} 0 q${f(-head)} ${f(-head * 0.3)} ${f(-head * 1.96)} 0Z" fill="${hair}"/>
  </g>`
}

const classGroup: (backdrop: string) => Scene = (backdrop) => (rng, size) => {
  const { width, height } = size
  const floor = height * 0.86
  const rows = [
    { count: rng.int(8, 9), feet: floor - height * 0.3, scale: 1.05 },
    { count: rng.int(8, 9), feet: floor - height * 0.15, scale: 1.05 },
    { count: rng.int(7, 8), feet: floor, scale: 1.1 },
  ]
  const people = rows
    .map((row, r) => {
      const span = width * 0.78
      const start = (width - span) / 2 + (r % 2 ? span / row.count / 2 : 0)
      const figures = Array.from({ length: row.count }, (_, i) =>
        person(
          rng,
          start + (i * span) / row.count + rng.between(-6, 6),
          row.feet + rng.between(-6, 6),
          row.scale * rng.between(0.92, 1.05),
        ),
      ).join('')
      const bench = `<rect x="${f(width * 0.08)}" y="${f(row.feet - 6)}" width="${f(width * 0.84)}" height="14" rx="4" fill="#6b4f3a" opacity="${r === 2 ? 0 : 0.9}"/>`
      return bench + figures
    })
    .join('')
  const teacher = person(rng, width * 0.93, floor - height * 0.16, 1.45, '#3d405b')
  return svgDocument(
    size,
    `<defs>${radial('backdrop', [
      [0, mix(backdrop, '#ffffff', 0.35)],
      [1, mix(backdrop, '#000000', 0.35)],
    ])}${linear('floor', [
      [0, '#a98c6d'],
      [1, '#6e5641'],
    ])}${blur('soft', 24)}</defs>
    <rect width="${width}" height="${height}" fill="url(#backdrop)"/>
    ${Array.from({ length: 12 }, () => `<circle cx="${f(rng.between(0, width))}" cy="${f(rng.between(0, height * 0.7))}" r="${f(rng.between(40, 140))}" fill="${mix(backdrop, rng.pick(['#ffffff', '#000000']), 0.2)}" opacity="0.35" filter="url(#soft)"/>`).join('')}
    <rect y="${f(floor - height * 0.02)}" width="${width}" height="${f(height - floor + height * 0.02)}" fill="url(#floor)"/>
    ${people}${teacher}`,
  )
}

const sportsDay: Scene = (rng, size) => {
  const { width, height } = size
  const horizon = height * 0.38
  const laneCount = rng.int(5, 8)
  const trackTop = horizon + rng.between(20, 60)
  const vanish = rng.between(0.35, 0.65) * width
  const lanes = Array.from({ length: laneCount + 1 }, (_, i) => {
    const t = i / laneCount
    return `<path d="M${f(vanish - width * 0.2 + t * width * 0.4)} ${f(trackTop)}L${f(vanish - width * 0.9 + t * width * 1.8)} ${height}" stroke="#ffffff" stroke-width="3" opacity="0.85"/>`
  }).join('')
  const runners = Array.from({ length: rng.int(4, 8) }, (_, i) => {
    const depth = rng.between(0.3, 1)
    const x = rng.between(0.08, 0.92) * width
    const feet = horizon + 40 + depth * (height - horizon - 60)
    const s = 0.6 + depth * 0.7
    const legs = `<path d="M${f(x)} ${f(feet - 10 * s)}l${f(-18 * s)} ${f(24 * s)}M${f(x)} ${f(feet - 10 * s)}l${f(20 * s)} ${f(18 * s)}" stroke="${rng.pick(SKIN)}" stroke-width="${f(9 * s)}" stroke-linecap="round"/>`
    return { feet, svg: legs + person(rng, x, feet - 14 * s, s * 0.9, CLOTHES[i % CLOTHES.length]) }
  })
    .sort((a, b) => a.feet - b.feet)
    .map((runner) => runner.svg)
    .join('')
  const bunting = Array.from({ length: 24 }, (_, i) => {
    const x = (i / 23) * width
    const y = height * 0.08 + Math.sin((i / 23) * Math.PI) * height * 0.06
    return `<path d="M${f(x)} ${f(y)}l24 0l-12 30Z" fill="${CLOTHES[i % CLOTHES.length]}"/>`
  }).join('')
  return svgDocument(
    size,
    `<defs>${linear('sky', [
      [0, '#6fa8dc'],
      [1, '#dbeaf5'],
    ])}${linear('grass', [
      [0, '#7db55a'],
      [1, '#3f7a35'],
    ])}</defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    ${Array.from({ length: 20 }, () => `<circle cx="${f(rng.between(0, width))}" cy="${f(horizon - rng.between(0, 40))}" r="${f(rng.between(25, 60))}" fill="${mix('#2f5d34', '#4f7d3f', rng.next())}"/>`).join('')}
    <rect y="${f(horizon)}" width="${width}" height="${f(height - horizon)}" fill="url(#grass)"/>
    <path d="M${f(vanish - width * 0.2)} ${f(trackTop)}L${f(vanish + width * 0.2)} ${f(trackTop)}L${f(vanish + width * 0.9)} ${height}L${f(vanish - width * 0.9)} ${height}Z" fill="#c0664a" opacity="0.9"/>
    ${lanes}
    <path d="M0 ${f(height * 0.08)} Q ${f(width / 2)} ${f(height * 0.2)} ${width} ${f(height * 0.08)}" stroke="#555" stroke-width="2" fill="none"/>${bunting}
    ${runners}`,
  )
}

// ---------- books ----------

const BOOK_COLOURS = [
  '#7a2e2a',
  '#2f4b6e',
  '#3d5a40',
  '#c9a227',
  '#e8dcc2',
  '#8b4f6b',
  '#1f2d3a',
  '#b5552e',
  '#6a7f8c',
  '#d8c3a5',
  '#4a3b2f',
  '#2a6f73',
]

const bookshelf: Scene = (rng, size) => {
  const { width, height } = size
  const shelves = 4
  const gap = height / shelves
  let body = ''
  for (let s = 0; s < shelves; s++) {
    const base = (s + 1) * gap - 18
    for (let x = 20; x < width - 30;) {
      const w = rng.between(16, 42)
      const h = gap * rng.between(0.62, 0.88)
      const colour = rng.pick(BOOK_COLOURS)
      const lean = rng.next() < 0.05 ? rng.between(-12, 12) : 0
      body += `<g transform="rotate(${f(lean)} ${f(x + w / 2)} ${f(base)})"><rect x="${f(x)}" y="${f(base - h)}" width="${f(w)}" height="${f(h)}" fill="${colour}"/>
        <rect x="${f(x + 3)}" y="${f(base - h * 0.8)}" width="${f(w - 6)}" height="${f(h * 0.25)}" fill="${mix(colour, '#ffffff', 0.35)}" opacity="0.7"/>
        <rect x="${f(x)}" y="${f(base - h)}" width="3" height="${f(h)}" fill="#000000" opacity="0.2"/></g>`
      x += w + (rng.next() < 0.08 ? rng.between(30, 80) : 1)
    }
    body += `<rect x="0" y="${f(base)}" width="${width}" height="18" fill="#6d4a2f"/><rect x="0" y="${f(base + 18)}" width="${width}" height="8" fill="#000000" opacity="0.25"/>`
  }
  return svgDocument(
    size,
    `<defs>${radial('lamp', [
      [0, '#fff1cf', 0.35],
      [1, '#000000', 0.35],
    ])}</defs><rect width="${width}" height="${height}" fill="#3b2a1e"/>${body}
    <rect width="${width}" height="${height}" fill="url(#lamp)"/>`,
  )
}

function coverArt(rng: Rng, x: number, y: number, w: number, h: number): string {
  const base = rng.pick(BOOK_COLOURS)
  const accent = rng.pick(BOOK_COLOURS)
  const motif = rng.int(0, 2)
  const art =
    motif === 0
      ? `<circle cx="${f(x + w * rng.between(0.3, 0.7))}" cy="${f(y + h * 0.45)}" r="${f(w * 0.28)}" fill="${accent}"/>`
      : motif === 1
        ? Array.from(
            { length: 5 },
            (_, i) =>
              `<rect x="${f(x)}" y="${f(y + h * (0.3 + i * 0.07))}" width="${f(w)}" height="${f(h * 0.035)}" fill="${accent}"/>`,
          ).join('')
        : `<path d="M${f(x)} ${f(y + h * 0.7)}L${f(x + w * 0.4)} ${f(y + h * 0.35)}L${f(x + w * 0.65)} ${f(y + h * 0.55)}L${f(x + w)} ${f(y + h * 0.3)}L${f(x + w)} ${f(y + h * 0.7)}Z" fill="${accent}"/>`
  return `<rect x="${f(x)}" y="${f(y)}" width="${f(w)}" height="${f(h)}" fill="${base}"/>${art}
    <rect x="${f(x + w * 0.12)}" y="${f(y + h * 0.08)}" width="${f(w * 0.76)}" height="${f(h * 0.06)}" fill="#f5efe3" opacity="0.9"/>
    <rect x="${f(x + w * 0.25)}" y="${f(y + h * 0.84)}" width="${f(w * 0.5)}" height="${f(h * 0.035)}" fill="#f5efe3" opacity="0.8"/>`
}

const bookCover: (title: string, author: string, publisher: string) => Scene =
  (title, author, publisher) => (rng, size) => {
    const { width, height } = size
    const paper = rng.pick(['#efe6d2', '#e9eef0', '#f3e3d3', '#22313f', '#5b2333'])
    const ink = paper.startsWith('#e') || paper.startsWith('#f') ? '#1d1d1b' : '#f4efe6'
    const accent = rng.pick(['#c8553d', '#2f6690', '#588157', '#d4a373', '#8e7dbe'])
    const lines = title.split('\n')
    const shapes = Array.from(
      { length: rng.int(3, 6) },
      () =>
        `<circle cx="${f(rng.between(0.1, 0.9) * width)}" cy="${f(rng.between(0.35, 0.7) * height)}" r="${f(rng.between(40, 180))}" fill="${rng.pick([accent, mix(accent, paper, 0.5)])}" opacity="0.85"/>`,
    ).join('')
    return svgDocument(
      size,
      `<rect width="${width}" height="${height}" fill="${paper}"/>
    <rect x="40" y="40" width="${width - 80}" height="${height - 80}" fill="none" stroke="${ink}" stroke-width="2" opacity="0.4"/>
    ${shapes}
    <text x="${width / 2}" y="${f(height * 0.16)}" font-family="DejaVu Sans" font-size="30" letter-spacing="4" text-anchor="middle" fill="${ink}">${author.toUpperCase()}</text>
    ${lines.map((line, i) => `<text x="${width / 2}" y="${f(height * 0.8 + i * 72)}" font-family="DejaVu Serif" font-weight="bold" font-size="64" text-anchor="middle" fill="${ink}">${line}</text>`).join('')}
    <text x="${width / 2}" y="${height - 70}" font-family="DejaVu Sans" font-size="22" letter-spacing="3" text-anchor="middle" fill="${ink}" opacity="0.7">${publisher.toUpperCase()}</text>`,
    )
  }

const bookTable: Scene = (rng, size) => {
  const { width, height } = size
  const grain = Array.from(
    { length: 30 },
    () =>
      `<rect y="${f(rng.between(0, height))}" width="${width}" height="${f(rng.between(1, 4))}" fill="#3b2414" opacity="0.25"/>`,
  ).join('')
  const books = Array.from({ length: 11 }, () => {
    const w = rng.between(150, 220)
    const h = w * 1.45
    const x = rng.between(-40, width - w + 40)
    const y = rng.between(-40, height - h + 40)
    return `<g transform="rotate(${f(rng.between(-14, 14))} ${f(x + w / 2)} ${f(y + h / 2)})"><rect x="${f(x + 8)}" y="${f(y + 10)}" width="${f(w)}" height="${f(h)}" fill="#000000" opacity="0.3"/>${coverArt(rng, x, y, w, h)}</g>`
  }).join('')
  const cupX = rng.between(0.15, 0.85) * width
  const cupY = rng.between(0.2, 0.8) * height
  return svgDocument(
    size,
    `<rect width="${width}" height="${height}" fill="#8a5a3b"/>${grain}${books}
    <circle cx="${f(cupX + 8)}" cy="${f(cupY + 10)}" r="64" fill="#000000" opacity="0.3"/><circle cx="${f(cupX)}" cy="${f(cupY)}" r="64" fill="#f4f1ea"/><circle cx="${f(cupX)}" cy="${f(cupY)}" r="48" fill="#5a3420"/>`,
  )
}

const authorTalk: Scene = (rng, size) => {
  const { width, height } = size
  const shelves = bookshelf(rng, { width, height: Math.round(height * 0.6) }).replace(/^<svg[^>]*>|<\/svg>$/g, '')
  const tableY = height * 0.58
  const speakers = [0.42, 0.58]
    .map((at) => person(rng, width * at, tableY + 20, 1.2, rng.pick(['#3d405b', '#81b29a', '#e07a5f'])))
    .join('')
  const audience = [0, 1, 2]
    .map((row) =>
      Array.from({ length: 9 - row }, (_, i) => {
        const x = ((i + 0.5 + (row % 2) * 0.5) / (9 - row)) * width
        const y = height - 20 - row * 70
        const s = 1.8 - row * 0.25
        return `<ellipse cx="${f(x)}" cy="${f(y + 60 * s)}" rx="${f(70 * s)}" ry="${f(50 * s)}" fill="#1b1b1f"/><ellipse cx="${f(x)}" cy="${f(y)}" rx="${f(26 * s)}" ry="${f(30 * s)}" fill="${rng.pick(HAIR)}"/>`
      }).join(''),
    )
    .reverse()
    .join('')
  return svgDocument(
    size,
    `<defs>${radial('spot', [
      [0, '#fff3d6', 0.5],
      [1, '#fff3d6', 0],
    ])}</defs><rect width="${width}" height="${height}" fill="#2b211a"/>${shelves}
    <rect y="${f(height * 0.6)}" width="${width}" height="${f(height * 0.4)}" fill="#4a3526"/>
    ${speakers}
    <rect x="${f(width * 0.3)}" y="${f(tableY)}" width="${f(width * 0.4)}" height="60" fill="#7a2e2a"/>
    <circle cx="${f(width / 2)}" cy="${f(height * 0.4)}" r="${f(width * 0.35)}" fill="url(#spot)"/>
    ${audience}`,
  )
}

// ---------- stage ----------

const stage: (options: { performers: number; light: string; curtain?: string }) => Scene = (options) => (rng, size) => {
  const { width, height } = size
  const curtain = options.curtain ?? '#8e1b1b'
  const floorY = height * 0.68
  const folds = Array.from(
    { length: 40 },
    (_, i) =>
      `<rect x="${f((i / 40) * width)}" y="0" width="${f(width / 80)}" height="${height}" fill="#000000" opacity="${f(rng.between(0.12, 0.3) * 100) / 100}"/>`,
  ).join('')
  const spots = Array.from({ length: options.performers }, (_, i) => {
    const x = ((i + 1) / (options.performers + 1)) * width + rng.between(-40, 40)
    const top = rng.between(0.1, 0.9) * width
    return {
      x,
      beam: `<path d="M${f(top - 10)} 0L${f(top + 10)} 0L${f(x + 130)} ${f(floorY + 40)}L${f(x - 130)} ${f(floorY + 40)}Z" fill="url(#beam)"/>`,
      pool: `<ellipse cx="${f(x)}" cy="${f(floorY + 40)}" rx="150" ry="34" fill="${options.light}" opacity="0.45"/>`,
    }
  })
  const performers = spots
    .map(({ x }) => {
      const feet = floorY + 40
      return `<g opacity="0.95"><rect x="${f(x - 26)}" y="${f(feet - 150)}" width="52" height="110" rx="20" fill="#121212"/><rect x="${f(x - 20)}" y="${f(feet - 50)}" width="14" height="50" fill="#121212"/><rect x="${f(x + 6)}" y="${f(feet - 50)}" width="14" height="50" fill="#121212"/><circle cx="${f(x)}" cy="${f(feet - 172)}" r="22" fill="#121212"/></g>`
    })
    .join('')
  const seats = Array.from(
    { length: 16 },
    (_, i) =>
      `<ellipse cx="${f((i + 0.5) * (width / 16))}" cy="${f(height - 8)}" rx="${f(width / 34)}" ry="34" fill="#0b0b0d"/>`,
  ).join('')
  return svgDocument(
    size,
    `<defs>${linear('back', [
      [0, '#0a0a12'],
      [1, '#24202e'],
    ])}${linear('beam', [
      [0, options.light, 0.55],
      [1, options.light, 0.08],
    ])}${linear('boards', [
      [0, '#5a3b24'],
      [1, '#2a1a10'],
    ])}${blur('haze', 6)}</defs>
    <rect width="${width}" height="${height}" fill="url(#back)"/>
    <path d="M${f(width * 0.08)} ${f(floorY)}L${f(width * 0.92)} ${f(floorY)}L${width} ${height}L0 ${height}Z" fill="url(#boards)"/>
    ${Array.from({ length: 10 }, (_, i) => `<path d="M${f(width * (0.08 + 0.084 * i))} ${f(floorY)}L${f(width * (i / 9))} ${height}" stroke="#1a1008" stroke-width="1.5" opacity="0.5"/>`).join('')}
    <g filter="url(#haze)">${spots.map((s) => s.beam).join('')}</g>${spots.map((s) => s.pool).join('')}${performers}
    <g><rect width="${f(width * 0.12)}" height="${height}" fill="${curtain}"/><rect x="${f(width * 0.88)}" width="${f(width * 0.12)}" height="${height}" fill="${curtain}"/>
    <path d="M0 0H${width}V${f(height * 0.12)}Q${f(width * 0.75)} ${f(height * 0.2)} ${f(width / 2)} ${f(height * 0.12)}Q${f(width * 0.25)} ${f(height * 0.2)} 0 ${f(height * 0.12)}Z" fill="${curtain}"/>
    <g opacity="0.9"><rect width="${f(width * 0.12)}" height="${height}" fill="none"/>${folds.replace(/x="([\d.]+)"/g, (_m, x) => `x="${Number(x) < width * 0.12 || Number(x) > width * 0.88 ? x : -100}"`)}</g>
    <path d="M0 ${f(height * 0.12)}Q${f(width * 0.25)} ${f(height * 0.2)} ${f(width / 2)} ${f(height * 0.12)}Q${f(width * 0.75)} ${f(height * 0.2)} ${width} ${f(height * 0.12)}" stroke="#d4a935" stroke-width="6" fill="none"/></g>
    ${seats}`,
  )
}

const auditorium: Scene = (rng, size) => {
  const { width, height } = size
  let rows = ''
  for (let r = 0; r < 9; r++) {
    const y = height * 0.42 + r * (height * 0.065)
    const seatWidth = 34 + r * 5
    const curve = 40 + r * 8
    for (let x = -20; x < width + 20; x += seatWidth + 6) {
      const dy = ((x - width / 2) / (width / 2)) ** 2 * curve
      rows += `<rect x="${f(x)}" y="${f(y - dy)}" width="${f(seatWidth)}" height="${f(seatWidth * 0.9)}" rx="${f(seatWidth * 0.3)}" fill="${mix('#9b1d20', '#5a0f12', rng.between(0, 0.4))}"/>`
    }
  }
  const balcony = `<path d="M0 ${f(height * 0.28)}Q${f(width / 2)} ${f(height * 0.38)} ${width} ${f(height * 0.28)}L${width} ${f(height * 0.34)}Q${f(width / 2)} ${f(height * 0.44)} 0 ${f(height * 0.34)}Z" fill="#7a1418"/>
    <path d="M0 ${f(height * 0.28)}Q${f(width / 2)} ${f(height * 0.38)} ${width} ${f(height * 0.28)}" stroke="#d4a935" stroke-width="5" fill="none"/>
    ${Array.from({ length: 16 }, (_, i) => {
      const x = (i + 0.5) * (width / 16)
      const y = height * 0.28 + (1 - ((x - width / 2) / (width / 2)) ** 2) * height * 0.1 + 20
      return `<circle cx="${f(x)}" cy="${f(y)}" r="5" fill="#ffe3a3"/><circle cx="${f(x)}" cy="${f(y)}" r="18" fill="url(#bulb)"/>`
    }).join('')}`
  return svgDocument(
    size,
    `<defs>${linear('wall', [
      [0, '#2c1a1a'],
      [1, '#120a0a'],
    ])}${radial('bulb', [
      [0, '#ffd98a', 0.7],
      [1, '#ffd98a', 0],
    ])}${radial('chandelier', [
      [0, '#fff0c4', 0.9],
      [0.3, '#ffd98a', 0.3],
      [1, '#ffd98a', 0],
    ])}</defs>
    <rect width="${width}" height="${height}" fill="url(#wall)"/>
    <circle cx="${f(width / 2)}" cy="${f(height * 0.1)}" r="${f(height * 0.22)}" fill="url(#chandelier)"/>
    ${balcony}${rows}
    <rect x="${f(width * 0.05)}" y="${f(height * 0.2)}" width="40" height="16" fill="#2fbf71" opacity="0.9"/>`,
  )
}

// ---------- logos ----------

const logo: (name: string, mark: string, colours: { ink: string; accent: string }, font: string) => Scene =
  (name, mark, colours, font) => (_rng, size) =>
    svgDocument(
      size,
      `<circle cx="${size.height / 2}" cy="${size.height / 2}" r="${size.height / 2 - 6}" fill="${colours.accent}"/>
      <text x="${size.height / 2}" y="${size.height / 2 + size.height * 0.16}" font-family="${font}" font-weight="bold" font-size="${f(size.height * 0.46)}" text-anchor="middle" fill="#ffffff">${mark}</text>
      <text x="${size.height + 24}" y="${size.height / 2 + size.height * 0.14}" font-family="${font}" font-size="${f(size.height * 0.4)}" fill="${colours.ink}">${name}</text>`,
    )

const favicon: (mark: string, accent: string, font: string) => Scene = (mark, accent, font) => (_rng, size) =>
  svgDocument(
    size,
    `<rect width="${size.width}" height="${size.height}" rx="${size.width * 0.2}" fill="${accent}"/>
    <text x="${size.width / 2}" y="${size.height * 0.72}" font-family="${font}" font-weight="bold" font-size="${f(size.height * 0.62)}" text-anchor="middle" fill="#ffffff">${mark}</text>`,
  )

// ---------- the plan ----------

type Job = { site: string; file: string; scene: Scene; size: Size; quality?: number }

function brandJobs(
  site: string,
  name: string,
  mark: string,
  colours: { ink: string; accent: string },
  font: string,
): Job[] {
  return [
    { site, file: 'logo.png', scene: logo(name, mark, colours, font), size: { width: 720, height: 120 } },
    { site, file: 'favicon.png', scene: favicon(mark, colours.accent, font), size: { width: 64, height: 64 } },
  ]
}

const photo = (site: string, file: string, scene: Scene, size: Size = LANDSCAPE, quality?: number): Job => ({
  site,
  file,
  scene,
  size,
  quality,
})

const JOBS: Job[] = [
  ...brandJobs('atelier-lumiere', 'Atelier Lumière', 'L', { ink: '#2b2a28', accent: '#b0563a' }, 'DejaVu Serif'),
  photo('atelier-lumiere', 'bretagne-pointe-du-raz.jpg', seascape('winter', { stormy: true })),
  photo('atelier-lumiere', 'bretagne-phare-du-petit-minou.jpg', seascape('dusk', { lighthouse: true })),
  photo('atelier-lumiere', 'bretagne-greve-blanche.jpg', seascape('grey')),
  photo('atelier-lumiere', 'bretagne-maree-basse.jpg', seascape('golden')),
  photo('atelier-lumiere', 'bretagne-ile-vierge.jpg', seascape('dawn', { lighthouse: true })),
  photo('atelier-lumiere', 'bretagne-tempete.jpg', seascape('grey', { stormy: true })),
  photo('atelier-lumiere', 'bretagne-monts-d-arree.jpg', rollingHills('winter')),
  photo('atelier-lumiere', 'bretagne-lac-du-drennec.jpg', mountainLake('winter')),
  photo('atelier-lumiere', 'lyon-fourviere.jpg', cityNight({ basilica: true })),
  photo('atelier-lumiere', 'lyon-passerelle-saint-georges.jpg', cityNight({ bridge: true })),
  photo('atelier-lumiere', 'lyon-quai-saint-antoine.jpg', cityNight({})),
  photo('atelier-lumiere', 'lyon-fete-des-lumieres.jpg', cityNight({ basilica: true, hue: '#8fd3ff' })),
  photo('atelier-lumiere', 'lyon-pont-bonaparte.jpg', cityNight({ bridge: true, hue: '#ffb070' })),
  photo('atelier-lumiere', 'lyon-croix-rousse.jpg', cityNight({ hue: '#ffe2a0' })),
  photo('atelier-lumiere', 'foret-huelgoat.jpg', forest('mist')),
  photo('atelier-lumiere', 'foret-paimpont.jpg', forest('autumn')),
  photo('atelier-lumiere', 'foret-vosges.jpg', forest('pines')),
  photo('atelier-lumiere', 'foret-chartreuse.jpg', forest('pines'), PORTRAIT),
  photo('atelier-lumiere', 'foret-brume.jpg', forest('mist'), PORTRAIT),
  photo('atelier-lumiere', 'foret-hetres.jpg', forest('autumn')),
  photo('atelier-lumiere', 'lac-d-annecy-aube.jpg', mountainLake('dawn')),

  ...brandJobs('studio-ecole', 'Studio Récré', 'R', { ink: '#1f3a5f', accent: '#f28c28' }, 'DejaVu Sans'),
  photo('studio-ecole', 'classe-cp-bleu.jpg', classGroup('#4a78a8')),
  photo('studio-ecole', 'classe-ce2-gris.jpg', classGroup('#8a8f96')),
  photo('studio-ecole', 'classe-cm1-vert.jpg', classGroup('#5f8a6a')),
  photo('studio-ecole', 'creche-les-lutins.jpg', classGroup('#c9a0a0')),
  photo('studio-ecole', 'college-6e-b.jpg', classGroup('#3f4a6b')),
  photo('studio-ecole', 'cross-ecole-jules-ferry.jpg', sportsDay),
  photo('studio-ecole', 'kermesse-relais.jpg', sportsDay),
  photo('studio-ecole', 'journee-sportive-stade.jpg', sportsDay),
  photo('studio-ecole', 'journee-sportive-arrivee.jpg', sportsDay),

  ...brandJobs(
    'librairie-des-quais',
    'Librairie des Quais',
    'Q',
    { ink: '#23312b', accent: '#2f5d50' },
    'DejaVu Serif',
  ),
  photo('librairie-des-quais', 'rayonnages-litterature.jpg', bookshelf),
  photo('librairie-des-quais', 'rayonnages-jeunesse.jpg', bookshelf),
  photo('librairie-des-quais', 'table-nouveautes.jpg', bookTable),
  photo('librairie-des-quais', 'table-coups-de-coeur.jpg', bookTable),
  photo('librairie-des-quais', 'rencontre-auteur.jpg', authorTalk),
  photo('librairie-des-quais', 'rencontre-poesie.jpg', authorTalk),
  photo(
    'librairie-des-quais',
    'couverture-la-maree-montante.jpg',
    bookCover('La marée\nmontante', 'Hélène Darrieux', 'Éditions du Littoral'),
    PORTRAIT,
  ),
  photo(
    'librairie-des-quais',
    'couverture-les-vignes-du-nord.jpg',
    bookCover('Les vignes\ndu Nord', 'Mathieu Castagnet', 'Le Port d’Attache'),
    PORTRAIT,
  ),
  photo(
    'librairie-des-quais',
    'couverture-petit-renard.jpg',
    bookCover('Petit renard\net la lune', 'Inès Lefranc', 'Éditions Galipette'),
    PORTRAIT,
  ),

  ...brandJobs('theatre-du-marche', 'Théâtre du Marché', 'M', { ink: '#1b1b1f', accent: '#a4161a' }, 'DejaVu Sans'),
  photo('theatre-du-marche', 'scene-rideau-rouge.jpg', stage({ performers: 1, light: '#fff2cc' })),
  photo('theatre-du-marche', 'salle-300-places.jpg', auditorium),
  photo('theatre-du-marche', 'salle-balcon.jpg', auditorium),
  photo('theatre-du-marche', 'scene-plateau-nu.jpg', stage({ performers: 0, light: '#dfe8ff', curtain: '#3b0d11' })),
  photo('theatre-du-marche', 'spectacle-les-fourberies.jpg', stage({ performers: 3, light: '#ffd27f' })),
  photo('theatre-du-marche', 'spectacle-quatuor.jpg', stage({ performers: 4, light: '#bcd7ff', curtain: '#202a44' })),
  photo(
    'theatre-du-marche',
    'spectacle-seule-en-scene.jpg',
    stage({ performers: 1, light: '#ff9fb0', curtain: '#4a1030' }),
  ),
  photo(
    'theatre-du-marche',
    'spectacle-jeune-public.jpg',
    stage({ performers: 2, light: '#b8ffcf', curtain: '#1f4a3a' }),
  ),

  ...brandJobs('_starter', 'Mon site', 'V', { ink: '#2b2a28', accent: '#4a5d7a' }, 'DejaVu Sans'),
  photo('_starter', 'exemple-paysage.jpg', mountainLake('golden'), STARTER, 66),
  photo('_starter', 'exemple-mer.jpg', seascape('dawn'), STARTER, 66),
  photo('_starter', 'exemple-foret.jpg', forest('mist'), STARTER, 66),
]

// ---------- rendering ----------

/** Film grain, the same on every channel, so flat SVG colours look photographed. */
function addGrain(pixels: Buffer, rng: Rng, amount: number): void {
  for (let i = 0; i < pixels.length; i += 3) {
    const noise = (rng.next() + rng.next() - 1) * amount
    for (let c = 0; c < 3; c++) pixels[i + c] = Math.max(0, Math.min(255, pixels[i + c]! + noise))
  }
}

async function render(job: Job): Promise<Buffer> {
  const rng = seededRng(`${job.site}/${job.file}`)
  const svg = Buffer.from(job.scene(rng, job.size))
  if (job.file.endsWith('.png')) return sharp(svg).png({ compressionLevel: 9, palette: true }).toBuffer()
  const { data, info } = await sharp(svg)
    .flatten({ background: '#000000' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  addGrain(data, rng, 12)
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } })
    .jpeg({ quality: job.quality ?? 72, mozjpeg: true })
    .toBuffer()
}

async function main(): Promise<void> {
  let total = 0
  const tooBig: string[] = []
  for (const job of JOBS) {
    const bytes = await render(job)
    const target = join(SITES_DIR, job.site, 'images', job.file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, bytes)
    total += bytes.length
    if (job.file.endsWith('.jpg') && bytes.length > MAX_PHOTO_BYTES) tooBig.push(`${job.site}/${job.file}`)
    console.log(`${(bytes.length / 1024).toFixed(0).padStart(5)} KB  ${job.site}/images/${job.file}`)
  }
  console.log(`${JOBS.length} files, ${(total / 1024 / 1024).toFixed(2)} MB in total`)
  if (tooBig.length > 0) throw new Error(`over ${MAX_PHOTO_BYTES / 1024} KB: ${tooBig.join(', ')}`)
  if (total > MAX_TOTAL_BYTES) throw new Error(`the demo images weigh more than ${MAX_TOTAL_BYTES / 1024 / 1024} MB`)
}

await main()
