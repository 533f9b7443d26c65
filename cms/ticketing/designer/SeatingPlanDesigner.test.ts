// @vitest-environment happy-dom
// The designer in a DOM, driven as a person would: through its labelled buttons and fields,
// clicks on the canvas and keyboard shortcuts; what it hands to the field is checked with
// parseSeatingPlan. (The browser journey through Payload's admin is the e2e suite's.)
import { act, createElement } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { flattenPlan } from '../../../src/domain/ticketing/plan-geometry'
import { parseSeatingPlan, type SeatingPlan } from '../../../src/domain/ticketing/seating-plan'
import { SeatingPlanDesigner } from './SeatingPlanDesigner'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let container: HTMLElement
let root: Root
let stored: unknown

// Like the Payload field: the designer's changes come back to it as its value.
function render(initial: unknown, language: 'fr' | 'en' = 'fr') {
  stored = initial
  const draw = () => root.render(createElement(SeatingPlanDesigner, { value: stored, onChange, language, planName: 'Petite salle' }))
  const onChange = (value: unknown) => {
    stored = value
    draw()
  }
  act(draw)
}

beforeEach(() => {
  container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
})

afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name)
  if (!found) throw new Error(`no button "${name}"`)
  return found
}

const field = <T extends HTMLElement = HTMLInputElement>(name: string): T => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.trim() === name)
  const control = label
    ? label.htmlFor
      ? document.getElementById(label.htmlFor)
      : label.querySelector('input')
    : container.querySelector(`[aria-label="${name}"]`)
  if (!control) throw new Error(`no field "${name}"`)
  return control as T
}

const click = (element: Element) => act(() => void (element as HTMLElement).click())

function type(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  act(() => {
    input.focus()
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')!.set!
    setter.call(input, text)
    input.dispatchEvent(new Event('input', { bubbles: true }))
  })
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value
    select.dispatchEvent(new Event('change', { bubbles: true }))
  })
}

const press = (target: Element, key: string, options: KeyboardEventInit = {}) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...options })))

function clickOnCanvas(target: Element) {
  act(() => {
    target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, pointerId: 1, clientX: 10, clientY: 10 }))
    target.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, button: 0, pointerId: 1, clientX: 10, clientY: 10 }))
  })
}

const canvas = () => container.querySelector('[data-testid="seating-plan-canvas"]')!
const seats = () => canvas().querySelectorAll('[data-seat]')
const count = () => container.querySelector('[data-testid="seating-plan-seat-count"]')!.textContent
const storedPlan = () => {
  const result = parseSeatingPlan(stored)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.plan
}

describe('the seat-map designer', () => {
  it('draws a new plan of 2 rows × 5 seats in a second category, which the field can save', () => {
    render(undefined)
    expect(count()).toBe('0 place assise')
    expect(container.querySelector('[data-testid="seating-plan-problems"]')!.textContent).toContain(
      'sections a plan needs at least one section',
    )

    click(button('Ajouter des rangées'))
    expect(seats()).toHaveLength(40)
    expect(field('Nom de la section').value).toBe('Section 1')

    type(field('Rangées'), '2')
    type(field('Places par rangée'), '5')
    click(button('Ajouter une catégorie'))
    choose(field<HTMLSelectElement>('Catégorie'), 'categorie-2')

    expect(seats()).toHaveLength(10)
    expect(count()).toBe('10 places assises')
    expect(container.textContent).toContain('Le plan est valide.')
    const plan = storedPlan()
    expect(plan.name).toBe('Petite salle')
    expect(flattenPlan(plan).map((seat) => `${seat.id} ${seat.category}`)).toEqual(
      ['A', 'B'].flatMap((row) => [1, 2, 3, 4, 5].map((n) => `section-1-${row}-${n} categorie-2`)),
    )
  })

  it('colours the seats with their category', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    click(button('Ajouter une catégorie'))
    choose(field<HTMLSelectElement>('Catégorie'), 'categorie-2')
    expect(new Set([...seats()].map((seat) => seat.getAttribute('fill')))).toEqual(new Set(['#2f7fc1']))
  })

  it('undoes and redoes with the buttons and with Ctrl+Z and Shift+Ctrl+Z', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    type(field('Places par rangée'), '12')
    expect(seats()).toHaveLength(48)
    // Typing "12" is one step, not two.
    click(button('Annuler'))
    expect(seats()).toHaveLength(40)
    press(canvas(), 'z', { ctrlKey: true, shiftKey: true })
    expect(seats()).toHaveLength(48)
    press(canvas(), 'z', { metaKey: true })
    press(canvas(), 'z', { ctrlKey: true })
    expect(stored).toBeUndefined()
    expect(button('Annuler').disabled).toBe(true)
  })

  it('selects a section, then a row, then a seat by clicking, and prices and marks that seat alone', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    click(button('Ajouter une catégorie'))
    press(canvas(), 'Escape')
    const seatB3 = () => canvas().querySelector('[data-seat="section-1-B-3"]')!
    clickOnCanvas(seatB3())
    expect(field('Nom de la section').value).toBe('Section 1')
    clickOnCanvas(seatB3())
    expect(field('Nom du rang').value).toBe('B')
    clickOnCanvas(seatB3())
    expect(container.querySelector('[aria-current="true"]')!.textContent).toBe('Place 3, rang B')

    choose(field<HTMLSelectElement>('Catégorie'), 'categorie-2')
    click(field('Place pour fauteuil roulant'))
    const seat = flattenPlan(storedPlan()).find((s) => s.id === 'section-1-B-3')!
    expect([seat.category, seat.accessible]).toEqual(['categorie-2', true])
    expect(flattenPlan(storedPlan()).filter((s) => s.category === 'categorie-2')).toHaveLength(1)
  })

  it('deletes the selection with the Delete key, and says why it will not delete the last section', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    click(button('Ajouter des tables'))
    expect(field('Places par table').value).toBe('6')
    press(canvas(), 'Delete')
    expect(storedPlan().sections.map((s) => s.label)).toEqual(['Section 1'])
    clickOnCanvas(canvas().querySelector('[data-seat]')!)
    press(canvas(), 'Delete')
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('a plan needs at least one section')
    expect(storedPlan().sections).toHaveLength(1)
  })

  it('duplicates a section below itself and moves the selection with the arrow keys', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    click(button('Dupliquer la section'))
    expect(storedPlan().sections.map((s) => s.label)).toEqual(['Section 1', 'Section 1 (copie)'])
    const before = flattenPlan(storedPlan()).filter((s) => s.sectionId === 'section-1-copie')
    press(canvas(), 'ArrowRight', { shiftKey: true })
    const after = flattenPlan(storedPlan()).filter((s) => s.sectionId === 'section-1-copie')
    expect(after.map((s) => s.x)).toEqual(before.map((s) => s.x + 10))
  })

  it('adds tables, a standing zone, the stage and a label, and counts seats and standing places', () => {
    render(undefined)
    click(button('Ajouter des tables'))
    type(field('Tables'), '3')
    click(field('Tables vendues entières'))
    click(button('Ajouter une zone debout'))
    type(field('Capacité'), '250')
    click(button('Ajouter la scène'))
    expect(button('Ajouter la scène').disabled).toBe(true)
    click(button('Ajouter un texte'))
    expect(count()).toBe('18 places assises · 250 debout')
    const plan = storedPlan() as SeatingPlan
    expect(plan.stage?.label).toBe('Scène')
    expect(plan.labels?.map((label) => label.text)).toEqual(['Texte'])
    expect(flattenPlan(plan).every((seat) => seat.soldWhole)).toBe(true)
  })

  it('imports pasted JSON, lists its problems with their paths, and undoes the import', () => {
    render(undefined)
    click(button('Ajouter des rangées'))
    const details = container.querySelector('details')!
    act(() => {
      details.open = true
      details.dispatchEvent(new Event('toggle'))
    })
    const broken = { ...storedPlan(), size: { width: 50, height: 50 } }
    type(field<HTMLTextAreaElement>('JSON du plan'), JSON.stringify(broken))
    click(button('Appliquer le JSON'))
    expect(container.querySelector('[data-testid="seating-plan-problems"]')!.textContent).toContain('sections[0].rows[0].start')
    type(field<HTMLTextAreaElement>('JSON du plan'), '{ oops')
    click(button('Appliquer le JSON'))
    expect(container.textContent).toContain('JSON illisible')
    click(button('Annuler'))
    expect(parseSeatingPlan(stored).ok).toBe(true)
  })

  it('speaks English to an admin in English', () => {
    render(undefined, 'en')
    click(button('Add rows'))
    type(field('Rows'), '2')
    type(field('Seats per row'), '5')
    expect(count()).toBe('10 seats')
    expect(canvas().getAttribute('aria-label')).toBe('Seating plan, 10 seats')
  })

  it('opens an existing plan as it is, without changing the field', () => {
    const plan = {
      version: 1,
      name: 'Salle',
      size: { width: 300, height: 200 },
      categories: [{ id: 'c', label: 'C', color: '#112233' }],
      sections: [
        {
          id: 'r',
          label: 'R',
          kind: 'rows',
          category: 'c',
          rows: [{ id: 'A', label: 'A', seats: 3, start: { x: 50, y: 50 }, spacing: 30, numbering: { scheme: 'odd-even' } }],
        },
      ],
    }
    render(plan)
    expect(stored).toBe(plan)
    expect([...seats()].map((seat) => seat.getAttribute('data-seat'))).toEqual(['r-A-3', 'r-A-1', 'r-A-2'])
  })
})
