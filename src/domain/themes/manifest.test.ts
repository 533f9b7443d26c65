import { describe, expect, it } from 'vitest';
import { FONT_IDS, FONT_STACKS } from './fonts';
import { formatIssuePath, parseThemeManifest } from './manifest';

const valid = {
  name: 'harbour',
  label: 'Harbour',
  version: '1.2.0',
  description: 'A calm theme for a seaside gallery.',
  layout: { header: 'split', width: 'regular', gallery: 'grid', postList: 'cards' },
  fonts: { heading: 'didone', body: 'humanist' },
  defaults: { colors: { primary: '#1d4ed8', accent: '#b45309', background: '#ffffff', text: '#111111' } },
};

function problemsOf(input: unknown) {
  const result = parseThemeManifest(input);
  if (result.ok) throw new Error('expected the manifest to be refused');
  return result.problems;
}

describe('theme manifest', () => {
  it('accepts a complete manifest with settings and overrides', () => {
    const result = parseThemeManifest({
      ...valid,
      author: 'Studio Nord',
      settings: [
        { key: 'dropCaps', label: 'Drop caps', type: 'boolean', default: false },
        {
          key: 'ornament',
          label: 'Ornament',
          type: 'select',
          options: [
            { value: 'none', label: 'None' },
            { value: 'fleuron', label: 'Fleuron' },
          ],
          default: 'none',
        },
      ],
      overrides: ['Header', 'PostCard'],
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.manifest.layout.header).toBe('split');
  });

  it('names the path of a wrong layout choice and lists the allowed ones', () => {
    expect(problemsOf({ ...valid, layout: { ...valid.layout, header: 'top' } })).toEqual([
      { path: 'layout.header', message: 'expected one of centered, split, sidebar, overlay, got "top"' },
    ]);
  });

  it('says which fields are missing', () => {
    const { label, description, ...rest } = valid;
    expect(problemsOf(rest).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'label: is required (the name shown to site owners)',
      'description: is required (a sentence describing the theme)',
    ]);
  });

  it('reports a misspelt key as unknown, with the allowed keys', () => {
    const [problem] = problemsOf({ ...valid, layout: { ...valid.layout, widht: 'wide' } });
    expect(problem?.path).toBe('layout');
    expect(problem?.message).toContain('unknown key "widht"');
    expect(problem?.message).toContain('header, width, gallery, postList');
  });

  it('refuses bad names, versions, colours and fonts, each at its path', () => {
    const problems = problemsOf({
      ...valid,
      name: 'My Theme',
      version: 'v1',
      fonts: { heading: 'comic-sans', body: 'humanist' },
      defaults: { colors: { ...valid.defaults.colors, primary: 'red' } },
    });
    expect(problems.map((p) => p.path)).toEqual(['name', 'version', 'fonts.heading', 'defaults.colors.primary']);
    expect(problems[1]?.message).toBe('expected a version like 1.0.0, got "v1"');
    expect(problems[3]?.message).toBe('expected a hex colour like #1a2b3c or #abc, got "red"');
  });

  it('checks a select setting default against its options', () => {
    const problems = problemsOf({
      ...valid,
      settings: [
        {
          key: 'tone',
          label: 'Tone',
          type: 'select',
          options: [
            { value: 'warm', label: 'Warm' },
            { value: 'cool', label: 'Cool' },
          ],
          default: 'hot',
        },
      ],
    });
    expect(problems).toEqual([{ path: 'settings[0].default', message: '"hot" is not one of the options (warm, cool)' }]);
  });

  it('refuses duplicate setting keys and unknown setting types', () => {
    const flag = { key: 'dark', label: 'Dark', type: 'boolean', default: false };
    expect(problemsOf({ ...valid, settings: [flag, flag] })).toEqual([
      { path: 'settings[1].key', message: '"dark" is used by another setting: keys must be unique' },
    ]);
    expect(problemsOf({ ...valid, settings: [{ ...flag, type: 'colour' }] })).toEqual([
      { path: 'settings[0].type', message: 'expected type "boolean" or "select", got "colour"' },
    ]);
  });

  it('only accepts overridable component names', () => {
    expect(problemsOf({ ...valid, overrides: ['Header', 'Navbar'] })).toEqual([
      { path: 'overrides[1]', message: 'expected one of Header, Footer, Hero, PostCard, GalleryCard, got "Navbar"' },
    ]);
  });

  it('formats issue paths with dots and indexes', () => {
    expect(formatIssuePath(['settings', 2, 'options', 0, 'value'])).toBe('settings[2].options[0].value');
    expect(formatIssuePath([])).toBe('');
  });
});

describe('font stacks', () => {
  it('have unique ids and use only locally installed fonts', () => {
    expect(new Set(FONT_IDS).size).toBe(FONT_STACKS.length);
    for (const font of FONT_STACKS) {
      expect(font.stack).not.toMatch(/url\(|@import|https?:/);
      expect(font.stack).toMatch(/(serif|sans-serif|monospace|cursive)$/);
    }
  });
});
