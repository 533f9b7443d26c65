/**
 * Cleans the custom CSS a tenant types in the design settings. It is parsed with a real CSS
 * parser, anything that could load remote content, run script or escape the <style> element is
 * removed and reported by line, and the rest is printed back from the syntax tree, so the output
 * is always balanced and can be wrapped in `@layer tenant { … }`.
 */
import * as csstree from 'css-tree';
import type { Atrule, CssNode, Declaration, List, ListItem, Rule } from 'css-tree';
import { refuseUrl } from './url-policy';

export interface RemovedCss {
  line: number;
  reason: string;
}

export interface SanitizedCss {
  css: string;
  removed: RemovedCss[];
}

export const DEFAULT_CUSTOM_CSS_MAX_BYTES = 50 * 1024;

/** Functions whose string arguments are fetched like url(). */
const URL_LOADING_FUNCTIONS = new Set(['url', 'src', 'image', 'image-set', '-webkit-image-set', 'cross-fade']);
const MARKUP_IN_TEXT = /<\/style|<!--|<script/i;

export function sanitizeCustomCss(input: string, opts: { maxBytes?: number } = {}): SanitizedCss {
  const maxBytes = opts.maxBytes ?? DEFAULT_CUSTOM_CSS_MAX_BYTES;
  const size = new TextEncoder().encode(input).length;
  if (size > maxBytes) {
    return {
      css: '',
      removed: [
        {
          line: 1,
          reason: `the custom CSS is ${formatKb(size)}, over the ${formatKb(maxBytes)} limit: none of it was applied`,
        },
      ],
    };
  }

  const removed: RemovedCss[] = [];
  const ast = csstree.parse(input, {
    positions: true,
    parseCustomProperty: true,
    // Unreadable parts become Raw nodes, which cleanList drops and reports.
    onParseError: () => {},
  });
  if (ast.type === 'StyleSheet') cleanList(ast.children, removed);

  removed.sort((a, b) => a.line - b.line);
  return { css: escapeMarkup(csstree.generate(ast)), removed };
}

/** The caller puts the cleaned CSS in the last cascade layer so it wins without !important. */
export function wrapTenantLayer(css: string): string {
  const body = escapeMarkup(css).trim();
  return body === '' ? '' : `@layer tenant {\n${body}\n}`;
}

/** "line 3: @import is not allowed: …" */
export function formatRemovedCss(entry: RemovedCss): string {
  return `line ${entry.line}: ${entry.reason}`;
}

function cleanList(list: List<CssNode>, removed: RemovedCss[]): void {
  list.forEach((node, item) => {
    const reason = refuseNode(node);
    if (reason) {
      removed.push({ line: lineOf(node), reason });
      list.remove(item as ListItem<CssNode>);
      return;
    }
    if ((node.type === 'Rule' || node.type === 'Atrule') && node.block) cleanList(node.block.children, removed);
  });
}

function refuseNode(node: CssNode): string | null {
  switch (node.type) {
    case 'CDO':
    case 'CDC':
      return 'HTML comment markers (<!-- and -->) are not allowed in CSS';
    case 'Raw':
      return `this part could not be read as CSS and was dropped: "${snippet(node.value)}"`;
    case 'Atrule':
      return refuseAtrule(node);
    case 'Rule':
      return refuseRule(node);
    case 'Declaration':
      return refuseDeclaration(node);
    default:
      return null;
  }
}

function refuseAtrule(node: Atrule): string | null {
  const name = csstree.ident.decode(node.name).toLowerCase();
  if (name === 'import') return '@import is not allowed: it would load another stylesheet, possibly from another site';
  if (name === 'charset') return '@charset is not allowed: the page already sets the character set';
  if (name === 'namespace') return '@namespace is not allowed in custom CSS';
  if (node.prelude?.type === 'Raw' && /[{};]/.test(node.prelude.value)) {
    return `the rule @${name} could not be read as CSS and was dropped`;
  }
  if (name === 'font-face') {
    if (findRefusedUrl(node)) {
      return '@font-face loading a font from another site is not allowed: choose one of the fonts offered in the design settings';
    }
  }
  return node.prelude ? refuseValue(node.prelude) : null;
}

function refuseRule(node: Rule): string | null {
  if (node.prelude.type === 'Raw') {
    return `this selector could not be read as CSS and the rule was dropped: "${snippet(node.prelude.value)}"`;
  }
  return refuseValue(node.prelude);
}

function refuseDeclaration(node: Declaration): string | null {
  const property = csstree.ident.decode(node.property).toLowerCase();
  const unprefixed = property.replace(/^-(webkit|moz|ms|o)-/, '');
  if (unprefixed === 'behavior') return 'the behavior property is not allowed: it runs script in old browsers';
  if (unprefixed === 'binding') return '-moz-binding is not allowed: it runs script in old browsers';
  return refuseValue(node.value);
}

/** Checks urls, script functions, markup in strings and unreadable chunks below a node. */
function refuseValue(root: CssNode): string | null {
  let reason: string | null = null;
  csstree.walk(root, function (node) {
    if (reason) return;
    if (node.type === 'Url') {
      reason = refuseUrl(node.value);
    } else if (node.type === 'Function') {
      const name = csstree.ident.decode(node.name).toLowerCase();
      if (name === 'expression') reason = 'expression() is not allowed: it runs script in old browsers';
      else if (name === 'url' && node.name.toLowerCase() !== 'url') reason = 'url() written with escapes is not allowed';
    } else if (node.type === 'String') {
      if (MARKUP_IN_TEXT.test(node.value)) reason = markupReason(node.value);
      else if (this.function && URL_LOADING_FUNCTIONS.has(csstree.ident.decode(this.function.name).toLowerCase())) {
        reason = refuseUrl(node.value);
      }
    } else if (node.type === 'Raw') {
      reason = refuseRawText(node.value);
    }
  });
  return reason;
}

/** Text css-tree kept unparsed (e.g. an odd custom property): allowed only when plainly harmless. */
function refuseRawText(raw: string): string | null {
  const text = decodeEscapes(raw).toLowerCase();
  if (MARKUP_IN_TEXT.test(text)) return markupReason(text);
  if (/(url|expression|image-set|image|src|cross-fade)\s*\(|javascript:|@import/.test(text) || /[{}]/.test(raw)) {
    return `this value could not be read as CSS and was dropped: "${snippet(raw)}"`;
  }
  return null;
}

function findRefusedUrl(node: CssNode): string | null {
  let reason: string | null = null;
  csstree.walk(node, {
    visit: 'Declaration',
    enter(declaration) {
      reason ??= refuseValue(declaration.value);
    },
  });
  return reason;
}

function markupReason(text: string): string {
  const found = /<\/style|<!--|<script/i.exec(text)?.[0] ?? '<';
  return `text containing "${found}" is not allowed: it could end the stylesheet and inject markup`;
}

/** Any "<" left (in strings, comments) is written as a CSS escape, so no output can contain "</style". */
function escapeMarkup(css: string): string {
  return css.replace(/</g, '\\3c ');
}

function decodeEscapes(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)) : (char ?? ''),
  );
}

function lineOf(node: CssNode): number {
  return node.loc?.start.line ?? 1;
}

function snippet(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

function formatKb(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}
