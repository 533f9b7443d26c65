import { describe, expect, it } from 'vitest'
import { slugify, validateTenantSlug } from './slug'

describe('slugify', () => {
  it('turns French names into ascii slugs', () => {
    expect(slugify("L'Atelier Lumière")).toBe('atelier-lumiere')
    expect(slugify('Librairie Œuvres & Cœurs')).toBe('librairie-oeuvres-et-coeurs')
    expect(slugify('  Théâtre d’Été — Saison 2025 ')).toBe('theatre-ete-saison-2025')
    expect(slugify('École Saint-Exupéry')).toBe('ecole-saint-exupery')
  })

  it('cuts long names at a word boundary within 40 characters', () => {
    const slug = slugify('Association des photographes indépendants de la vallée du Rhône')
    expect(slug).toBe('association-des-photographes')
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(validateTenantSlug(slug).ok).toBe(true)
  })
})

describe('validateTenantSlug', () => {
  it('accepts a plain slug', () => {
    expect(validateTenantSlug('atelier-lumiere')).toEqual({ ok: true, slug: 'atelier-lumiere' })
  })

  it.each([
    ['ab', /too short/],
    ['a'.repeat(41), /41 characters long/],
    ['Atelier', /contains “A”.*try “atelier”/],
    ['atelier_x', /contains “_”/],
    ['-atelier', /start or end with a dash/],
    ['atelier-', /start or end with a dash/],
    ['ate--lier', /two dashes/],
    ['admin', /reserved/],
    ['www', /reserved/],
    ['vitrine', /reserved/],
  ])('refuses %s', (slug, message) => {
    const result = validateTenantSlug(slug)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })
})
