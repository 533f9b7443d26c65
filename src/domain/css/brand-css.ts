/**
 * Turns a tenant's brand settings (colours, fonts) into the `brand` cascade layer, which sits
 * above the theme and below the tenant's custom CSS. Only validated values are ever printed,
 * so a brand setting can never smuggle CSS into the page.
 */
import type { FontStack } from '../themes/fonts';

export interface BrandSettings {
  colors?: { primary?: string; accent?: string; background?: string; text?: string };
  fonts?: { heading?: string; body?: string };
}

export interface BrandProblem {
  path: string;
  message: string;
}

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

const COLOR_TOKENS = {
  primary: '--color-primary',
  accent: '--color-accent',
  background: '--color-bg',
  text: '--color-text',
} as const;

const FONT_TOKENS = { heading: '--font-heading', body: '--font-body' } as const;

/** `#ABC` → `#aabbcc`; null when the value is not a 3- or 6-digit hex colour. */
export function normalizeHexColor(value: string): string | null {
  const trimmed = value.trim();
  if (!HEX_COLOR.test(trimmed)) return null;
  const digits = trimmed.slice(1).toLowerCase();
  return digits.length === 3 ? `#${[...digits].map((d) => d + d).join('')}` : `#${digits}`;
}

/** WCAG 2 relative luminance of a hex colour. */
export function relativeLuminance(hex: string): number {
  const normalized = normalizeHexColor(hex);
  if (!normalized) throw new Error(`"${hex}" is not a hex colour like #1a2b3c`);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = parseInt(normalized.slice(i, i + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two hex colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever reads better on the given colour (text on a primary button). */
export function contrastingTextColor(background: string): '#000000' | '#ffffff' {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}

/** What is wrong with brand settings, by field path, for the CMS to show before saving. */
export function brandProblems(brand: BrandSettings, fonts: readonly FontStack[]): BrandProblem[] {
  const problems: BrandProblem[] = [];
  for (const [key, value] of Object.entries(brand.colors ?? {})) {
    if (value !== undefined && value !== '' && !normalizeHexColor(value)) {
      problems.push({ path: `colors.${key}`, message: `"${value}" is not a hex colour like #1a2b3c or #abc` });
    }
  }
  for (const [key, value] of Object.entries(brand.fonts ?? {})) {
    if (value !== undefined && value !== '' && !fonts.some((font) => font.id === value)) {
      problems.push({
        path: `fonts.${key}`,
        message: `"${value}" is not one of the offered fonts (${fonts.map((font) => font.id).join(', ')})`,
      });
    }
  }
  return problems;
}

/**
 * `@layer brand { :root { --color-primary: …; --color-primary-contrast: …; … } }`, or '' when
 * no setting is usable. Invalid values are left out (brandProblems reports them).
 */
export function brandCss(brand: BrandSettings, fonts: readonly FontStack[]): string {
  const declarations: string[] = [];
  for (const [key, token] of Object.entries(COLOR_TOKENS) as [keyof typeof COLOR_TOKENS, string][]) {
    const color = normalizeHexColor(brand.colors?.[key] ?? '');
    if (!color) continue;
    declarations.push(`${token}: ${color};`);
    if (key === 'primary') declarations.push(`--color-primary-contrast: ${contrastingTextColor(color)};`);
  }
  for (const [key, token] of Object.entries(FONT_TOKENS) as [keyof typeof FONT_TOKENS, string][]) {
    const font = fonts.find((candidate) => candidate.id === brand.fonts?.[key]);
    if (font) declarations.push(`${token}: ${font.stack};`);
  }
  if (declarations.length === 0) return '';
  return `@layer brand {\n  :root {\n${declarations.map((line) => `    ${line}`).join('\n')}\n  }\n}`;
}
