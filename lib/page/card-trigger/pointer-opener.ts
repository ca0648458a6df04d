/**
 * Opens cards from the pointer: resting on a highlighted term for a moment opens its card
 * without taking focus, clicking it opens the card and moves focus in. Small and Preact-free:
 * it runs in the always-loaded content script.
 */
import { mentionAtPoint } from './hit-test';
import type { MentionHit, MentionIndex } from './mention-index';

export interface PointerOpenerOptions {
  doc: Document;
  index: MentionIndex;
  open(hit: MentionHit, trigger: 'hover' | 'click'): void;
  /** How long the pointer rests on a term before its card opens. */
  hoverDelayMs?: number;
  /**
   * Which events count: by default only those the browser made from real input (`isTrusted`),
   * so a page cannot move or click a synthetic pointer over its words and watch for a card.
   */
  accept?(e: Event): boolean;
}

export const HOVER_DELAY_MS = 300;

/** Elements whose click belongs to the page: a term inside a link still follows the link. */
const INTERACTIVE =
  'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';

export function watchPointer(o: PointerOpenerOptions): () => void {
  const { doc, index } = o;
  const win = doc.defaultView ?? window;
  const delay = o.hoverDelayMs ?? HOVER_DELAY_MS;
  const accept = o.accept ?? ((e: Event) => e.isTrusted);
  let frame: number | undefined;
  let last = { x: 0, y: 0 };
  let pending: { hit: MentionHit; timer: ReturnType<typeof setTimeout> } | undefined;

  const cancel = () => {
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
  };
  const check = () => {
    frame = undefined;
    const hit = mentionAtPoint(doc, index, last.x, last.y);
    if (pending && hit && sameMention(pending.hit, hit)) return;
    cancel();
    if (hit) pending = { hit, timer: setTimeout(() => o.open(hit, 'hover'), delay) };
  };
  const onPointerMove = (e: PointerEvent) => {
    // Touch and pen have no resting pointer; a tap arrives as a click.
    if (e.pointerType !== 'mouse' || !accept(e)) return;
    last = { x: e.clientX, y: e.clientY };
    frame ??= win.requestAnimationFrame(check);
  };
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || !accept(e)) return;
    const target = e.composedPath()[0];
    if (target instanceof win.Element && target.closest(INTERACTIVE)) return;
    // A click that ends a text selection is the reader selecting, not asking for a card.
    if (doc.getSelection()?.isCollapsed === false) return;
    const hit = mentionAtPoint(doc, index, e.clientX, e.clientY);
    if (!hit) return;
    cancel();
    o.open(hit, 'click');
  };
  const onLeave = () => cancel();

  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('click', onClick, true);
  doc.documentElement.addEventListener('pointerleave', onLeave);
  return () => {
    cancel();
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onPointerMove, true);
    doc.removeEventListener('click', onClick, true);
    doc.documentElement.removeEventListener('pointerleave', onLeave);
  };
}

/** Indexes may hand out a fresh Range per lookup: compare what the ranges cover. */
function sameMention(a: MentionHit, b: MentionHit): boolean {
  return (
    a.id === b.id &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}
