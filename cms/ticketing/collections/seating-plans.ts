import type { CollectionConfig } from 'payload'

import { flattenPlan } from '../../../src/domain/ticketing/plan-geometry'
import { parseSeatingPlan } from '../../../src/domain/ticketing/seating-plan'
import { tenantCrud } from '../../platform/access'
import { keepSoldVersion } from '../plan-versions'

/** A venue's seating plan as JSON (src/domain/ticketing/seating-plan.ts), refused with the path of each problem. */
export const SeatingPlans: CollectionConfig = {
  slug: 'seating-plans',
  labels: { singular: { en: 'Seating plan', fr: 'Plan de salle' }, plural: { en: 'Seating plans', fr: 'Plans de salle' } },
  access: tenantCrud('catalog'),
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'seatCount', 'updatedAt'], group: { en: 'Ticketing', fr: 'Billetterie' } },
  hooks: {
    beforeChange: [
      keepSoldVersion,
      ({ data }) => {
        const parsed = parseSeatingPlan(data.plan)
        if (parsed.ok) data.seatCount = flattenPlan(parsed.plan).length
        return data
      },
    ],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: { en: 'Name', fr: 'Nom' } },
    {
      name: 'plan',
      type: 'json',
      required: true,
      label: { en: 'Plan (JSON)', fr: 'Plan (JSON)' },
      // Drawn with the seat-map designer: Payload's JSON editor loads Monaco from a CDN, blank offline.
      admin: { components: { Field: '/ticketing/designer/SeatingPlanField#SeatingPlanField' } },
      validate: (value: unknown) => {
        const parsed = parseSeatingPlan(value)
        return parsed.ok ? true : parsed.problems.slice(0, 10).map((p) => `${p.path || '(plan)'}: ${p.message}`).join('\n')
      },
    },
    { name: 'seatCount', type: 'number', admin: { readOnly: true }, label: { en: 'Seats', fr: 'Places' } },
  ],
}
