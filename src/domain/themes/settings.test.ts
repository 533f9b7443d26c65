import { describe, expect, it } from 'vitest';
import type { ThemeSetting } from './manifest';
import { resolveThemeSettings, settingAttributeName, themeSettingAttributes } from './settings';

const settings: ThemeSetting[] = [
  { key: 'dropCaps', label: 'Drop caps', type: 'boolean', default: true },
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
];

describe('theme settings', () => {
  it('turns camelCase keys into data attributes', () => {
    expect(settingAttributeName('gallerySpacing')).toBe('data-setting-gallery-spacing');
  });

  it('uses saved values and falls back to defaults for missing or stale ones', () => {
    expect(resolveThemeSettings(settings, { dropCaps: false, ornament: 'fleuron' })).toEqual({
      dropCaps: false,
      ornament: 'fleuron',
    });
    expect(resolveThemeSettings(settings, { dropCaps: 'yes', ornament: 'skull', unknown: 1 })).toEqual({
      dropCaps: true,
      ornament: 'none',
    });
  });

  it('gives the attributes for the body element', () => {
    expect(themeSettingAttributes(settings, { dropCaps: false })).toEqual({
      'data-setting-drop-caps': 'false',
      'data-setting-ornament': 'none',
    });
  });
});
