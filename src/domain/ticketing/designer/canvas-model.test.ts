import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

import { canvasModel } from './canvas-model'
import { readDraft } from './plan-edits'

const PLANS_DIR = new URL('../../../../sites/theatre-du-marche/plans/', import.meta.url)
const demoPlan = (name: string) => readDraft(JSON.parse(readFileSync(new URL(`${name}.json`, PLANS_DIR), 'utf8')))!

describe('what the designer draws', () => {
  it('groups the amphitheatre’s 300 seats by section and row, coloured by category', () => {
    const model = canvasModel(demoPlan('amphitheatre'), 'fr')
    expect(model.seatCount).toBe(300)
    expect(model.sections.map((section) => [section.id, section.groups.length])).toEqual([
      ['orchestre', 10],
      ['balcon', 4],
    ])
    const rowA = model.sections[0].groups[0]
    expect(rowA.rowId).toBe('A')
    expect(rowA.seats[0]).toMatchObject({
      number: '15',
      color: '#d7263d',
      hit: { kind: 'seat', sectionId: 'orchestre', rowId: 'A', seat: '15' },
    })
    expect(model.stage?.label).toBe('Scène')
  })

  it('draws tables with their seats, which select the table', () => {
    const model = canvasModel(demoPlan('cabaret'), 'en')
    const vip1 = model.sections[0].groups[0]
    expect(vip1.table).toMatchObject({ label: 'VIP 1', cx: 170, cy: 200, soldWhole: true })
    expect(vip1.seats).toHaveLength(4)
    expect(vip1.seats[0].hit).toEqual({ kind: 'table', sectionId: 'carre', tableId: 'V1' })
  })

  it('draws standing zones and adds up their capacity apart from the seats', () => {
    const model = canvasModel(demoPlan('concert'), 'fr')
    expect(model.seatCount).toBe(0)
    expect(model.standingCapacity).toBe(model.sections.reduce((total, section) => total + (section.zone?.capacity ?? 0), 0))
    expect(model.sections[0].zone).toMatchObject({ id: 'fosse', capacityText: expect.stringContaining('Debout') })
  })
})
