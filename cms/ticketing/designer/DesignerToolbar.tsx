'use client'
// The designer's toolbar: add things, duplicate or delete the selection, undo and redo, zoom.
import React from 'react'

import type { DesignerWords } from './designer-words'

export interface ToolbarActions {
  addRows: () => void
  addTables: () => void
  addStanding: () => void
  addStage?: () => void
  addLabel: () => void
  duplicate?: () => void
  remove?: () => void
  undo?: () => void
  redo?: () => void
  zoomIn: () => void
  zoomOut: () => void
  zoomFit: () => void
}

// Left and right arrows go from tool to tool, as in any toolbar; Tab works too.
function moveFocus(event: React.KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')]
  const here = buttons.indexOf(event.target as HTMLButtonElement)
  if (here < 0) return
  event.preventDefault()
  const step = event.key === 'ArrowRight' ? 1 : -1
  buttons[(here + step + buttons.length) % buttons.length].focus()
}

/**
 * A missing action shows its button disabled: nothing to undo, no section selected, a stage
 * already there. While the JSON has no plan shape, only undo and redo remain.
 */
export function DesignerToolbar({
  words,
  actions,
  drawable,
  readOnly,
}: {
  words: DesignerWords
  actions: ToolbarActions
  drawable: boolean
  readOnly: boolean
}) {
  const tool = (label: string, action: (() => void) | undefined, shortcut?: string) => (
    <button
      type="button"
      className="vitrine-designer__button"
      disabled={!action}
      onClick={action}
      title={shortcut ? `${label} (${shortcut})` : undefined}
      aria-keyshortcuts={shortcut}
    >
      {label}
    </button>
  )
  return (
    <div role="toolbar" aria-label={words.tools} className="vitrine-designer__toolbar" onKeyDown={moveFocus}>
      {!readOnly && drawable && (
        <div className="vitrine-designer__tools">
          {tool(words.addRows, actions.addRows)}
          {tool(words.addTables, actions.addTables)}
          {tool(words.addStanding, actions.addStanding)}
          {tool(words.addStage, actions.addStage)}
          {tool(words.addLabel, actions.addLabel)}
        </div>
      )}
      {!readOnly && (
        <div className="vitrine-designer__tools">
          {drawable && tool(words.duplicate, actions.duplicate)}
          {drawable && tool(words.remove, actions.remove, 'Delete')}
          {tool(words.undo, actions.undo, 'Control+Z')}
          {tool(words.redo, actions.redo, 'Control+Shift+Z')}
        </div>
      )}
      {drawable && (
        <div className="vitrine-designer__tools">
          {tool(words.zoomIn, actions.zoomIn)}
          {tool(words.zoomOut, actions.zoomOut)}
          {tool(words.zoomFit, actions.zoomFit)}
        </div>
      )}
    </div>
  )
}
