// The getting-started checklist on the admin dashboard of a site's owner (server component).
import type { Payload, TypedUser } from 'payload'
import React from 'react'

import { checklist, STARTER_GRACE_MS, type ChecklistStep } from '../../../src/domain/tenancy/checklist'
import { tenantOrigin } from '../../../src/lib/platform'
import { relationId } from '../../relation-id'

type Props = { payload: Payload; user?: TypedUser | null; i18n?: { language?: string } }

const LABELS: Record<ChecklistStep['id'], { en: string; fr: string; href: (ids: Ids) => string }> = {
  theme: { en: 'Choose your theme', fr: 'Choisir votre thème', href: (ids) => `/admin/collections/site-settings/${ids.settings ?? ''}` },
  brand: { en: 'Add your logo and colours', fr: 'Ajouter votre logo et vos couleurs', href: (ids) => `/admin/collections/site-settings/${ids.settings ?? ''}` },
  home: { en: 'Edit your home page', fr: 'Modifier votre page d’accueil', href: (ids) => `/admin/collections/pages/${ids.home ?? ''}` },
  post: { en: 'Write your first post', fr: 'Écrire votre premier article', href: () => '/admin/collections/posts/create' },
  domain: { en: 'Connect your domain', fr: 'Connecter votre nom de domaine', href: () => '/admin/collections/domains/create' },
}
type Ids = { settings?: number; home?: number }

export async function Checklist({ payload, user, i18n }: Props) {
  const membership = (user as { tenants?: { tenant: number | { id: number }; roles?: string[] }[] } | null)?.tenants?.find((m) => m.roles?.includes('owner'))
  if (!membership) return null
  const tenantId = relationId(membership.tenant)!
  const scoped = { tenant: { equals: tenantId } }
  const [tenant, settings, home, domains] = await Promise.all([
    payload.findByID({ collection: 'tenants', id: tenantId, depth: 0 }),
    payload.find({ collection: 'site-settings', where: scoped, limit: 1, depth: 0 }),
    payload.find({ collection: 'pages', where: { ...scoped, slug: { equals: 'home' } }, limit: 1, depth: 0 }),
    payload.find({ collection: 'domains', where: scoped, limit: 20, depth: 0 }),
  ])
  const start = new Date(tenant.createdAt)
  const posts = await payload.count({ collection: 'posts', where: { ...scoped, createdAt: { greater_than: new Date(start.getTime() + STARTER_GRACE_MS).toISOString() } } })
  const s = settings.docs[0]
  const page = home.docs[0]
  const steps = checklist({
    theme: s?.theme ?? 'atelier',
    starterTheme: 'atelier',
    settingsEdited: Boolean(s && new Date(s.updatedAt).getTime() - new Date(s.createdAt).getTime() > STARTER_GRACE_MS),
    hasLogo: Boolean(s?.logo),
    hasPrimaryColour: Boolean(s?.colors?.primary),
    homeVersions: page ? (await payload.countVersions({ collection: 'pages', where: { parent: { equals: page.id } } })).totalDocs : 0,
    postsCreatedAfterStart: posts.totalDocs,
    domains: domains.docs.map((d) => ({ verified: d.status === 'verified' })),
  })
  const fr = i18n?.language === 'fr'
  const left = steps.filter((step) => !step.done).length
  if (left === 0) return null
  const ids: Ids = { settings: s?.id, home: page?.id }
  return (
    <section className="vitrine-checklist" aria-labelledby="vitrine-checklist-title">
      <h2 id="vitrine-checklist-title">{fr ? `Bien démarrer — encore ${left} étape${left > 1 ? 's' : ''}` : `Get started — ${left} step${left > 1 ? 's' : ''} left`}</h2>
      <p>
        {fr ? 'Votre site est en ligne : ' : 'Your site is live: '}
        <a href={tenantOrigin(tenant.slug)} target="_blank" rel="noreferrer">
          {tenantOrigin(tenant.slug).replace(/^https?:\/\//, '')}
        </a>
      </p>
      <ol>
        {steps.map((step) => (
          <li key={step.id} data-done={step.done}>
            <span aria-hidden="true">{step.done ? '✓' : '○'}</span>{' '}
            {step.done ? <s>{LABELS[step.id][fr ? 'fr' : 'en']}</s> : <a href={LABELS[step.id].href(ids)}>{LABELS[step.id][fr ? 'fr' : 'en']}</a>}
            {step.done && <span className="visually-hidden">{fr ? ' (fait)' : ' (done)'}</span>}
          </li>
        ))}
      </ol>
    </section>
  )
}

export default Checklist
