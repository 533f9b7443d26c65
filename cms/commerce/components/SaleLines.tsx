'use client'
// The lines of the sale being rung up: option, quantity, answers to the product's questions, and
// the server's complaints about each (`items.2.quantity` shows under the third line's quantity).
// A ticket line shows its performance and place, and its price among the event's for that category.
import React from 'react'

import { MAX_QUANTITY, type CatalogueProduct } from '../../../src/domain/commerce/cart-request'
import { lineAmount, ticketPriceOptions, unitPrice, type SaleLine } from './box-office-cart'
import { performanceName } from './BoxOfficeTickets'
import { describedBy, FieldMessage } from './FieldMessage'
import { HoldCountdown } from './HoldCountdown'
import { formatCents, useLanguage } from './language'

const EN = {
  heading: 'Sale',
  empty: 'Nothing yet: add products from the list.',
  option: 'Option',
  choose: 'Choose…',
  soldOut: 'sold out',
  quantity: 'Quantity',
  fewer: (title: string) => `Decrease the quantity of ${title}`,
  more: (title: string) => `Increase the quantity of ${title}`,
  remove: 'Remove',
  required: 'required',
  unknown: 'No longer on sale',
  price: 'Price',
}
const FR: typeof EN = {
  heading: 'Vente',
  empty: 'Rien pour l’instant\u00a0: ajoutez des produits depuis la liste.',
  option: 'Déclinaison',
  choose: 'Choisir…',
  soldOut: 'épuisé',
  quantity: 'Quantité',
  fewer: (title) => `Diminuer la quantité de ${title}`,
  more: (title) => `Augmenter la quantité de ${title}`,
  remove: 'Retirer',
  required: 'obligatoire',
  unknown: 'N’est plus en vente',
  price: 'Tarif',
}
const WORDS = { en: EN, fr: FR }

type Props = {
  lines: readonly SaleLine[]
  catalogue: ReadonlyMap<string, CatalogueProduct>
  now: Date
  errors: Record<string, string>
  onChange: (key: number, change: Partial<SaleLine>) => void
  onRemove: (key: number) => void
}

export function SaleLines({ lines, catalogue, now, errors, onChange, onRemove }: Props) {
  const words = WORDS[useLanguage()]
  return (
    <section className="vitrine-pos__lines" aria-labelledby="pos-lines-heading">
      <h2 id="pos-lines-heading">{words.heading}</h2>
      {lines.length === 0 && <p>{words.empty}</p>}
      <FieldMessage id="pos-items-error" message={errors.items} />
      {lines.length > 0 && (
        <ol className="vitrine-pos__line-list">
          {lines.map((line, index) => (
            <Line key={line.key} line={line} index={index} catalogue={catalogue} product={catalogue.get(line.productId)} now={now} errors={errors} onChange={onChange} onRemove={onRemove} />
          ))}
        </ol>
      )}
    </section>
  )
}

type LineProps = Omit<Props, 'lines'> & { line: SaleLine; index: number; product: CatalogueProduct | undefined }

function Line({ line, index, catalogue, product, now, errors, onChange, onRemove }: LineProps) {
  const language = useLanguage()
  const words = WORDS[language]
  const at = `items.${index}`
  const id = `pos-line-${line.key}`
  const title = product?.title ?? words.unknown
  const price = product && unitPrice(product, line.variantId, now)
  const amount = lineAmount(line, product, now)
  const quantity = Number(line.quantity) || 0
  const setQuantity = (value: number) => onChange(line.key, { quantity: String(Math.min(MAX_QUANTITY, Math.max(1, value))) })
  const { ticket } = line
  const placeError = errors[`${at}.seatId`] ?? errors[`${at}.zoneId`] ?? errors[`${at}.performanceId`]

  return (
    <li className="vitrine-pos__line" aria-labelledby={`${id}-title`}>
      <div className="vitrine-pos__line-head">
        <strong id={`${id}-title`}>{title}</strong>
        <span>{price ? `${formatCents(price.amount, language, price.currency)} × ${line.quantity || 0}` : ''}</span>
        <strong className="vitrine-pos__line-amount">{amount ? formatCents(amount.amount, language, amount.currency) : '—'}</strong>
      </div>
      {ticket && (
        <p className="vitrine-pos__line-place">
          {performanceName(ticket, language)} · {ticket.place}
          {ticket.seatId && ticket.expiresAt && (
            <>
              {' · '}
              <HoldCountdown expiresAt={ticket.expiresAt} />
            </>
          )}
        </p>
      )}
      <FieldMessage id={`${id}-place-error`} message={placeError} />
      <FieldMessage id={`${id}-product-error`} message={errors[`${at}.productId`]} />
      <div className="vitrine-pos__line-controls">
        {ticket && (
          <div className="vitrine-field">
            <label htmlFor={`${id}-price`}>{words.price}</label>
            <select
              id={`${id}-price`}
              value={`${line.productId}:${line.variantId ?? ''}`}
              onChange={(event) => {
                const [productId, variantId] = event.target.value.split(':')
                onChange(line.key, { productId: productId!, variantId: variantId! })
              }}
              {...describedBy(`${id}-price-error`, errors[`${at}.variantId`])}
            >
              {ticketPriceOptions(catalogue, ticket).map((option) => {
                const optionPrice = unitPrice(catalogue.get(option.productId)!, option.variantId, now)!
                return (
                  <option key={`${option.productId}:${option.variantId}`} value={`${option.productId}:${option.variantId}`}>
                    {`${option.label} — ${formatCents(optionPrice.amount, language, optionPrice.currency)}`}
                  </option>
                )
              })}
            </select>
            <FieldMessage id={`${id}-price-error`} message={errors[`${at}.variantId`]} />
          </div>
        )}
        {!ticket && product && product.variants.length > 0 && (
          <div className="vitrine-field">
            <label htmlFor={`${id}-variant`}>{words.option}</label>
            <select
              id={`${id}-variant`}
              required
              value={line.variantId ?? ''}
              onChange={(event) => onChange(line.key, { variantId: event.target.value || undefined })}
              {...describedBy(`${id}-variant-error`, errors[`${at}.variantId`])}
            >
              <option value="">{words.choose}</option>
              {product.variants.map((variant) => {
                const variantPrice = unitPrice(product, variant.id, now)!
                return (
                  <option key={variant.id} value={variant.id} disabled={variant.stock === 0}>
                    {`${variant.label} — ${formatCents(variantPrice.amount, language, variantPrice.currency)}${variant.stock === 0 ? ` (${words.soldOut})` : ''}`}
                  </option>
                )
              })}
            </select>
            <FieldMessage id={`${id}-variant-error`} message={errors[`${at}.variantId`]} />
          </div>
        )}
        {!ticket?.seatId && (
          <div className="vitrine-field">
            <label htmlFor={`${id}-quantity`}>{words.quantity}</label>
            <div className="vitrine-pos__stepper">
              <button type="button" aria-label={words.fewer(title)} disabled={quantity <= 1} onClick={() => setQuantity(quantity - 1)}>
                −
              </button>
              <input
                id={`${id}-quantity`}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_QUANTITY}
                value={line.quantity}
                onChange={(event) => onChange(line.key, { quantity: event.target.value })}
                {...describedBy(`${id}-quantity-error`, errors[`${at}.quantity`])}
              />
              <button type="button" aria-label={words.more(title)} disabled={quantity >= MAX_QUANTITY} onClick={() => setQuantity(quantity + 1)}>
                +
              </button>
            </div>
            <FieldMessage id={`${id}-quantity-error`} message={errors[`${at}.quantity`]} />
          </div>
        )}
        <button type="button" className="vitrine-pos__remove" onClick={() => onRemove(line.key)}>
          {words.remove}
          <span className="vitrine-visually-hidden"> {ticket ? `${title} — ${ticket.place}` : title}</span>
        </button>
      </div>
      {product?.questions.map((question, q) => {
        const field = `${at}.answers.${q}`
        const inputId = `${id}-answer-${q}`
        const props = {
          id: inputId,
          value: line.answers[String(q)] ?? '',
          required: question.required,
          onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => onChange(line.key, { answers: { ...line.answers, [String(q)]: event.target.value } }),
          ...describedBy(`${inputId}-error`, errors[field]),
        }
        return (
          <div key={q} className="vitrine-field">
            <label htmlFor={inputId}>
              {question.label}
              {question.required && <span className="vitrine-hint"> ({words.required})</span>}
            </label>
            {question.choices.length > 0 ? (
              <select {...props}>
                <option value="">{words.choose}</option>
                {question.choices.map((choice) => (
                  <option key={choice}>{choice}</option>
                ))}
              </select>
            ) : (
              <input {...props} maxLength={1000} />
            )}
            <FieldMessage id={`${inputId}-error`} message={errors[field]} />
          </div>
        )
      })}
    </li>
  )
}
