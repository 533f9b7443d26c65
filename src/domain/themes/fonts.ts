/**
 * The curated font list themes and brand settings choose from.
 * System font stacks only (after modernfontstacks.com): nothing is downloaded, so the
 * Content-Security-Policy can forbid remote fonts and pages render with no layout shift.
 */
export interface FontStack {
  id: string;
  label: string;
  stack: string;
}

export const FONT_STACKS = [
  { id: 'system-ui', label: 'System UI', stack: 'system-ui, sans-serif' },
  {
    id: 'transitional',
    label: 'Transitional (Charter, Cambria)',
    stack: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, serif",
  },
  {
    id: 'old-style',
    label: 'Old style (Iowan, Palatino)',
    stack: "'Iowan Old Style', 'Palatino Linotype', 'URW Palladio L', P052, serif",
  },
  {
    id: 'humanist',
    label: 'Humanist (Seravek, Gill Sans, Calibri)',
    stack: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  },
  {
    id: 'geometric-humanist',
    label: 'Geometric humanist (Avenir, Montserrat)',
    stack: "Avenir, Montserrat, Corbel, 'URW Gothic', source-sans-pro, sans-serif",
  },
  {
    id: 'classical-humanist',
    label: 'Classical humanist (Optima, Candara)',
    stack: "Optima, Candara, 'Noto Sans', source-sans-pro, sans-serif",
  },
  {
    id: 'neo-grotesque',
    label: 'Neo-grotesque (Inter, Helvetica, Arial)',
    stack: "Inter, Roboto, 'Helvetica Neue', 'Arial Nova', 'Nimbus Sans', Arial, sans-serif",
  },
  {
    id: 'monospace-slab',
    label: 'Monospace slab (Courier)',
    stack: "'Nimbus Mono PS', 'Courier New', monospace",
  },
  {
    id: 'monospace-code',
    label: 'Monospace code (Menlo, Consolas)',
    stack: "ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  },
  {
    id: 'industrial',
    label: 'Industrial (Bahnschrift, DIN, Franklin Gothic)',
    stack: "Bahnschrift, 'DIN Alternate', 'Franklin Gothic Medium', 'Nimbus Sans Narrow', sans-serif-condensed, sans-serif",
  },
  {
    id: 'rounded-sans',
    label: 'Rounded sans (Quicksand, Arial Rounded)',
    stack: "ui-rounded, 'Hiragino Maru Gothic ProN', Quicksand, Comfortaa, Manjari, 'Arial Rounded MT', 'Arial Rounded MT Bold', Calibri, source-sans-pro, sans-serif",
  },
  {
    id: 'slab-serif',
    label: 'Slab serif (Rockwell, Roboto Slab)',
    stack: "Rockwell, 'Rockwell Nova', 'Roboto Slab', 'DejaVu Serif', 'Sitka Small', serif",
  },
  {
    id: 'antique',
    label: 'Antique (Bookman, Georgia)',
    stack: "Superclarendon, 'Bookman Old Style', 'URW Bookman', 'URW Bookman L', 'Georgia Pro', Georgia, serif",
  },
  {
    id: 'didone',
    label: 'Didone (Didot, Bodoni)',
    stack: "Didot, 'Bodoni MT', 'Noto Serif Display', 'URW Palladio L', P052, Sylfaen, serif",
  },
  {
    id: 'handwritten',
    label: 'Handwritten (Segoe Print, Bradley Hand)',
    stack: "'Segoe Print', 'Bradley Hand', Chilanka, TSCu_Comic, casual, cursive",
  },
] as const satisfies readonly FontStack[];

export type FontId = (typeof FONT_STACKS)[number]['id'];

export const FONT_IDS = FONT_STACKS.map((font) => font.id) as [FontId, ...FontId[]];

export function findFontStack(id: string, fonts: readonly FontStack[] = FONT_STACKS): FontStack | undefined {
  return fonts.find((font) => font.id === id);
}
