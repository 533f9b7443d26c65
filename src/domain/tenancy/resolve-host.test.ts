import { describe, expect, it } from 'vitest'
import { classifyHost } from './resolve-host'

describe('classifyHost in development (platform localhost)', () => {
  it.each([
    ['atelier.localhost:3000', { kind: 'subdomain', slug: 'atelier' }],
    ['Atelier.LOCALHOST.:3000', { kind: 'subdomain', slug: 'atelier' }],
    ['localhost:3000', { kind: 'platform' }],
    ['127.0.0.1:3000', { kind: 'platform' }],
    ['[::1]:3000', { kind: 'platform' }],
    ['www.localhost', { kind: 'platform' }],
    ['www.example.com:3000', { kind: 'custom', host: 'www.example.com' }],
  ])('%s', (header, expected) => {
    expect(classifyHost(header)).toEqual(expected)
  })
})

describe('classifyHost in production', () => {
  const platform = 'vitrine.app'
  it.each([
    ['vitrine.app', { kind: 'platform' }],
    ['WWW.Vitrine.App', { kind: 'platform' }],
    ['librairie-du-port.vitrine.app', { kind: 'subdomain', slug: 'librairie-du-port' }],
    ['tickets.example.com.', { kind: 'custom', host: 'tickets.example.com' }],
    ['café.example.fr', { kind: 'custom', host: 'xn--caf-dma.example.fr' }],
    ['a.b.vitrine.app', { kind: 'invalid' }],
    ['-bad.vitrine.app', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
    [undefined, { kind: 'invalid' }],
    ['evil.com/..', { kind: 'invalid' }],
    ['intranet', { kind: 'invalid' }],
    ['notvitrine.app', { kind: 'custom', host: 'notvitrine.app' }],
  ])('%s', (header, expected) => {
    expect(classifyHost(header, platform)).toEqual(expected)
  })
})
