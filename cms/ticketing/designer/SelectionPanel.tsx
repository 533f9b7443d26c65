'use client'
// The side panel: what is selected, where it sits (plan › section › row › seat), and its
// properties. With nothing selected, the plan's own: name, size and list of sections.
import React from 'react'

import { seatNumbers, type NumberingScheme } from '../../../src/domain/ticketing/numbering'
import type { PlanEdit, PlanRef, RowRef, SectionRef } from '../../../src/domain/ticketing/designer/plan-edits'
import { rowsShape } from '../../../src/domain/ticketing/designer/section-shapes'
import type {
  PlanSection,
  RowsSection,
  SeatingPlan,
  SeatRow,
  StandingSection,
  TablesSection,
} from '../../../src/domain/ticketing/seating-plan'
import { CheckboxInput, NumberInput, SelectInput, TextInput, type Choice } from './DesignerInputs'
import type { DesignerWords } from './designer-words'

export type Edit = (edit: PlanEdit, session?: string) => void
type Select = (selection: PlanRef | undefined) => void

interface PanelProps {
  plan: SeatingPlan
  words: DesignerWords
  edit: Edit
  select: Select
}

const SCHEMES: NumberingScheme[] = ['left-to-right', 'right-to-left', 'odd-even', 'custom-start']

export function SelectionPanel({ plan, selection, words, edit, select }: PanelProps & { selection?: PlanRef }) {
  const section = selection && 'sectionId' in selection ? plan.sections.find((s) => s.id === selection.sectionId) : undefined
  const row = section?.kind === 'rows' && selection && 'rowId' in selection ? section.rows.find((r) => r.id === selection.rowId) : undefined
  const table =
    section?.kind === 'tables' && selection?.kind === 'table' ? section.tables.find((t) => t.id === selection.tableId) : undefined
  const props = { plan, words, edit, select }

  let body: React.ReactNode
  if (!selection) body = <PlanPanel {...props} />
  else if (selection.kind === 'stage' && plan.stage) body = <StagePanel {...props} />
  else if (selection.kind === 'label' && plan.labels?.[selection.index]) body = <LabelPanel {...props} index={selection.index} />
  else if (selection.kind === 'seat' && section?.kind === 'rows' && row)
    body = <SeatPanel {...props} section={section} row={row} seat={selection.seat} />
  else if (selection.kind === 'row' && section?.kind === 'rows' && row) body = <RowPanel {...props} section={section} row={row} />
  else if (selection.kind === 'table' && section?.kind === 'tables' && table)
    body = <TablePanel {...props} section={section} tableId={table.id} />
  else if (section?.kind === 'rows') body = <RowsSectionPanel {...props} section={section} />
  else if (section?.kind === 'tables') body = <TablesSectionPanel {...props} section={section} />
  else if (section?.kind === 'standing') body = <StandingPanel {...props} section={section} />

  return (
    <div className="vitrine-designer__selection">
      <Breadcrumb {...props} selection={selection} section={section} row={row} />
      {body}
    </div>
  )
}

function Breadcrumb({
  words,
  select,
  selection,
  section,
  row,
}: PanelProps & { selection?: PlanRef; section?: PlanSection; row?: SeatRow }) {
  const table =
    section?.kind === 'tables' && selection?.kind === 'table' ? section.tables.find((t) => t.id === selection.tableId) : undefined
  const steps: { label: string; ref: PlanRef | undefined }[] = [{ label: words.thePlan, ref: undefined }]
  if (selection?.kind === 'stage') steps.push({ label: words.stage, ref: selection })
  if (selection?.kind === 'label') steps.push({ label: words.label, ref: selection })
  if (section) steps.push({ label: section.label, ref: { kind: 'section', sectionId: section.id } })
  if (section && row) steps.push({ label: words.row(row.label), ref: { kind: 'row', sectionId: section.id, rowId: row.id } })
  if (section && table) steps.push({ label: words.table(table.label), ref: selection })
  if (selection?.kind === 'seat' && row) steps.push({ label: words.seat(selection.seat, row.label), ref: selection })
  return (
    <nav aria-label={words.breadcrumb}>
      <ol className="vitrine-designer__breadcrumb">
        {steps.map((step, i) => (
          <li key={i}>
            {i === steps.length - 1 ? (
              <span aria-current="true">{step.label}</span>
            ) : (
              <button type="button" className="vitrine-designer__link" onClick={() => select(step.ref)}>
                {step.label}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  )
}

function PlanPanel({ plan, words, edit, select }: PanelProps) {
  return (
    <>
      <TextInput
        label={words.planName}
        value={plan.name}
        onCommit={(text, session) => edit({ type: 'rename', target: { kind: 'plan' }, text }, session)}
      />
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.planWidth}
          value={plan.size.width}
          whole
          min={1}
          onCommit={(width, session) => edit({ type: 'resize-plan', width, height: plan.size.height }, session)}
        />
        <NumberInput
          label={words.planHeight}
          value={plan.size.height}
          whole
          min={1}
          onCommit={(height, session) => edit({ type: 'resize-plan', width: plan.size.width, height }, session)}
        />
      </div>
      <h3 className="vitrine-designer__heading">{words.sections}</h3>
      {plan.sections.length === 0 ? (
        <p className="vitrine-designer__hint">{words.empty}</p>
      ) : (
        <ItemList
          items={plan.sections.map((s) => ({ key: s.id, label: s.label, ref: { kind: 'section', sectionId: s.id } }))}
          select={select}
        />
      )}
    </>
  )
}

// The heading above the list says what it lists.
function ItemList({ items, select }: { items: { key: string; label: string; ref: PlanRef }[]; select: Select }) {
  return (
    <ul className="vitrine-designer__items">
      {items.map((item) => (
        <li key={item.key}>
          <button type="button" className="vitrine-designer__item" onClick={() => select(item.ref)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  )
}

function SectionName({ section, words, edit }: { section: PlanSection; words: DesignerWords; edit: Edit }) {
  return (
    <TextInput
      label={words.sectionName}
      value={section.label}
      onCommit={(text, session) => edit({ type: 'rename', target: { kind: 'section', sectionId: section.id }, text }, session)}
    />
  )
}

function categoryChoices(plan: SeatingPlan): Choice[] {
  return plan.categories.map((category) => ({ value: category.id, label: category.label }))
}

const categoryLabel = (plan: SeatingPlan, id: string | undefined) =>
  plan.categories.find((category) => category.id === id)?.label ?? id ?? ''

/** The section's category, or "" when some of its rows, tables or seats have their own. */
function sectionCategory(section: PlanSection): string {
  if (section.kind === 'rows' && section.rows.some((row) => row.category !== undefined || row.seatCategories !== undefined)) return ''
  if (section.kind === 'tables' && section.tables.some((table) => table.category !== undefined)) return ''
  return section.category ?? ''
}

function SectionCategory({ plan, section, words, edit }: { plan: SeatingPlan; section: PlanSection; words: DesignerWords; edit: Edit }) {
  const value = sectionCategory(section)
  const choices = [...(value === '' ? [{ value: '', label: words.mixed, disabled: true }] : []), ...categoryChoices(plan)]
  return (
    <SelectInput
      label={words.category}
      value={value}
      choices={choices}
      onChange={(category) => edit({ type: 'set-category', target: { kind: 'section', sectionId: section.id }, category })}
    />
  )
}

function NumberingInputs({ words, row, target, edit }: { words: DesignerWords; row: SeatRow; target: SectionRef | RowRef; edit: Edit }) {
  const { scheme, start } = row.numbering
  return (
    <>
      <SelectInput
        label={words.numbering}
        value={scheme}
        choices={SCHEMES.map((value) => ({ value, label: words.schemes[value] }))}
        onChange={(value) => edit({ type: 'set-numbering', target, numbering: { scheme: value as NumberingScheme, start } })}
      />
      {scheme !== 'odd-even' && (
        <NumberInput
          label={words.firstNumber}
          value={start ?? 1}
          whole
          min={1}
          onCommit={(first, session) => edit({ type: 'set-numbering', target, numbering: { scheme, start: first } }, session)}
        />
      )}
    </>
  )
}

/** "4, 12" → [4, 12]; undefined while the text is not a list of whole numbers. */
function readGaps(text: string): number[] | undefined {
  const parts = text.split(/[\s,;]+/).filter(Boolean)
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map(Number) : undefined
}

function GapsInput({ words, row, target, edit }: { words: DesignerWords; row: SeatRow; target: SectionRef | RowRef; edit: Edit }) {
  return (
    <TextInput
      label={words.gaps}
      hint={words.gapsHint}
      value={(row.gaps ?? []).join(', ')}
      onCommit={(text, session) => {
        const gaps = readGaps(text)
        if (gaps) edit({ type: 'set-gaps', target, gaps }, session)
      }}
    />
  )
}

function RowsSectionPanel({ plan, words, edit, select, section }: PanelProps & { section: RowsSection }) {
  const shape = rowsShape(section)
  const first = section.rows[0]
  const ref: SectionRef = { kind: 'section', sectionId: section.id }
  const sameSeats = section.rows.every((row) => row.seats === first.seats)
  return (
    <>
      <SectionName section={section} words={words} edit={edit} />
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.rows}
          value={section.rows.length}
          whole
          min={1}
          max={100}
          onCommit={(rows, session) => edit({ type: 'set-row-count', sectionId: section.id, rows }, session)}
        />
        <NumberInput
          label={words.seatsPerRow}
          value={sameSeats ? first.seats : undefined}
          whole
          min={1}
          max={200}
          onCommit={(seats, session) => edit({ type: 'set-seats', target: ref, seats }, session)}
        />
      </div>
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.spacing}
          value={shape.spacing}
          min={1}
          onCommit={(spacing, session) => edit({ type: 'set-spacing', sectionId: section.id, spacing }, session)}
        />
        <NumberInput
          label={words.rowSpacing}
          value={shape.rowSpacing}
          min={1}
          onCommit={(rowSpacing, session) => edit({ type: 'set-spacing', sectionId: section.id, rowSpacing }, session)}
        />
      </div>
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.curve}
          value={shape.curve?.radius ?? 0}
          min={0}
          onCommit={(radius, session) => edit({ type: 'set-curve', sectionId: section.id, radius }, session)}
        />
        {shape.curve && (
          <SelectInput
            label={words.stageSide}
            value={shape.curve.centre}
            choices={[
              { value: 'above', label: words.stageTop },
              { value: 'below', label: words.stageBottom },
            ]}
            onChange={(centre) =>
              edit({
                type: 'set-curve',
                sectionId: section.id,
                radius: shape.curve?.radius,
                centre: centre === 'below' ? 'below' : 'above',
              })
            }
          />
        )}
      </div>
      <NumberingInputs words={words} row={first} target={ref} edit={edit} />
      <GapsInput words={words} row={first} target={ref} edit={edit} />
      <SectionCategory plan={plan} section={section} words={words} edit={edit} />
      <h3 className="vitrine-designer__heading">{words.rowsList}</h3>
      <ItemList
        select={select}
        items={section.rows.map((row) => ({
          key: row.id,
          label: words.row(row.label),
          ref: { kind: 'row', sectionId: section.id, rowId: row.id },
        }))}
      />
    </>
  )
}

function RowPanel({ plan, words, edit, select, section, row }: PanelProps & { section: RowsSection; row: SeatRow }) {
  const ref: RowRef = { kind: 'row', sectionId: section.id, rowId: row.id }
  // Seats priced apart make the row "mixed": choosing a category then prices the whole row.
  const category = row.seatCategories ? '' : (row.category ?? (section.category ? '*' : ''))
  return (
    <>
      <TextInput
        label={words.rowName}
        value={row.label}
        onCommit={(text, session) => edit({ type: 'rename', target: ref, text }, session)}
      />
      <NumberInput
        label={words.seats}
        value={row.seats}
        whole
        min={1}
        max={200}
        onCommit={(seats, session) => edit({ type: 'set-seats', target: ref, seats }, session)}
      />
      <NumberingInputs words={words} row={row} target={ref} edit={edit} />
      <GapsInput words={words} row={row} target={ref} edit={edit} />
      <SelectInput
        label={words.category}
        value={category}
        choices={[
          ...(category === '' ? [{ value: '', label: words.mixed, disabled: true }] : []),
          ...(section.category ? [{ value: '*', label: words.sectionsCategory(categoryLabel(plan, section.category)) }] : []),
          ...categoryChoices(plan),
        ]}
        onChange={(category) => edit({ type: 'set-category', target: ref, category: category === '*' ? undefined : category })}
      />
      <SelectInput
        label={words.chooseSeat}
        value=""
        choices={[{ value: '', label: words.noSeat }, ...seatNumbers(row.seats, row.numbering).map((n) => ({ value: n, label: n }))]}
        onChange={(seat) => seat && select({ ...ref, kind: 'seat', seat })}
      />
    </>
  )
}

function SeatPanel({ plan, words, edit, section, row, seat }: PanelProps & { section: RowsSection; row: SeatRow; seat: string }) {
  const ref = { kind: 'seat', sectionId: section.id, rowId: row.id, seat } as const
  const inherited = row.category ?? section.category
  return (
    <>
      <SelectInput
        label={words.category}
        value={row.seatCategories?.[seat] ?? '*'}
        choices={[{ value: '*', label: words.rowsCategory(categoryLabel(plan, inherited)) }, ...categoryChoices(plan)]}
        onChange={(category) => edit({ type: 'set-category', target: ref, category: category === '*' ? undefined : category })}
      />
      <CheckboxInput
        label={words.accessible}
        checked={row.accessible?.includes(seat) ?? false}
        onChange={(accessible) => edit({ type: 'set-accessible', target: ref, accessible })}
      />
    </>
  )
}

function TablesSectionPanel({ plan, words, edit, select, section }: PanelProps & { section: TablesSection }) {
  const ref: SectionRef = { kind: 'section', sectionId: section.id }
  const first = section.tables[0]
  const same = <T,>(read: (table: TablesSection['tables'][number]) => T) => section.tables.every((table) => read(table) === read(first))
  return (
    <>
      <SectionName section={section} words={words} edit={edit} />
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.tables}
          value={section.tables.length}
          whole
          min={1}
          max={200}
          onCommit={(tables, session) => edit({ type: 'set-table-count', sectionId: section.id, tables }, session)}
        />
        <NumberInput
          label={words.seatsPerTable}
          value={same((t) => t.seats) ? first.seats : undefined}
          whole
          min={2}
          max={16}
          onCommit={(seats, session) => edit({ type: 'set-seats', target: ref, seats }, session)}
        />
      </div>
      <NumberInput
        label={words.tableRadius}
        value={same((t) => t.radius ?? 40) ? (first.radius ?? 40) : undefined}
        min={10}
        onCommit={(radius, session) => edit({ type: 'set-table-radius', target: ref, radius }, session)}
      />
      <CheckboxInput
        label={words.allSoldWhole}
        checked={section.tables.every((table) => table.soldWhole)}
        onChange={(soldWhole) => edit({ type: 'set-sold-whole', target: ref, soldWhole })}
      />
      <SectionCategory plan={plan} section={section} words={words} edit={edit} />
      <h3 className="vitrine-designer__heading">{words.tablesList}</h3>
      <ItemList
        select={select}
        items={section.tables.map((table) => ({
          key: table.id,
          label: words.table(table.label),
          ref: { kind: 'table', sectionId: section.id, tableId: table.id },
        }))}
      />
    </>
  )
}

function TablePanel({ plan, words, edit, section, tableId }: PanelProps & { section: TablesSection; tableId: string }) {
  const table = section.tables.find((t) => t.id === tableId)!
  const ref = { kind: 'table', sectionId: section.id, tableId } as const
  return (
    <>
      <TextInput
        label={words.tableName}
        value={table.label}
        onCommit={(text, session) => edit({ type: 'rename', target: ref, text }, session)}
      />
      <NumberInput
        label={words.seats}
        value={table.seats}
        whole
        min={2}
        max={16}
        onCommit={(seats, session) => edit({ type: 'set-seats', target: ref, seats }, session)}
      />
      <NumberInput
        label={words.tableRadius}
        value={table.radius ?? 40}
        min={10}
        onCommit={(radius, session) => edit({ type: 'set-table-radius', target: ref, radius }, session)}
      />
      <CheckboxInput
        label={words.soldWhole}
        checked={table.soldWhole ?? false}
        onChange={(soldWhole) => edit({ type: 'set-sold-whole', target: ref, soldWhole })}
      />
      <SelectInput
        label={words.category}
        value={table.category ?? '*'}
        choices={[
          ...(section.category ? [{ value: '*', label: words.sectionsCategory(categoryLabel(plan, section.category)) }] : []),
          ...categoryChoices(plan),
        ]}
        onChange={(category) => edit({ type: 'set-category', target: ref, category: category === '*' ? undefined : category })}
      />
    </>
  )
}

function StandingPanel({ plan, words, edit, section }: PanelProps & { section: StandingSection }) {
  const ref: SectionRef = { kind: 'section', sectionId: section.id }
  const { width, height } = section.area
  return (
    <>
      <SectionName section={section} words={words} edit={edit} />
      <NumberInput
        label={words.capacity}
        value={section.capacity}
        whole
        min={1}
        onCommit={(capacity, session) => edit({ type: 'set-capacity', sectionId: section.id, capacity }, session)}
      />
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.zoneWidth}
          value={width}
          min={1}
          onCommit={(w, session) => edit({ type: 'resize-area', target: ref, width: w, height }, session)}
        />
        <NumberInput
          label={words.zoneHeight}
          value={height}
          min={1}
          onCommit={(h, session) => edit({ type: 'resize-area', target: ref, width, height: h }, session)}
        />
      </div>
      <SectionCategory plan={plan} section={section} words={words} edit={edit} />
    </>
  )
}

function StagePanel({ plan, words, edit }: PanelProps) {
  const stage = plan.stage!
  return (
    <>
      <TextInput
        label={words.stageText}
        value={stage.label}
        onCommit={(text, session) => edit({ type: 'rename', target: { kind: 'stage' }, text }, session)}
      />
      <div className="vitrine-designer__pair">
        <NumberInput
          label={words.stageWidth}
          value={stage.width}
          min={1}
          onCommit={(width, session) => edit({ type: 'resize-area', target: { kind: 'stage' }, width, height: stage.height }, session)}
        />
        <NumberInput
          label={words.stageHeight}
          value={stage.height}
          min={1}
          onCommit={(height, session) => edit({ type: 'resize-area', target: { kind: 'stage' }, width: stage.width, height }, session)}
        />
      </div>
    </>
  )
}

function LabelPanel({ plan, words, edit, index }: PanelProps & { index: number }) {
  return (
    <TextInput
      label={words.labelText}
      value={plan.labels![index].text}
      onCommit={(text, session) => edit({ type: 'rename', target: { kind: 'label', index }, text }, session)}
    />
  )
}
