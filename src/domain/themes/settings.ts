/**
 * A theme's extra settings reach its CSS as data attributes on <body class="site">:
 * the setting `gallerySpacing` = "tight" becomes `data-setting-gallery-spacing="tight"`.
 * Values a tenant saved that the theme no longer offers fall back to the theme's default.
 */
import type { ThemeSetting } from './manifest';

export function settingAttributeName(key: string): string {
  return `data-setting-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

export function resolveThemeSettings(
  settings: readonly ThemeSetting[] = [],
  saved: Record<string, unknown> = {},
): Record<string, boolean | string> {
  const resolved: Record<string, boolean | string> = {};
  for (const setting of settings) {
    const value = saved[setting.key];
    if (setting.type === 'boolean') {
      resolved[setting.key] = typeof value === 'boolean' ? value : setting.default;
    } else {
      const offered = setting.options.some((option) => option.value === value);
      resolved[setting.key] = offered ? (value as string) : setting.default;
    }
  }
  return resolved;
}

/** `{ 'data-setting-gallery-spacing': 'tight', 'data-setting-drop-caps': 'false' }` for the body element. */
export function themeSettingAttributes(
  settings: readonly ThemeSetting[] = [],
  saved: Record<string, unknown> = {},
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(resolveThemeSettings(settings, saved)).map(([key, value]) => [settingAttributeName(key), String(value)]),
  );
}
