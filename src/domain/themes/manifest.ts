/**
 * The contract of `themes/<name>/theme.json`. Messages are written for a designer reading the
 * output of `npm run theme:check`, each prefixed by the path of the field that is wrong.
 */
import { z } from 'zod';
import { FONT_IDS } from './fonts';

export const HEADER_LAYOUTS = ['centered', 'split', 'sidebar', 'overlay'] as const;
export const WIDTH_LAYOUTS = ['narrow', 'regular', 'wide'] as const;
export const GALLERY_LAYOUTS = ['grid', 'masonry', 'filmstrip'] as const;
export const POST_LIST_LAYOUTS = ['cards', 'list', 'magazine'] as const;

/** Components a theme may replace with `components/<Name>.astro`; the templates resolve these. */
export const OVERRIDABLE_COMPONENTS = ['Header', 'Footer', 'Hero', 'PostCard', 'GalleryCard'] as const;

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const HEX_COLOR = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const SETTING_KEY = /^[a-z][a-zA-Z0-9]*$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** "is required" when the key is missing, otherwise "<what> (got …)". */
function expected(what: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is required (${what})` : `expected ${what}, got ${describe(issue.input)}`;
}

function text(what = 'text') {
  return z.string({ error: expected(what) }).trim().min(1, { error: 'must not be empty' });
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(`one of ${values.join(', ')}`) });
}

/** A strict object: unknown keys are reported, since they are usually typos. */
function object<T extends z.ZodRawShape>(shape: T, what = 'an object') {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: ` +
          `allowed keys are ${Object.keys(shape).join(', ')}`
        : expected(what)(issue),
  });
}

const hexColor = z
  .string({ error: expected('a hex colour like #1a2b3c') })
  .regex(HEX_COLOR, { error: (issue) => `expected a hex colour like #1a2b3c or #abc, got ${describe(issue.input)}` });

const fontId = oneOf(FONT_IDS);

const booleanSetting = object({
  key: z.string({ error: expected('a camelCase key') }).regex(SETTING_KEY, {
    error: 'must be camelCase letters and digits, like "showSearch"',
  }),
  label: text(),
  type: z.literal('boolean', { error: expected('"boolean" or "select"') }),
  default: z.boolean({ error: expected('true or false') }),
});

const selectSetting = object({
  key: booleanSetting.shape.key,
  label: text(),
  type: z.literal('select', { error: expected('"boolean" or "select"') }),
  options: z
    .array(object({ value: text(), label: text() }), { error: expected('a list of { value, label }') })
    .min(2, { error: 'a select needs at least two options' }),
  default: text('one of the option values'),
}).check((ctx) => {
  const values = ctx.value.options.map((option) => option.value);
  if (!values.includes(ctx.value.default)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value.default,
      path: ['default'],
      message: `"${ctx.value.default}" is not one of the options (${values.join(', ')})`,
    });
  }
});

const setting = z.discriminatedUnion('type', [booleanSetting, selectSetting], {
  error: (issue) => {
    const input = issue.input;
    const type = input !== null && typeof input === 'object' ? (input as { type?: unknown }).type : input;
    return expected('type "boolean" or "select"')({ input: type });
  },
});

export const themeManifestSchema = object({
  $schema: z.string().optional(),
  name: z
    .string({ error: expected('the folder name in kebab-case') })
    .regex(KEBAB_CASE, { error: 'must be kebab-case (lowercase letters, digits and dashes), like "my-theme"' }),
  label: text('the name shown to site owners'),
  version: z
    .string({ error: expected('a version like 1.0.0') })
    .regex(SEMVER, { error: (issue) => `expected a version like 1.0.0, got ${describe(issue.input)}` }),
  description: text('a sentence describing the theme'),
  author: text('the author name').optional(),
  layout: object(
    {
      header: oneOf(HEADER_LAYOUTS),
      width: oneOf(WIDTH_LAYOUTS),
      gallery: oneOf(GALLERY_LAYOUTS),
      postList: oneOf(POST_LIST_LAYOUTS),
    },
    'an object with header, width, gallery and postList',
  ),
  fonts: object({ heading: fontId, body: fontId }, 'an object with heading and body font ids'),
  defaults: object(
    {
      colors: object(
        { primary: hexColor, accent: hexColor, background: hexColor, text: hexColor },
        'an object with primary, accent, background and text colours',
      ),
    },
    'an object with the default brand colours',
  ),
  settings: z
    .array(setting, { error: expected('a list of settings') })
    .check((ctx) => {
      const seen = new Set<string>();
      ctx.value.forEach((item, index) => {
        if (seen.has(item.key)) {
          ctx.issues.push({
            code: 'custom',
            input: item.key,
            path: [index, 'key'],
            message: `"${item.key}" is used by another setting: keys must be unique`,
          });
        }
        seen.add(item.key);
      });
    })
    .optional(),
  overrides: z
    .array(oneOf(OVERRIDABLE_COMPONENTS), { error: expected('a list of component names') })
    .check((ctx) => {
      const duplicates = ctx.value.filter((name, index) => ctx.value.indexOf(name) !== index);
      if (duplicates.length > 0) {
        ctx.issues.push({ code: 'custom', input: ctx.value, message: `lists ${duplicates.join(', ')} twice` });
      }
    })
    .optional(),
});

export type ThemeManifest = z.infer<typeof themeManifestSchema>;
export type ThemeSetting = NonNullable<ThemeManifest['settings']>[number];
export type OverridableComponent = (typeof OVERRIDABLE_COMPONENTS)[number];

export interface ManifestProblem {
  /** Dotted path inside theme.json, e.g. `layout.header` or `settings[1].options`; '' for the root. */
  path: string;
  message: string;
}

export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}

export function parseThemeManifest(
  input: unknown,
): { ok: true; manifest: ThemeManifest } | { ok: false; problems: ManifestProblem[] } {
  const result = themeManifestSchema.safeParse(input);
  if (result.success) return { ok: true, manifest: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ path: formatIssuePath(issue.path), message: issue.message })),
  };
}
