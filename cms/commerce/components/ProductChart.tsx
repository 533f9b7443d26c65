'use client'
// The ten products that brought in the most over the period, as horizontal bars in plain SVG,
// with a spoken summary and the table beneath.
import React from 'react'

import type { ProductSales } from '../../../src/domain/reports/sales'
import { ChartData } from './ChartData'
import { formatCents, intlLocale, type Language } from './language'

const EN = {
  title: 'Top 10 products',
  product: 'Product',
  revenue: 'Revenue',
  units: 'Items sold',
  none: 'No product sold in this period.',
  summary: (list: string, count: number) => `Revenue by product: ${list}${count > 3 ? `, and ${count - 3} more` : ''}.`,
}
const FR: typeof EN = {
  title: 'Les 10 meilleurs produits',
  product: 'Produit',
  revenue: 'Chiffre d’affaires',
  units: 'Articles vendus',
  none: 'Aucun produit vendu sur la période.',
  summary: (list, count) => `Chiffre d’affaires par produit\u00a0: ${list}${count > 4 ? `, et ${count - 3} autres` : count === 4 ? ', et 1 autre' : ''}.`,
}
const WORDS = { en: EN, fr: FR }
const COLON = { en: ': ', fr: '\u00a0: ' }

const TOP = 10
const WIDTH = 720
const ROW = 30
const LABEL_WIDTH = 230
const VALUE_WIDTH = 110
const shorten = (text: string, max = 34) => (text.length > max ? `${text.slice(0, max - 1)}…` : text)

export function ProductChart({ products, language }: { products: ProductSales[]; language: Language }) {
  const words = WORDS[language]
  const count = new Intl.NumberFormat(intlLocale(language))
  const top = products.slice(0, TOP)
  const max = Math.max(1, ...top.map((product) => product.revenue))
  const barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH
  const height = top.length * ROW + 4
  const summary = words.summary(top.slice(0, 3).map((p) => `${p.label} ${formatCents(p.revenue, language)}`).join(', '), top.length)

  return (
    <figure className="vitrine-chart">
      <figcaption>
        <h2>{words.title}</h2>
      </figcaption>
      {top.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <>
          <svg className="vitrine-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary}>
            {top.map((product, index) => {
              const y = index * ROW + 4
              const width = Math.max(1, (product.revenue / max) * barSpace)
              return (
                <g key={product.productId}>
                  <text className="vitrine-chart__label" x={LABEL_WIDTH - 10} y={y + ROW / 2 - 2} textAnchor="end" dominantBaseline="middle">{shorten(product.label)}</text>
                  <rect className="vitrine-chart__bar" x={LABEL_WIDTH} y={y} width={width} height={ROW - 10}>
                    <title>{`${product.label}${COLON[language]}${formatCents(product.revenue, language)}, ${count.format(product.units)}`}</title>
                  </rect>
                  <text className="vitrine-chart__axis" x={LABEL_WIDTH + width + 8} y={y + ROW / 2 - 2} dominantBaseline="middle">{formatCents(product.revenue, language)}</text>
                </g>
              )
            })}
          </svg>
          <ChartData
            caption={words.title}
            columns={[words.product, words.revenue, words.units]}
            rows={top.map((product) => ({ key: product.productId, cells: [product.label, formatCents(product.revenue, language), count.format(product.units)] }))}
            language={language}
          />
        </>
      )}
    </figure>
  )
}
