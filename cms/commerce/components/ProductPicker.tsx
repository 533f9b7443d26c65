'use client'
// The products on sale, one button each: a click (or Enter) adds one to the sale.
import React, { useState } from 'react'

import type { CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import { minMoney, type Money } from '../../../src/domain/commerce/money'
import { soldOut, unitPrice } from './box-office-cart'
import { formatCents, useLanguage, type Language } from './language'

const EN = {
  heading: 'Products',
  filter: 'Find a product',
  filterHint: 'Enter adds the product when only one matches.',
  add: 'Add',
  from: 'from',
  soldOut: 'sold out',
  left: (count: number) => `${count} left`,
  none: 'No product matches.',
}
const FR: typeof EN = {
  heading: 'Produits',
  filter: 'Chercher un produit',
  filterHint: 'Entrée ajoute le produit quand un seul correspond.',
  add: 'Ajouter',
  from: 'à partir de',
  soldOut: 'épuisé',
  left: (count) => `reste ${count}`,
  none: 'Aucun produit ne correspond.',
}
const WORDS = { en: EN, fr: FR }

type Props = { products: readonly CatalogueProduct[]; now: Date; onAdd: (product: CatalogueProduct) => void; filterRef?: React.RefObject<HTMLInputElement | null> }

export function ProductPicker({ products, now, onAdd, filterRef }: Props) {
  const language = useLanguage()
  const words = WORDS[language]
  const [filter, setFilter] = useState('')
  const wanted = filter.trim().toLocaleLowerCase()
  const shown = wanted ? products.filter((product) => product.title.toLocaleLowerCase().includes(wanted)) : products

  return (
    <section className="vitrine-pos__products" aria-labelledby="pos-products-heading">
      <h2 id="pos-products-heading">{words.heading}</h2>
      {products.length > 8 && (
        <div className="vitrine-field">
          <label htmlFor="pos-product-filter">{words.filter}</label>
          <input
            id="pos-product-filter"
            ref={filterRef}
            type="search"
            autoComplete="off"
            aria-describedby="pos-product-filter-hint"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return
              event.preventDefault()
              if (shown.length === 1 && !soldOut(shown[0]!)) onAdd(shown[0]!)
            }}
          />
          <p id="pos-product-filter-hint" className="vitrine-hint">
            {words.filterHint}
          </p>
        </div>
      )}
      {shown.length === 0 ? (
        <p>{words.none}</p>
      ) : (
        <ul className="vitrine-pos__product-list">
          {shown.map((product) => {
            const gone = soldOut(product)
            return (
              <li key={product.id}>
                <button type="button" className="vitrine-pos__product" disabled={gone} onClick={() => onAdd(product)}>
                  <span className="vitrine-visually-hidden">{words.add} </span>
                  <span className="vitrine-pos__product-title">{product.title}</span>
                  <span className="vitrine-pos__product-price">{priceText(product, now, language)}</span>
                  {gone ? (
                    <span className="vitrine-pos__product-stock">{words.soldOut}</span>
                  ) : (
                    product.variants.length === 0 && product.stock !== null && <span className="vitrine-pos__product-stock">{words.left(product.stock)}</span>
                  )}
                </button>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** `12,00 €`, or `à partir de 9,00 €` when options are priced differently. */
function priceText(product: CatalogueProduct, now: Date, language: Language): string {
  const words = WORDS[language]
  const prices: Money[] = product.variants.length > 0 ? product.variants.map((variant) => unitPrice(product, variant.id, now)!) : [unitPrice(product, undefined, now)!]
  const lowest = prices.reduce(minMoney)
  const shown = formatCents(lowest.amount, language, lowest.currency)
  return prices.some((price) => price.amount !== lowest.amount) ? `${words.from} ${shown}` : shown
}
