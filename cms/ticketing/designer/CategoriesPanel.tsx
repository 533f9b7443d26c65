'use client'
// The plan's price categories: their label and colour, added and deleted. A category's id is
// fixed once made, since ticket prices refer to it; it is shown so the organizer can match them.
import React, { useId } from 'react'

import type { SeatingPlan } from '../../../src/domain/ticketing/seating-plan'
import { ColourInput, TextInput } from './DesignerInputs'
import type { DesignerWords } from './designer-words'
import type { Edit } from './SelectionPanel'

export function CategoriesPanel({ plan, words, edit }: { plan: SeatingPlan; words: DesignerWords; edit: Edit }) {
  const headingId = useId()
  return (
    <section className="vitrine-designer__categories" aria-labelledby={headingId}>
      <h3 id={headingId} className="vitrine-designer__heading">
        {words.categories}
      </h3>
      <ul className="vitrine-designer__category-list">
        {plan.categories.map((category) => (
          <li key={category.id} className="vitrine-designer__category">
            <ColourInput
              label={words.categoryColour(category.id)}
              value={category.color}
              onCommit={(color, session) => edit({ type: 'edit-category', id: category.id, color }, session)}
            />
            <TextInput
              label={words.categoryLabel(category.id)}
              value={category.label}
              onCommit={(label, session) => edit({ type: 'edit-category', id: category.id, label }, session)}
            />
            <button
              type="button"
              className="vitrine-designer__button"
              aria-label={words.removeCategory(category.label)}
              title={words.removeCategory(category.label)}
              disabled={plan.categories.length === 1}
              onClick={() => edit({ type: 'delete-category', id: category.id })}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="vitrine-designer__button"
        onClick={() => edit({ type: 'add-category', label: words.newCategory(plan.categories.length + 1) })}
      >
        {words.addCategory}
      </button>
    </section>
  )
}
