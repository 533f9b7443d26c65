'use client'
// The seat-map designer: toolbar, canvas, side panel, counts and problems, JSON import/export.
// It knows nothing of Payload: it shows `value` and hands every change to `onChange`. All
// decisions live in src/domain/ticketing/designer (edits, history, selection, geometry).
import React, { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'

import { canvasModel } from '../../../src/domain/ticketing/designer/canvas-model'
import {
  designerCanRedo,
  designerCanUndo,
  designerReducer,
  drawnPlan,
  initialDesignerState,
  presentOrBlank,
  type DesignerAction,
} from '../../../src/domain/ticketing/designer/designer-state'
import { blankPlan, problemsOf, type PlanEdit, type PlanRef, type Refusal } from '../../../src/domain/ticketing/designer/plan-edits'
import { sectionExtent } from '../../../src/domain/ticketing/designer/section-shapes'
import { deleteTarget, sectionIdOf } from '../../../src/domain/ticketing/designer/selection'
import { fitView, zoomView, type ViewBox } from '../../../src/domain/ticketing/designer/view-box'
import { CategoriesPanel } from './CategoriesPanel'
import { DesignerCanvas } from './DesignerCanvas'
import { DesignerToolbar, type ToolbarActions } from './DesignerToolbar'
import { designerWords, type DesignerWords } from './designer-words'
import { PlanJson } from './PlanJson'
import { PlanStatus } from './PlanStatus'
import { SelectionPanel } from './SelectionPanel'
import './seating-plan-designer.css'

export interface SeatingPlanDesignerProps {
  value: unknown
  onChange: (value: unknown) => void
  language: 'fr' | 'en'
  /** The document's name, for a plan started from scratch. */
  planName?: string
  readOnly?: boolean
}

// New sections start at a size an organizer then adjusts in the panel.
const NEW_ROWS = { rows: 4, seatsPerRow: 10 }
const NEW_TABLES = { tables: 4, seatsPerTable: 6 }
const NEW_STANDING_CAPACITY = 100
const ZOOM_STEP = 1.25

export function SeatingPlanDesigner({ value, onChange, language, planName, readOnly = false }: SeatingPlanDesignerProps) {
  const words = designerWords(language)
  const blank = useMemo(() => blankPlan(planName?.trim() || words.planFallback, words.newCategory(1)), [planName, words])
  const [state, setState] = useState(() => initialDesignerState(value, blank))
  // The reducer runs here, not in a setState callback, so the field hears of a change at once.
  const current = useRef(state)
  const dispatch = useCallback(
    (action: DesignerAction) => {
      const before = current.current
      const after = designerReducer(before, action)
      if (after === before) return
      current.current = after
      setState(after)
      if (action.type !== 'sync' && after.history.present !== before.history.present) onChange(after.history.present)
    },
    [onChange],
  )
  useEffect(() => dispatch({ type: 'sync', value }), [value, dispatch])
  useEffect(() => dispatch({ type: 'blank', blank }), [blank, dispatch])

  const plan = drawnPlan(state)
  const model = useMemo(() => (plan ? canvasModel(plan, language) : undefined), [plan, language])
  const problems = problemsOf(presentOrBlank(state))
  const size = plan?.size ?? blank.size
  const [view, setView] = useState<ViewBox>(() => fitView(size))
  // A plan that grows or shrinks is shown whole again.
  useEffect(() => setView(fitView({ width: size.width, height: size.height })), [size.width, size.height])

  const selection = state.selection
  const edit = useCallback(
    (change: PlanEdit, session?: string) => {
      if (!readOnly) dispatch({ type: 'edit', edit: change, session })
    },
    [dispatch, readOnly],
  )
  const select = useCallback((next: PlanRef | undefined) => dispatch({ type: 'select', selection: next }), [dispatch])
  const selectedSection = plan?.sections.find((section) => section.id === sectionIdOf(selection))
  const removable = deleteTarget(selection)
  const count = (kind: string) => (plan?.sections.filter((section) => section.kind === kind).length ?? 0) + 1
  const undo = () => !readOnly && dispatch({ type: 'undo' })
  const redo = () => !readOnly && dispatch({ type: 'redo' })
  const removeSelection = () => removable && edit({ type: 'delete', target: removable })

  const actions: ToolbarActions = {
    addRows: () => edit({ type: 'add-rows', label: words.newRows(count('rows')), ...NEW_ROWS }),
    addTables: () => edit({ type: 'add-tables', label: words.newTables(count('tables')), ...NEW_TABLES }),
    addStanding: () => edit({ type: 'add-standing', label: words.newStanding(count('standing')), capacity: NEW_STANDING_CAPACITY }),
    addStage: plan?.stage ? undefined : () => edit({ type: 'add-stage', label: words.stage }),
    addLabel: () => edit({ type: 'add-label', text: words.newLabel }),
    duplicate:
      selectedSection &&
      (() => edit({ type: 'duplicate-section', sectionId: selectedSection.id, label: words.copyOf(selectedSection.label) })),
    remove: removable && removeSelection,
    undo: designerCanUndo(state) ? undo : undefined,
    redo: designerCanRedo(state) ? redo : undefined,
    zoomIn: () => setView((v) => zoomView(v, ZOOM_STEP, size)),
    zoomOut: () => setView((v) => zoomView(v, 1 / ZOOM_STEP, size)),
    zoomFit: () => setView(fitView(size)),
  }

  // Shortcuts work anywhere in the designer but in a text box, where the keys are the box's own.
  const onKeyDown = (event: React.KeyboardEvent) => {
    if ((event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]')) return
    const command = event.ctrlKey || event.metaKey
    const key = event.key.toLowerCase()
    if (command && key === 'z') {
      event.preventDefault()
      if (event.shiftKey) redo()
      else undo()
    } else if (command && key === 'y') {
      event.preventDefault()
      redo()
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && removable) {
      event.preventDefault()
      removeSelection()
    } else if (event.key === 'Escape' && selection) {
      select(undefined)
    }
  }

  const hintId = useId()
  return (
    <section className="vitrine-designer" aria-label={words.designer} onKeyDown={onKeyDown}>
      <DesignerToolbar words={words} actions={actions} drawable={plan !== undefined} readOnly={readOnly} />
      {state.refusal && <RefusalMessage refusal={state.refusal} words={words} onDismiss={() => dispatch({ type: 'dismiss' })} />}
      {plan && model ? (
        <div className="vitrine-designer__body">
          <div className="vitrine-designer__drawing">
            <DesignerCanvas
              model={model}
              selection={selection}
              selectedBox={selectedSection && sectionExtent(selectedSection).outer}
              view={view}
              label={words.canvas(model.seatCount)}
              describedBy={hintId}
              onView={setView}
              onSelect={select}
              onMove={(target, dx, dy) => edit({ type: 'move', target, dx, dy })}
            />
            <p id={hintId} className="vitrine-designer__hint">
              {words.shortcuts}
            </p>
          </div>
          <aside className="vitrine-designer__panel" aria-label={words.selection}>
            <fieldset disabled={readOnly} className="vitrine-designer__fieldset">
              <SelectionPanel plan={plan} selection={selection} words={words} edit={edit} select={select} />
              <CategoriesPanel plan={plan} words={words} edit={edit} />
            </fieldset>
          </aside>
        </div>
      ) : (
        <p role="alert" className="vitrine-designer__error">
          {words.notEditable}
        </p>
      )}
      <PlanStatus seats={model?.seatCount ?? 0} standing={model?.standingCapacity ?? 0} problems={problems} words={words} />
      <PlanJson
        value={state.history.present}
        words={words}
        readOnly={readOnly}
        onImport={(imported) => dispatch({ type: 'import', value: imported })}
      />
    </section>
  )
}

function RefusalMessage({ refusal, words, onDismiss }: { refusal: Refusal; words: DesignerWords; onDismiss: () => void }) {
  let message: string
  switch (refusal.code) {
    case 'not-editable':
      message = words.notEditable
      break
    case 'not-found':
      message = words.notFound
      break
    case 'not-a-number':
      message = words.notANumber
      break
    case 'category-in-use':
      message = words.categoryInUse(refusal.category, refusal.usedBy)
      break
    case 'breaks-plan':
      message = words.breaksPlan
  }
  return (
    <div role="alert" className="vitrine-designer__refusal">
      <p>
        <strong>{words.refused}</strong> — {message}
      </p>
      {refusal.code === 'breaks-plan' && (
        <ul>
          {refusal.problems.slice(0, 5).map((problem, i) => (
            <li key={i}>
              {problem.path && <code>{problem.path}</code>} {problem.message}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="vitrine-designer__button vitrine-designer__button--quiet" onClick={onDismiss}>
        {words.dismiss}
      </button>
    </div>
  )
}
