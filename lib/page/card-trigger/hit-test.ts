/**
 * Which mention is under the pointer. Highlights are painted, not elements, so they get no
 * events: the position is hit-tested against the mention ranges instead.
 */
import { caretAt, coversPoint } from '../hit-point';
import type { MentionHit, MentionIndex } from './mention-index';

/** `CSS.highlights.highlightsFromPoint` (Chromium 140+), not yet in TypeScript's DOM types. */
interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type HighlightsFromPoint = (x: number, y: number) => HighlightHit[];

export function mentionAtPoint(doc: Document, index: MentionIndex, x: number, y: number): MentionHit | undefined {
  return fromHighlights(doc, index, x, y) ?? fromCaret(doc, index, x, y);
}

function fromHighlights(doc: Document, index: MentionIndex, x: number, y: number): MentionHit | undefined {
  const registry = doc.defaultView?.CSS?.highlights as (HighlightRegistry & { highlightsFromPoint?: HighlightsFromPoint }) | undefined;
  if (typeof registry?.highlightsFromPoint !== 'function') return undefined;
  for (const hit of registry.highlightsFromPoint(x, y)) {
    // Early implementations returned bare Highlight objects; those fall through to the caret.
    for (const range of hit.ranges ?? []) {
      const mention = index.at(range.startContainer, range.startOffset);
      // Other highlights (a team note's passage) may start where a mention does and go on past it.
      if (mention && sameEnd(mention.range, range)) return mention;
    }
  }
  return undefined;
}

function fromCaret(doc: Document, index: MentionIndex, x: number, y: number): MentionHit | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret) return undefined;
  // Over the right half of a term's last character the caret sits after it, at the end.
  const mention = index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  // The caret is the nearest text position even over blank space: check the pointer is on the term.
  return mention && coversPoint(mention.range, x, y) ? mention : undefined;
}

function sameEnd(a: AbstractRange, b: AbstractRange): boolean {
  return a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
