import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contrastRatio } from '../css/brand-css';
import { checkThemeFolder, formatThemeProblem, loadThemes, REQUIRED_TOKENS, themeFolders } from './check-theme';

const shippedThemes = fileURLToPath(new URL('../../../themes', import.meta.url));
const SHIPPED = ['atelier', 'ecole', 'librairie', 'scene'];

describe('shipped themes', () => {
  it.each(SHIPPED)('%s passes the theme check', async (name) => {
    const check = await checkThemeFolder(join(shippedThemes, name));
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.manifest?.name).toBe(name);
  });

  it('are all loaded at start-up and differ in layout, not only in colour', async () => {
    const manifests = await loadThemes(shippedThemes);
    expect(manifests.map((m) => m.name)).toEqual(SHIPPED);
    const layouts = new Set(manifests.map((m) => JSON.stringify({ ...m.layout, fonts: m.fonts })));
    expect(layouts.size).toBe(manifests.length);
  });

  it.each(SHIPPED)('%s has readable default text on its background (WCAG AA)', async (name) => {
    const manifest = JSON.parse(await readFile(join(shippedThemes, name, 'theme.json'), 'utf8'));
    const { text, background } = manifest.defaults.colors;
    expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('a broken theme', () => {
  let themesDir: string;

  beforeEach(async () => {
    themesDir = await mkdtemp(join(tmpdir(), 'vitrine-themes-'));
  });

  afterEach(async () => {
    await rm(themesDir, { recursive: true, force: true });
  });

  async function writeTheme(folder: string, files: Record<string, string>) {
    const dir = join(themesDir, folder);
    await mkdir(dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) await writeFile(join(dir, file), content);
    return dir;
  }

  it('reports every problem with its file and place', async () => {
    const manifest = JSON.parse(await readFile(join(shippedThemes, 'ecole', 'theme.json'), 'utf8'));
    const dir = await writeTheme('broken', {
      'theme.json': JSON.stringify({
        ...manifest,
        name: 'ecole',
        layout: { ...manifest.layout, header: 'top' },
        overrides: ['Footer'],
      }),
      'tokens.css': [
        '@import url("https://fonts.example.com/css?family=Lobster");',
        '@layer theme {',
        '  :root { --color-bg: #fff; --color-text: #111; }',
        '  .hero { background: url(https://cdn.example.com/bg.jpg); }',
        '}',
        'body { color: red; }',
      ].join('\n'),
    });

    const check = await checkThemeFolder(dir);
    expect(check.ok).toBe(false);
    const lines = check.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toContainEqual('theme.json › layout.header: expected one of centered, split, sidebar, overlay, got "top"');
    expect(lines).toContainEqual(expect.stringMatching(/^tokens\.css:1: @import is not allowed/));
    expect(lines).toContainEqual(expect.stringMatching(/^tokens\.css:4: url\(https:\/\/cdn\.example\.com\/bg\.jpg\) is not allowed/));
    expect(lines).toContainEqual(expect.stringMatching(/^tokens\.css:6: this rule is outside @layer theme/));
    const missing = lines.find((line) => line.startsWith('tokens.css: does not define'));
    expect(missing).toContain('--color-surface');
    expect(missing).not.toContain('--color-bg,');
  });

  it('checks that the name matches the folder and that overrides exist', async () => {
    const source = join(shippedThemes, 'scene');
    const dir = join(themesDir, 'stage');
    await cp(source, dir, { recursive: true });
    await rm(join(dir, 'components', 'Header.astro'));

    const check = await checkThemeFolder(dir);
    expect(check.problems).toEqual([
      { path: 'theme.json › name', message: 'is "scene" but the folder is "stage": they must be the same' },
      { path: 'theme.json › overrides[0]', message: 'lists "Header" but components/Header.astro does not exist' },
    ]);
  });

  it('reports missing files, invalid JSON and a missing theme layer', async () => {
    const empty = await writeTheme('empty', {});
    expect((await checkThemeFolder(empty)).problems.map((p) => p.path)).toEqual(['theme.json', 'tokens.css']);

    const garbled = await writeTheme('garbled', { 'theme.json': '{ "name": "garbled", }', 'tokens.css': ':root { --space: 1rem; }' });
    const lines = (await checkThemeFolder(garbled)).problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines[0]).toMatch(/^theme\.json: is not valid JSON/);
    expect(lines).toContainEqual(expect.stringMatching(/^tokens\.css: has no @layer theme/));
    expect(lines).toContainEqual(`tokens.css: does not define ${REQUIRED_TOKENS.join(', ')} in @layer theme { :root { … } }`);
  });

  it('makes loadThemes throw with the paths of the problems', async () => {
    await cp(join(shippedThemes, 'atelier'), join(themesDir, 'atelier'), { recursive: true });
    await writeTheme('half', { 'tokens.css': '@layer theme { :root {} }' });
    expect(await themeFolders(themesDir)).toEqual([join(themesDir, 'atelier'), join(themesDir, 'half')]);
    await expect(loadThemes(themesDir)).rejects.toThrow(`${join(themesDir, 'half')}/theme.json: file is missing`);
  });

  it('formats a problem the way the CLI prints it', () => {
    expect(formatThemeProblem('themes/x/', { path: 'theme.json › layout.header', message: 'expected one of …' })).toBe(
      'themes/x/theme.json › layout.header: expected one of …',
    );
  });
});
