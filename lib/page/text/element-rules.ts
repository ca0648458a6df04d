/**
 * How the text walker treats an element, decided from its tag and attributes, plus one
 * `checkVisibility()` call where the browser has it. Computed styles would be exact but cost
 * a style lookup per element; tags are right for nearly all pages.
 */
import { isOwnElement } from '../own-elements';
import type { VisibilityCache } from './visibility';

/** Nothing inside is read: not text a reader sees, or text the reader is typing. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE',
]);

/** Skipped unless the user asks for code to be scanned. */
const CODE = new Set(['CODE', 'PRE', 'KBD', 'SAMP']);

/**
 * Elements that start a new line of text: a term never runs from one into the next. Custom
 * elements count as blocks because components usually render as boxes.
 */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'BUTTON', 'CAPTION', 'DD', 'DETAILS',
  'DIALOG', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export const ElementKind = { skip: 0, block: 1, inline: 2 } as const;
export type ElementKind = (typeof ElementKind)[keyof typeof ElementKind];

export interface ElementRules {
  scanCode: boolean;
  visibility: VisibilityCache;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Whether the element starts a new line of text, by its tag alone (see BLOCKS). */
export function isBlockTag(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return BLOCKS.has(tag) || tag.includes('-') || el.shadowRoot !== null;
}

export function classify(el: Element, rules: ElementRules): ElementKind {
  const tag = el.tagName.toUpperCase();
  if (SKIPPED.has(tag) || (!rules.scanCode && CODE.has(tag))) return ElementKind.skip;
  if (isOwnElement(el) || isEditable(el) || rules.visibility.isHidden(el)) return ElementKind.skip;
  return isBlockTag(el) ? ElementKind.block : ElementKind.inline;
}

/**
 * Whether `node` lies inside an element the walker would skip, looking up through shadow
 * hosts. A rescan of content added later starts below the page's root, so it must check
 * what the first scan learnt on the way down.
 */
export function isInsideSkipped(node: Node, rules: ElementRules): boolean {
  for (let n: Node | null = node; n; ) {
    if (n.nodeType === 1 && classify(n as Element, rules) === ElementKind.skip) return true;
    const parent: Node | null = n.parentNode;
    n = parent && parent.nodeType === 11 ? ((parent as ShadowRoot).host ?? null) : parent;
  }
  return false;
}
