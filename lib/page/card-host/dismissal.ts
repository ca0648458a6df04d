/**
 * When the open card goes away: Escape, a pointer press outside it, or, for a card that only
 * appeared because the pointer rested on a term, the pointer leaving both term and card. Once
 * the reader presses or focuses inside such a card it stays until dismissed.
 */
import type { ShadowHost } from './shadow-host';

export interface DismissalOptions {
  doc: Document;
  shadow: ShadowHost;
  /** The mention the card belongs to. */
  anchor: Range;
  isSticky(): boolean;
  makeSticky(): void;
  close(): void;
  /** The page scrolled or resized: place the card again. */
  reposition(): void;
}

/** How long the pointer may be off both term and card before a hover card closes. */
export const HOVER_LEAVE_MS = 400;
/** Pixels around the term that still count as on it: pointers wobble. */
const ANCHOR_SLACK = 6;

export function watchDismissal(o: DismissalOptions): () => void {
  const { doc, shadow } = o;
  const win = doc.defaultView ?? window;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  let frame: number | undefined;

  const cancelLeave = () => {
    clearTimeout(leaveTimer);
    leaveTimer = undefined;
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    // The page must not also act on an Escape meant for the card, e.g. close its own dialog.
    if (shadow.contains(e)) e.stopPropagation();
    o.close();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (shadow.contains(e)) o.makeSticky();
    // A press on the term itself is the start of a click that opens this card for good.
    else if (!onAnchor(o.anchor, e.clientX, e.clientY)) o.close();
  };
  const onFocusIn = (e: FocusEvent) => {
    if (shadow.contains(e)) o.makeSticky();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (o.isSticky()) return cancelLeave();
    if (shadow.contains(e) || onAnchor(o.anchor, e.clientX, e.clientY)) return cancelLeave();
    leaveTimer ??= setTimeout(o.close, HOVER_LEAVE_MS);
  };
  const onViewportChange = () => {
    if (frame !== undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      o.reposition();
    });
  };

  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('focusin', onFocusIn, true);
  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  win.addEventListener('resize', onViewportChange, { passive: true });
  return () => {
    cancelLeave();
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
    doc.removeEventListener('focusin', onFocusIn, true);
    doc.removeEventListener('pointermove', onPointerMove, true);
    doc.removeEventListener('scroll', onViewportChange, true);
    win.removeEventListener('resize', onViewportChange);
  };
}

function onAnchor(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some(
    (r) =>
      x >= r.left - ANCHOR_SLACK &&
      x <= r.right + ANCHOR_SLACK &&
      y >= r.top - ANCHOR_SLACK &&
      y <= r.bottom + ANCHOR_SLACK,
  );
}
