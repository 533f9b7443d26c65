'use client'
// Revenue over time as bars (left axis) and items sold as a line (right axis), in plain SVG: the
// picture is one image with a spoken summary, the numbers are in the table beneath it.
import React from 'react'

import { bucketLabel } from '../../../src/domain/reports/bucket-label'
import { labelEvery, valueScale } from '../../../src/domain/reports/chart-scale'
import type { Bucket, SalesPoint } from '../../../src/domain/reports/sales'
import { ChartData } from './ChartData'
import { formatCents, intlLocale, type Language } from './language'

const EN = {
  title: 'Revenue over time',
  revenue: 'Revenue',
  units: 'Items sold',
  period: 'Period',
  summary: (total: string, from: string, to: string, units: string) => `Revenue from ${from} to ${to}: ${total}, ${units} items sold.`,
  best: (label: string, amount: string) => ` Best: ${label}, ${amount}.`,
}
const FR: typeof EN = {
  title: 'Chiffre d’affaires dans le temps',
  revenue: 'Chiffre d’affaires',
  units: 'Articles vendus',
  period: 'Période',
  summary: (total, from, to, units) => `Chiffre d’affaires du ${from} au ${to}\u00a0: ${total}, ${units} articles vendus.`,
  best: (label, amount) => ` Meilleur\u00a0: ${label}, ${amount}.`,
}
const WORDS = { en: EN, fr: FR }
const COLON = { en: ': ', fr: '\u00a0: ' }

const WIDTH = 720
const HEIGHT = 260
const PAD = { top: 16, right: 48, bottom: 32, left: 76 }

type Props = { series: SalesPoint[]; bucket: Bucket; language: Language }

export function RevenueChart({ series, bucket, language }: Props) {
  const words = WORDS[language]
  const count = new Intl.NumberFormat(intlLocale(language))
  const euros = (cents: number) => new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100)
  const money = valueScale(Math.max(0, ...series.map((point) => point.revenue)))
  const units = valueScale(Math.max(0, ...series.map((point) => point.units)))
  const plotWidth = WIDTH - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  const band = plotWidth / Math.max(1, series.length)
  const barWidth = Math.max(1, band * 0.7)
  const y = (value: number, max: number) => PAD.top + plotHeight - (value / max) * plotHeight
  const centre = (index: number) => PAD.left + index * band + band / 2
  const every = labelEvery(series.length, 10)

  const total = series.reduce((sum, point) => sum + point.revenue, 0)
  const best = series.reduce<SalesPoint | undefined>((top, point) => (point.revenue > (top?.revenue ?? 0) ? point : top), undefined)
  const label = (key: string, long = false) => bucketLabel(key, bucket, language, { long })
  const summary =
    series.length === 0
      ? words.title
      : words.summary(formatCents(total, language), label(series[0]!.bucket, true), label(series.at(-1)!.bucket, true), count.format(series.reduce((sum, p) => sum + p.units, 0))) +
        (best ? words.best(label(best.bucket, true), formatCents(best.revenue, language)) : '')

  return (
    <figure className="vitrine-chart">
      <figcaption>
        <h2>{words.title}</h2>
        <ul className="vitrine-chart__legend" aria-hidden="true">
          <li><span className="vitrine-chart__swatch vitrine-chart__swatch--bar" />{words.revenue}</li>
          <li><span className="vitrine-chart__swatch vitrine-chart__swatch--line" />{words.units}</li>
        </ul>
      </figcaption>
      <svg className="vitrine-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        {money.ticks.map((tick) => (
          <g key={tick}>
            <line className="vitrine-chart__grid" x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick, money.max)} y2={y(tick, money.max)} />
            <text className="vitrine-chart__axis" x={PAD.left - 8} y={y(tick, money.max)} textAnchor="end" dominantBaseline="middle">{euros(tick)}</text>
          </g>
        ))}
        {units.ticks.map((tick) => (
          <text key={tick} className="vitrine-chart__axis" x={WIDTH - PAD.right + 8} y={y(tick, units.max)} dominantBaseline="middle">{count.format(tick)}</text>
        ))}
        {series.map((point, index) => (
          <rect key={point.bucket} className="vitrine-chart__bar" x={centre(index) - barWidth / 2} width={barWidth} y={y(point.revenue, money.max)} height={(point.revenue / money.max) * plotHeight}>
            <title>{`${label(point.bucket, true)}${COLON[language]}${formatCents(point.revenue, language)}, ${count.format(point.units)}`}</title>
          </rect>
        ))}
        {series.length > 1 && <polyline className="vitrine-chart__line" points={series.map((point, index) => `${centre(index)},${y(point.units, units.max)}`).join(' ')} />}
        {series.length <= 62 && series.map((point, index) => <circle key={point.bucket} className="vitrine-chart__dot" cx={centre(index)} cy={y(point.units, units.max)} r={3} />)}
        {series.map((point, index) =>
          index % every === 0 ? (
            <text key={point.bucket} className="vitrine-chart__axis" x={centre(index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle">{label(point.bucket)}</text>
          ) : null,
        )}
      </svg>
      <ChartData
        caption={words.title}
        columns={[words.period, words.revenue, words.units]}
        rows={series.map((point) => ({ key: point.bucket, cells: [label(point.bucket, true), formatCents(point.revenue, language), count.format(point.units)] }))}
        language={language}
      />
    </figure>
  )
}
