'use client'
// Under the canvas: how many places the plan has, and what parseSeatingPlan finds wrong with it,
// each problem with its path in the JSON. The field refuses to save a plan with problems.
import React from 'react'

import type { PlanProblem } from '../../../src/domain/ticketing/seating-plan'
import type { DesignerWords } from './designer-words'

// Past this many, the list would bury the page; fixing the first ones usually fixes the rest.
const SHOWN_PROBLEMS = 30

export function PlanStatus({
  seats,
  standing,
  problems,
  words,
}: {
  seats: number
  standing: number
  problems: PlanProblem[]
  words: DesignerWords
}) {
  return (
    <div className="vitrine-designer__status">
      <p role="status" data-testid="seating-plan-seat-count" className="vitrine-designer__count">
        {words.seatCount(seats)}
        {standing > 0 && ` · ${words.standingCount(standing)}`}
      </p>
      {problems.length === 0 ? (
        <p className="vitrine-designer__valid">{words.valid}</p>
      ) : (
        <div className="vitrine-designer__problems" data-testid="seating-plan-problems">
          <p>{words.problems(problems.length)}</p>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
              <li key={i}>
                {problem.path && <code>{problem.path}</code>} {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
