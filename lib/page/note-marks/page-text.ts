/**
 * A page's text as a selection quotes it: the data of its text nodes one after another (what
 * `Range.toString()` gives), with where each node starts, so that offsets found by
 * `anchorPassages` become ranges again. DOM-side; the anchoring itself never sees nodes.
 */
import { isOwnElement } from '../own-elements';

/** Nothing a reader selects lives here. */
const UNREAD = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'HEAD']);

export interface PageText {
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]`'s data begins in `text`. */
  starts: number[];
}

export interface TextBounds {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

export function readPageText(root: Node): PageText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && (UNREAD.has((node as Element).tagName.toUpperCase()) || isOwnElement(node as Element))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    if (data === '') continue;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The node boundaries of text[start, end); null for an empty or out-of-range span. */
export function boundsAt(page: PageText, start: number, end: number): TextBounds | null {
  if (start >= end || start < 0 || end > page.text.length) return null;
  const first = nodeAt(page, start, false);
  const last = nodeAt(page, end, true);
  return {
    startContainer: page.nodes[first]!,
    startOffset: start - page.starts[first]!,
    endContainer: page.nodes[last]!,
    endOffset: end - page.starts[last]!,
  };
}

/** The node holding offset `at`; for an end offset, the node the character before it is in. */
function nodeAt(page: PageText, at: number, isEnd: boolean): number {
  const target = isEnd ? at - 1 : at;
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (page.starts[mid]! <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
