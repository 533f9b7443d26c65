/**
 * Validates a theme folder (`theme.json`, `tokens.css`, `components/*.astro`) and loads the
 * shipped themes at start-up. Problems name the file and the place inside it, so a designer
 * can fix them without reading our code.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as csstree from 'css-tree';
import type { CssNode } from 'css-tree';
import { sanitizeCustomCss } from '../css/sanitize-custom-css';
import { parseThemeManifest, type ThemeManifest } from './manifest';

/** The custom properties the site markup and base.css rely on: every theme sets all of them. */
export const REQUIRED_TOKENS = [
  '--color-bg',
  '--color-surface',
  '--color-text',
  '--color-muted',
  '--color-primary',
  '--color-primary-contrast',
  '--color-accent',
  '--color-border',
  '--font-heading',
  '--font-body',
  '--font-size-base',
  '--line-height',
  '--scale-ratio',
  '--radius',
  '--space',
  '--content-width',
  '--wide-width',
  '--header-bg',
  '--header-text',
  '--shadow',
] as const;

export interface ThemeProblem {
  /** Where, relative to the theme folder: `theme.json › layout.header`, `tokens.css:12`. */
  path: string;
  message: string;
}

export interface ThemeCheck {
  ok: boolean;
  manifest?: ThemeManifest;
  problems: ThemeProblem[];
}

export async function checkThemeFolder(dir: string): Promise<ThemeCheck> {
  const problems: ThemeProblem[] = [];
  const manifest = await checkManifest(dir, problems);
  await checkTokens(dir, problems);
  if (manifest) await checkOverrides(dir, manifest, problems);
  return problems.length === 0 ? { ok: true, manifest, problems } : { ok: false, manifest, problems };
}

/** Every theme in `themesDir`, validated; throws listing every problem when one is invalid. */
export async function loadThemes(themesDir: string): Promise<ThemeManifest[]> {
  const folders = await themeFolders(themesDir);
  const checks = await Promise.all(folders.map(async (folder) => ({ folder, check: await checkThemeFolder(folder) })));
  const failures = checks.filter(({ check }) => !check.ok);
  if (failures.length > 0) {
    const lines = failures.flatMap(({ folder, check }) => check.problems.map((p) => formatThemeProblem(folder, p)));
    throw new Error(`Invalid theme${failures.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
  }
  return checks.map(({ check }) => check.manifest as ThemeManifest);
}

/** The sub-folders of `themesDir` that hold a theme (those with a theme.json or tokens.css). */
export async function themeFolders(themesDir: string): Promise<string[]> {
  const entries = await readdir(themesDir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => join(themesDir, entry.name));
  const withTheme = await Promise.all(
    folders.map(async (folder) => ((await exists(join(folder, 'theme.json'))) || (await exists(join(folder, 'tokens.css'))) ? folder : null)),
  );
  return withTheme.filter((folder): folder is string => folder !== null).sort();
}

/** `themes/x/theme.json › layout.header: expected one of …` */
export function formatThemeProblem(folder: string, problem: ThemeProblem): string {
  return `${folder.replace(/\/+$/, '')}/${problem.path}: ${problem.message}`;
}

async function checkManifest(dir: string, problems: ThemeProblem[]): Promise<ThemeManifest | undefined> {
  const text = await readText(join(dir, 'theme.json'));
  if (text === null) {
    problems.push({ path: 'theme.json', message: 'file is missing: every theme needs a theme.json manifest' });
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ path: 'theme.json', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const result = parseThemeManifest(json);
  if (!result.ok) {
    problems.push(
      ...result.problems.map((p) => ({ path: p.path === '' ? 'theme.json' : `theme.json › ${p.path}`, message: p.message })),
    );
    return undefined;
  }
  const folderName = basename(dir);
  if (result.manifest.name !== folderName) {
    problems.push({
      path: 'theme.json › name',
      message: `is "${result.manifest.name}" but the folder is "${folderName}": they must be the same`,
    });
  }
  return result.manifest;
}

async function checkTokens(dir: string, problems: ThemeProblem[]): Promise<void> {
  const css = await readText(join(dir, 'tokens.css'));
  if (css === null) {
    problems.push({ path: 'tokens.css', message: 'file is missing: every theme needs a tokens.css with its design tokens' });
    return;
  }

  // The same rules as tenant CSS: no @import, no remote url(), nothing that escapes <style>.
  for (const removed of sanitizeCustomCss(css, { maxBytes: Number.POSITIVE_INFINITY }).removed) {
    problems.push({ path: `tokens.css:${removed.line}`, message: removed.reason });
  }

  const ast = csstree.parse(css, { positions: true, parseValue: false, onParseError: () => {} });
  const defined = new Set<string>();
  let themeLayers = 0;
  csstree.walk(ast, {
    visit: 'StyleSheet',
    enter(sheet) {
      sheet.children.forEach((node) => {
        if (isThemeLayer(node)) {
          themeLayers += 1;
          collectRootTokens(node, defined);
        } else if (node.type !== 'Comment' && !isRefusedAtrule(node)) {
          problems.push({
            path: `tokens.css:${node.loc?.start.line ?? 1}`,
            message: 'this rule is outside @layer theme { … }: put every rule inside it so brand settings and custom CSS can override the theme',
          });
        }
      });
    },
  });
  if (themeLayers === 0) {
    problems.push({ path: 'tokens.css', message: 'has no @layer theme { … } block: wrap the tokens in @layer theme { :root { … } }' });
  }
  const missing = REQUIRED_TOKENS.filter((token) => !defined.has(token));
  if (missing.length > 0) {
    problems.push({
      path: 'tokens.css',
      message: `does not define ${missing.join(', ')} in @layer theme { :root { … } }`,
    });
  }
}

/** Already reported by the safety rules above. */
function isRefusedAtrule(node: CssNode): boolean {
  return node.type === 'Atrule' && ['import', 'charset', 'namespace'].includes(csstree.ident.decode(node.name).toLowerCase());
}

function isThemeLayer(node: CssNode): boolean {
  return (
    node.type === 'Atrule' &&
    node.name.toLowerCase() === 'layer' &&
    node.block !== null &&
    node.prelude !== null &&
    csstree.generate(node.prelude).trim() === 'theme'
  );
}

/** Custom properties declared in a rule whose selector is `:root`. */
function collectRootTokens(layer: CssNode, defined: Set<string>): void {
  csstree.walk(layer, {
    visit: 'Rule',
    enter(rule) {
      const selectors = csstree.generate(rule.prelude).split(',').map((s) => s.trim());
      if (!selectors.includes(':root')) return;
      rule.block.children.forEach((node) => {
        if (node.type === 'Declaration' && node.property.startsWith('--')) defined.add(node.property);
      });
    },
  });
}

async function checkOverrides(dir: string, manifest: ThemeManifest, problems: ThemeProblem[]): Promise<void> {
  for (const [index, name] of (manifest.overrides ?? []).entries()) {
    if (!(await exists(join(dir, 'components', `${name}.astro`)))) {
      problems.push({
        path: `theme.json › overrides[${index}]`,
        message: `lists "${name}" but components/${name}.astro does not exist`,
      });
    }
  }
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
