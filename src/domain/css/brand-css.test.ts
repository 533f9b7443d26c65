import { describe, expect, it } from 'vitest';
import { FONT_STACKS } from '../themes/fonts';
import { brandCss, brandProblems, contrastingTextColor, contrastRatio, normalizeHexColor } from './brand-css';

describe('brandCss', () => {
  it('writes the brand layer with colours, the primary contrast colour and fonts', () => {
    expect(
      brandCss(
        {
          colors: { primary: '#1D4ED8', accent: '#f59e0b', background: '#fff', text: '#111827' },
          fonts: { heading: 'didone', body: 'humanist' },
        },
        FONT_STACKS,
      ),
    ).toBe(
      [
        '@layer brand {',
        '  :root {',
        '    --color-primary: #1d4ed8;',
        '    --color-primary-contrast: #ffffff;',
        '    --color-accent: #f59e0b;',
        '    --color-bg: #ffffff;',
        '    --color-text: #111827;',
        "    --font-heading: Didot, 'Bodoni MT', 'Noto Serif Display', 'URW Palladio L', P052, Sylfaen, serif;",
        "    --font-body: Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif;",
        '  }',
        '}',
      ].join('\n'),
    );
  });

  it('puts black text on a light primary colour', () => {
    expect(brandCss({ colors: { primary: '#ffd400' } }, FONT_STACKS)).toContain('--color-primary-contrast: #000000;');
  });

  it('never prints a value that is not a hex colour or a known font', () => {
    const css = brandCss(
      {
        colors: { primary: 'red; } body { background: url(https://evil.example/x.png)', accent: 'rgb(0,0,0)', text: '#12345' },
        fonts: { heading: "x'; } @import 'https://evil.example/f.css", body: 'comic-sans' },
      },
      FONT_STACKS,
    );
    expect(css).toBe('');
  });

  it('keeps the valid settings when others are invalid', () => {
    const css = brandCss({ colors: { primary: 'blue', accent: '#0a0' } }, FONT_STACKS);
    expect(css).toContain('--color-accent: #00aa00;');
    expect(css).not.toContain('--color-primary');
  });

  it('returns nothing for empty settings', () => {
    expect(brandCss({}, FONT_STACKS)).toBe('');
  });
});

describe('brandProblems', () => {
  it('names each invalid field', () => {
    expect(brandProblems({ colors: { primary: 'red', accent: '#abc', text: '' }, fonts: { heading: 'comic' } }, FONT_STACKS)).toEqual([
      { path: 'colors.primary', message: '"red" is not a hex colour like #1a2b3c or #abc' },
      { path: 'fonts.heading', message: expect.stringMatching(/^"comic" is not one of the offered fonts \(system-ui, /) },
    ]);
  });
});

describe('colour helpers', () => {
  it('normalises hex colours and rejects anything else', () => {
    expect(normalizeHexColor(' #ABC ')).toBe('#aabbcc');
    expect(normalizeHexColor('#a1B2c3')).toBe('#a1b2c3');
    for (const bad of ['abc', '#abcd', '#ggg', 'red', '#1234567', 'var(--x)']) expect(normalizeHexColor(bad)).toBeNull();
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
  });

  it('picks the readable text colour for a background', () => {
    expect(contrastingTextColor('#1d4ed8')).toBe('#ffffff');
    expect(contrastingTextColor('#e9b949')).toBe('#000000');
    expect(contrastingTextColor('#767676')).toBe('#000000');
    expect(contrastingTextColor('#595959')).toBe('#ffffff');
  });
});
