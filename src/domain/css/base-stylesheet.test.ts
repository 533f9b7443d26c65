import { readFile } from 'node:fs/promises';
import * as csstree from 'css-tree';
import { describe, expect, it } from 'vitest';
import { REQUIRED_TOKENS } from '../themes/check-theme';
import { sanitizeCustomCss } from './sanitize-custom-css';

const baseCss = await readFile(new URL('../../styles/base.css', import.meta.url), 'utf8');

describe('src/styles/base.css', () => {
  it('declares the cascade layer order first', () => {
    const ast = csstree.parse(baseCss, { parseAtrulePrelude: false });
    const first = ast.type === 'StyleSheet' ? ast.children.first : null;
    expect(first && csstree.generate(first)).toBe('@layer reset, base, theme, components, brand, tenant;');
  });

  it('parses cleanly and passes the same safety rules as custom CSS', () => {
    expect(sanitizeCustomCss(baseCss, { maxBytes: Number.POSITIVE_INFINITY }).removed).toEqual([]);
  });

  it('uses only the theme tokens and its own private --_ helpers', () => {
    const used = new Set([...baseCss.matchAll(/var\((--[\w-]+)/g)].map((match) => match[1]));
    const outside = [...used].filter((name) => !name?.startsWith('--_') && !(REQUIRED_TOKENS as readonly string[]).includes(name ?? ''));
    expect(outside).toEqual([]);
    expect(used.has('--color-primary-contrast')).toBe(true);
  });
});
