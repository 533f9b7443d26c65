'use client'
// The numbers behind a chart, as a table a screen reader can walk and anyone can open.
import React from 'react'

import type { Language } from './language'

const SHOW = { en: 'Show the data', fr: 'Voir les données' }

type Props = {
  caption: string
  columns: string[]
  rows: { key: string; cells: string[] }[]
  language: Language
}

/** Closed by default; the first column heads each row, the others are right-aligned figures. */
export function ChartData({ caption, columns, rows, language }: Props) {
  return (
    <details className="vitrine-chart-data">
      <summary>{SHOW[language]}</summary>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.cells[0]}</th>
              {row.cells.slice(1).map((cell, index) => (
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  )
}
