'use client'
// The plan drawn in SVG: seats coloured by category, tables, standing zones, the stage and the
// labels. A click selects (section, then row or table, then seat), a drag moves what it grabbed,
// a drag on the empty plan pans, the wheel zooms about the pointer, the arrow keys move the selection.
import React, { useEffect, useRef, useState } from 'react'

import type { CanvasModel, CanvasSection } from '../../../src/domain/ticketing/designer/canvas-model'
import type { PlanRef } from '../../../src/domain/ticketing/designer/plan-edits'
import type { Box } from '../../../src/domain/ticketing/designer/section-shapes'
import {
  moveTarget,
  nextSelection,
  selectionMoveTarget,
  type CanvasHit,
  type MoveTarget,
} from '../../../src/domain/ticketing/designer/selection'
import {
  clientToPlan,
  panView,
  unitsPerPixel,
  viewBoxAttribute,
  zoomView,
  type ViewBox,
} from '../../../src/domain/ticketing/designer/view-box'

interface Props {
  model: CanvasModel
  /** The selected section's extent, outlined. */
  selectedBox?: Box
  selection?: PlanRef
  view: ViewBox
  label: string
  describedBy: string
  onView: (update: (view: ViewBox) => ViewBox) => void
  onSelect: (selection: PlanRef | undefined) => void
  onMove: (target: MoveTarget, dx: number, dy: number) => void
}

interface Press {
  pointerId: number
  clientX: number
  clientY: number
  hit?: CanvasHit
  view: ViewBox
  moved: boolean
  drag?: { target: MoveTarget; dx: number; dy: number }
}

// A press that travels less than this many pixels is a click.
const CLICK_SLOP = 4
const WHEEL_STEP = 1.15

function hitOf(target: EventTarget | null): CanvasHit | undefined {
  const element = target instanceof Element ? target.closest<SVGElement>('[data-kind]') : null
  const data = element?.dataset
  if (!data) return undefined
  const sectionId = data.section ?? ''
  switch (data.kind) {
    case 'seat':
      return data.table
        ? { kind: 'table', sectionId, tableId: data.table }
        : { kind: 'seat', sectionId, rowId: data.row ?? '', seat: data.number ?? '' }
    case 'table':
      return { kind: 'table', sectionId, tableId: data.table ?? '' }
    case 'zone':
      return { kind: 'zone', sectionId }
    case 'stage':
      return { kind: 'stage' }
    case 'label':
      return { kind: 'label', index: Number(data.index) }
  }
  return undefined
}

const sameTarget = (a: MoveTarget | undefined, b: MoveTarget) => a !== undefined && JSON.stringify(a) === JSON.stringify(b)

export function DesignerCanvas({ model, selectedBox, selection, view, label, describedBy, onView, onSelect, onMove }: Props) {
  const svg = useRef<SVGSVGElement>(null)
  const press = useRef<Press | null>(null)
  const [drag, setDrag] = useState<{ target: MoveTarget; dx: number; dy: number } | null>(null)
  const size = { width: model.width, height: model.height }

  // React's wheel listener is passive; zooming must stop the page from scrolling.
  useEffect(() => {
    const element = svg.current
    if (!element) return
    const zoom = (event: WheelEvent) => {
      event.preventDefault()
      const rect = element.getBoundingClientRect()
      const factor = event.deltaY < 0 ? WHEEL_STEP : 1 / WHEEL_STEP
      onView((current) => zoomView(current, factor, size, clientToPlan(current, rect, event.clientX, event.clientY)))
    }
    element.addEventListener('wheel', zoom, { passive: false })
    return () => element.removeEventListener('wheel', zoom)
  })

  const scale = () => {
    const rect = svg.current?.getBoundingClientRect()
    return rect ? unitsPerPixel(view, rect) : 1
  }

  const onPointerDown = (event: React.PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return
    svg.current?.setPointerCapture?.(event.pointerId)
    press.current = {
      pointerId: event.pointerId,
      clientX: event.clientX,
      clientY: event.clientY,
      hit: hitOf(event.target),
      view,
      moved: false,
    }
  }

  const onPointerMove = (event: React.PointerEvent<SVGSVGElement>) => {
    const current = press.current
    if (!current || current.pointerId !== event.pointerId) return
    const dxPixels = event.clientX - current.clientX
    const dyPixels = event.clientY - current.clientY
    if (!current.moved && Math.hypot(dxPixels, dyPixels) < CLICK_SLOP) return
    current.moved = true
    const units = scale()
    if (current.hit) {
      current.drag = { target: moveTarget(selection, current.hit), dx: dxPixels * units, dy: dyPixels * units }
      setDrag(current.drag)
    } else onView(() => panView(current.view, -dxPixels * units, -dyPixels * units))
  }

  const onPointerUp = (event: React.PointerEvent<SVGSVGElement>) => {
    const current = press.current
    if (!current || current.pointerId !== event.pointerId) return
    press.current = null
    setDrag(null)
    if (!current.moved) {
      onSelect(current.hit ? nextSelection(selection, current.hit) : undefined)
      return
    }
    const moved = current.drag
    if (!moved) return
    const dx = Math.round(moved.dx)
    const dy = Math.round(moved.dy)
    if (dx !== 0 || dy !== 0) onMove(moved.target, dx, dy)
    // What was dragged is now selected, unless it already was (a row of the dragged section stays selected).
    if (!sameTarget(selectionMoveTarget(selection), moved.target)) onSelect(moved.target)
  }

  const onKeyDown = (event: React.KeyboardEvent<SVGSVGElement>) => {
    const steps: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
    const step = steps[event.key]
    const target = selectionMoveTarget(selection)
    if (!step || !target) return
    event.preventDefault()
    const distance = event.shiftKey ? 10 : 1
    onMove(target, step[0] * distance, step[1] * distance)
  }

  const shift = (target: MoveTarget) => (drag && sameTarget(drag.target, target) ? `translate(${drag.dx} ${drag.dy})` : undefined)

  return (
    <svg
      ref={svg}
      className="vitrine-designer__canvas"
      data-testid="seating-plan-canvas"
      viewBox={viewBoxAttribute(view)}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        press.current = null
        setDrag(null)
      }}
      onKeyDown={onKeyDown}
    >
      <rect className="vitrine-designer__floor" x={0} y={0} width={model.width} height={model.height} />
      {model.stage && (
        <g
          data-kind="stage"
          className={`vitrine-designer__stage${selection?.kind === 'stage' ? ' is-selected' : ''}`}
          transform={shift({ kind: 'stage' })}
        >
          <rect x={model.stage.x} y={model.stage.y} width={model.stage.width} height={model.stage.height} />
          <text x={model.stage.cx} y={model.stage.cy} fontSize={model.stage.fontSize} textAnchor="middle" dominantBaseline="central">
            {model.stage.label}
          </text>
        </g>
      )}
      {model.sections.map((section) => (
        <SectionDrawing key={section.id} section={section} selection={selection} labelSize={model.labelSize} shift={shift} />
      ))}
      {selectedBox && (
        <rect
          className="vitrine-designer__outline"
          pointerEvents="none"
          x={selectedBox.minX - 4}
          y={selectedBox.minY - 4}
          width={selectedBox.maxX - selectedBox.minX + 8}
          height={selectedBox.maxY - selectedBox.minY + 8}
          transform={selection && 'sectionId' in selection ? shift({ kind: 'section', sectionId: selection.sectionId }) : undefined}
        />
      )}
      {model.labels.map((text, index) => (
        <text
          key={index}
          data-kind="label"
          data-index={index}
          className={`vitrine-designer__label${selection?.kind === 'label' && selection.index === index ? ' is-selected' : ''}`}
          x={text.x}
          y={text.y}
          fontSize={model.labelSize}
          textAnchor="middle"
          transform={shift({ kind: 'label', index })}
        >
          {text.text}
        </text>
      ))}
    </svg>
  )
}

function SectionDrawing({
  section,
  selection,
  labelSize,
  shift,
}: {
  section: CanvasSection
  selection?: PlanRef
  labelSize: number
  shift: (target: MoveTarget) => string | undefined
}) {
  const mine = selection && 'sectionId' in selection && selection.sectionId === section.id ? selection : undefined
  const zone = section.zone
  return (
    <g data-section-group={section.id} transform={shift({ kind: 'section', sectionId: section.id })}>
      {zone && (
        <g data-kind="zone" data-section={section.id} className="vitrine-designer__zone">
          <rect x={zone.x} y={zone.y} width={zone.width} height={zone.height} fill={zone.color} stroke={zone.color} />
          <text x={zone.x + zone.width / 2} y={zone.y + zone.height / 2} fontSize={labelSize} textAnchor="middle">
            {zone.label}
          </text>
          <text x={zone.x + zone.width / 2} y={zone.y + zone.height / 2 + labelSize * 1.2} fontSize={labelSize * 0.8} textAnchor="middle">
            {zone.capacityText}
          </text>
        </g>
      )}
      {section.groups.map((group) => {
        const rowSelected = mine?.kind === 'row' && mine.rowId === group.rowId
        const tableSelected = mine?.kind === 'table' && mine.tableId === group.tableId
        return (
          <g
            key={group.key}
            className={rowSelected || tableSelected ? 'is-selected' : undefined}
            transform={group.tableId ? shift({ kind: 'table', sectionId: section.id, tableId: group.tableId }) : undefined}
          >
            {group.table && (
              <>
                <circle
                  data-kind="table"
                  data-section={section.id}
                  data-table={group.tableId}
                  className="vitrine-designer__table"
                  cx={group.table.cx}
                  cy={group.table.cy}
                  r={group.table.r}
                />
                <text
                  className="vitrine-designer__table-label"
                  pointerEvents="none"
                  x={group.table.cx}
                  y={group.table.cy}
                  fontSize={group.table.fontSize}
                  textAnchor="middle"
                  dominantBaseline="central"
                >
                  {group.table.label}
                </text>
              </>
            )}
            {group.seats.map((seat) => {
              const seatSelected = mine?.kind === 'seat' && mine.rowId === group.rowId && mine.seat === seat.number
              return (
                <React.Fragment key={seat.key}>
                  <circle
                    data-kind="seat"
                    data-seat={`${section.id}-${group.rowId ?? group.tableId}-${seat.number}`}
                    data-section={section.id}
                    data-row={group.rowId}
                    data-table={group.tableId}
                    data-number={seat.number}
                    className={`vitrine-designer__seat${seatSelected ? ' is-selected' : ''}`}
                    cx={seat.cx}
                    cy={seat.cy}
                    r={seat.r}
                    fill={seat.color}
                  >
                    <title>{seat.title}</title>
                  </circle>
                  {seat.accessible && (
                    <circle className="vitrine-designer__accessible" pointerEvents="none" cx={seat.cx} cy={seat.cy} r={seat.r * 0.4} />
                  )}
                </React.Fragment>
              )
            })}
          </g>
        )
      })}
    </g>
  )
}
