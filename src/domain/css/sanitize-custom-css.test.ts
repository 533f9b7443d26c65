import { describe, expect, it } from 'vitest';
import { formatRemovedCss, sanitizeCustomCss, wrapTenantLayer } from './sanitize-custom-css';

/** Sanitises `css` and expects exactly one removal, on `line`, whose reason matches `reason`. */
function expectRemoved(css: string, line: number, reason: RegExp) {
  const result = sanitizeCustomCss(css);
  expect(result.removed).toHaveLength(1);
  expect(result.removed[0]?.line).toBe(line);
  expect(result.removed[0]?.reason).toMatch(reason);
  return result.css;
}

describe('sanitizeCustomCss', () => {
  it('keeps ordinary CSS, including modern syntax', () => {
    const input = `
      .site-header { background: #222; color: white; }
      @media (min-width: 40em) { .hero-content h1 { font-size: clamp(2rem, 5vw, 4rem); } }
      .post-card:has(img):hover { transform: translateY(-2px); }
      .gallery-item { & img { border-radius: 8px; } }
      :root { --brand-glow: 0 0 12px rgb(0 0 0 / .2); }
      .hero { background: url(/media/hero.jpg) center / cover, url("data:image/png;base64,iVBORw0KGgo="); }
      .icon { mask: url(#shape); background-image: url(../img/dots.webp); }
      @font-face { font-family: House; src: local("House Sans"), url(/fonts/house.woff2) format("woff2"); }
      @keyframes fade { from { opacity: 0 } to { opacity: 1 } }
      @supports (display: grid) { .columns { display: grid } }`;
    const result = sanitizeCustomCss(input);
    expect(result.removed).toEqual([]);
    for (const kept of [
      '.site-header{background:#222;color:white}',
      'url(/media/hero.jpg)',
      'url(data:image/png;base64,iVBORw0KGgo=)',
      'url(#shape)',
      'url(../img/dots.webp)',
      'url(/fonts/house.woff2)',
      '@keyframes fade',
      '.post-card:has(img):hover',
      '--brand-glow:',
    ]) {
      expect(result.css).toContain(kept);
    }
  });

  it('removes @import, @charset and @namespace', () => {
    const result = sanitizeCustomCss('@charset "utf-8";\n@import url(https://evil.example/x.css);\n@namespace svg url(http://www.w3.org/2000/svg);\np { color: red }');
    expect(result.removed.map(formatRemovedCss)).toEqual([
      'line 1: @charset is not allowed: the page already sets the character set',
      'line 2: @import is not allowed: it would load another stylesheet, possibly from another site',
      'line 3: @namespace is not allowed in custom CSS',
    ]);
    expect(result.css).toBe('p{color:red}');
  });

  it('removes an @import hidden behind a CSS escape', () => {
    expect(expectRemoved('p{color:red}\n@\\69mport "https://evil.example/x.css";', 2, /@import is not allowed/)).toBe('p{color:red}');
  });

  it.each([
    ['http', 'a { background: url(http://tracker.example/p.gif) }', /would load content from another site/],
    ['https, quoted', 'a { background: url("https://tracker.example/p.gif") }', /would load content from another site/],
    ['protocol-relative', 'a { background: url(//tracker.example/p.gif) }', /would load content from another site/],
    ['backslash trick', 'a { background: url("/\\\\tracker.example/p.gif") }', /backslash/],
    ['inline SVG', 'a { background: url("data:image/svg+xml;utf8,<svg onload=alert(1)>") }', /SVG can carry script/],
    ['data: text/html', 'a { background: url(data:text/html;base64,PHNjcmlwdD4=) }', /only inline PNG, JPEG, GIF or WebP/],
    ['javascript:', 'a { background: url("javascript:alert(1)") }', /would run script/],
    ['javascript: with a tab', 'a { background: url("java\\9 script:alert(1)") }', /would run script/],
    ['image-set() string', 'a { background: image-set("https://tracker.example/a.png" 1x) }', /another site/],
    ['in a custom property', ':root { --bg: url(https://tracker.example/a.png) }', /another site/],
  ])('removes url() to %s and keeps the rest of the rule', (_, css, reason) => {
    const result = sanitizeCustomCss(css.replace('}', '; color: teal }'));
    expect(result.removed).toHaveLength(1);
    expect(result.removed[0]).toMatchObject({ line: 1, reason: expect.stringMatching(reason) });
    expect(result.css).toMatch(/\{color:teal\}$/);
  });

  it('removes expression(), behavior and -moz-binding', () => {
    const result = sanitizeCustomCss(
      'p {\n  width: expression(alert(1));\n  behavior: url(/x.htc);\n  -moz-binding: url(/x.xml#xss);\n  beh\\61vior: url(/y.htc);\n  color: red;\n}',
    );
    expect(result.removed.map(formatRemovedCss)).toEqual([
      'line 2: expression() is not allowed: it runs script in old browsers',
      'line 3: the behavior property is not allowed: it runs script in old browsers',
      'line 4: -moz-binding is not allowed: it runs script in old browsers',
      'line 5: the behavior property is not allowed: it runs script in old browsers',
    ]);
    expect(result.css).toBe('p{color:red}');
  });

  it('removes an @font-face that loads a remote font', () => {
    const css = expectRemoved(
      'h1 { font-weight: 700 }\n@font-face { font-family: Lobster; src: url(https://fonts.example.com/lobster.woff2); }',
      2,
      /@font-face loading a font from another site is not allowed/,
    );
    expect(css).toBe('h1{font-weight:700}');
  });

  it.each([
    ['a string', 'p::after { content: "</style><script>alert(1)</script>" }', 1],
    ['an attribute selector', 'a[title="</style><script>alert(1)</script>"] { color: red }', 1],
    ['an HTML comment marker', '<!-- p { color: red } -->', 1],
  ])('removes markup hidden in %s', (_, css, line) => {
    const result = sanitizeCustomCss(css);
    expect(result.removed[0]?.line).toBe(line);
    expect(result.removed[0]?.reason).toMatch(/not allowed/);
    expect(result.css.toLowerCase()).not.toContain('</style');
    expect(result.css).not.toContain('<');
  });

  it('escapes a harmless < in a string so the output never contains one', () => {
    const result = sanitizeCustomCss('.crumbs li + li::before { content: "<" }\n@property --w { syntax: "<length>"; inherits: false; initial-value: 0px }');
    expect(result.removed).toEqual([]);
    expect(result.css).toContain('content:"\\3c "');
    expect(result.css).not.toContain('<');
  });

  it('never lets the output close a <style> element, whatever the input', () => {
    const attacks = [
      '</style><script>alert(1)</script>',
      'p { color: red } </STYLE><img src=x onerror=alert(1)>',
      '/* </style><script>alert(1)</script> */ p { color: red }',
      'p { --x: </style> }',
      'p { font-family: "</style>" }',
      '@media screen { </style> }',
      'p{}<\\/style>',
      'p { background: url(</style>) }',
    ];
    for (const attack of attacks) {
      const { css } = sanitizeCustomCss(attack);
      expect(css, attack).not.toMatch(/<\/style|<!--|</i);
    }
  });

  it('drops and reports parts it cannot read, keeping the output balanced', () => {
    const result = sanitizeCustomCss('a { color: red }\n}\nb { color: blue }\nc { --open: {');
    expect(result.removed.map((r) => r.line)).toEqual([2, 4]);
    expect(result.removed[0]?.reason).toMatch(/could not be read as CSS/);
    // The stray "}" swallows the rule after it, as in a browser; the unclosed value is dropped.
    expect(result.css).toBe('a{color:red}c{}');
    const wrapped = wrapTenantLayer(result.css);
    expect(wrapped.split('{').length).toBe(wrapped.split('}').length);
  });

  it('refuses CSS over the size limit as a whole', () => {
    const big = `p { color: red; }\n`.repeat(4000);
    expect(sanitizeCustomCss(big)).toEqual({
      css: '',
      removed: [{ line: 1, reason: 'the custom CSS is 71 KB, over the 50 KB limit: none of it was applied' }],
    });
    expect(sanitizeCustomCss('p { color: red }', { maxBytes: 10 }).css).toBe('');
  });
});

describe('wrapTenantLayer', () => {
  it('wraps the cleaned CSS in the tenant layer', () => {
    expect(wrapTenantLayer('p{color:red}')).toBe('@layer tenant {\np{color:red}\n}');
  });

  it('returns nothing for empty CSS and escapes any stray <', () => {
    expect(wrapTenantLayer('  ')).toBe('');
    expect(wrapTenantLayer('p::after{content:"</style>"}')).not.toContain('<');
  });
});
