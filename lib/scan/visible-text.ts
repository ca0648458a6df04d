/**
 * The text of an HTML document as a reader sees it, for recognition: no script, style,
 * template or head, no attribute values, no form field contents, nothing hidden; block
 * elements separated by "\n" so that words of adjacent blocks never merge; whitespace runs
 * collapsed to one space as a browser renders them. Works on any DOM (happy-dom in Node, the
 * page's own in a browser): it reads only the standard Node and Element interfaces.
 */
export interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
  hasAttribute?(name: string): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Never rendered as text, or their text is a form field's value rather than the page's. */
const SKIPPED = new Set([
  'HEAD', 'TITLE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION',
  'OPTGROUP', 'DATALIST', 'INPUT', 'IFRAME', 'CANVAS', 'SVG', 'MATH', 'OBJECT', 'EMBED',
]);

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIALOG',
  'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'BUTTON', 'LABEL',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function visibleText(root: DomNode): string {
  const out = new CollapsingText();
  walk(root, out, false);
  return out.toString();
}

function walk(node: DomNode, out: CollapsingText, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    out.append(node.nodeValue ?? '', pre);
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) return;
  const tag = node.nodeName.toUpperCase();
  if (node.nodeType === ELEMENT_NODE && (SKIPPED.has(tag) || isHidden(node))) return;
  const block = BLOCKS.has(tag);
  if (block) out.breakLine();
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, pre || tag === 'PRE');
  if (block) out.breakLine();
}

function isHidden(element: DomNode): boolean {
  if (element.hasAttribute?.('hidden')) return true;
  return HIDDEN_STYLE.test(element.getAttribute?.('style') ?? '');
}

/** Appends text collapsing whitespace, with line breaks between blocks and no blank lines. */
class CollapsingText {
  private parts: string[] = [];
  private last = '\n'; // nothing yet: as if after a break, so leading blanks are dropped
  private pendingSpace = false;

  append(text: string, pre: boolean): void {
    for (const segment of text.split(/(\s+)/)) {
      if (segment === '') continue;
      if (/^\s/.test(segment)) {
        if (pre && segment.includes('\n')) this.breakLine();
        else this.pendingSpace = true;
        continue;
      }
      if (this.pendingSpace && this.last !== '\n') this.parts.push(' ');
      this.pendingSpace = false;
      this.parts.push(segment);
      this.last = segment.slice(-1);
    }
  }

  breakLine(): void {
    this.pendingSpace = false;
    if (this.last === '\n') return;
    this.parts.push('\n');
    this.last = '\n';
  }

  toString(): string {
    return this.parts.join('').replace(/\n$/, '');
  }
}
