/**
 * The reader's ways to the marked passages: resting the pointer on one or clicking it shows
 * its tip; Alt+Shift+M and Alt+Shift+J move to the next and previous one (the first press also
 * asks for the marks, see `NoteMarks`). Only events the browser made from real input count, so
 * a page cannot press or point for the reader and watch a tip appear.
 */
import { watchAltShiftKeys } from '../alt-shift-keys';
import { caretAt, coversPoint } from '../hit-point';
import type { Direction } from '../../shared/messages';
import type { MarkedPassage } from './note-marks';

export const NEXT_MARK_KEY = 'KeyM';
export const PREVIOUS_MARK_KEY = 'KeyJ';
export const MARK_HOVER_DELAY_MS = 300;

export interface MarkInputOptions {
  doc: Document;
  /** The marked passage at a text position, if any. */
  at(node: Node, offset: number): MarkedPassage | undefined;
  /** Shows the passage's tip (with focus in it when `focus`). */
  show(mark: MarkedPassage, focus: boolean): void;
  /** The pointer left every mark. */
  leave(): void;
  accept?(e: Event): boolean;
}

/** Pointer on the marks: watched only while marks are shown. */
export function watchMarkPointer(o: MarkInputOptions): () => void {
  const { doc } = o;
  const accept = o.accept ?? ((e: Event) => e.isTrusted);
  let pending: { mark: MarkedPassage; timer: ReturnType<typeof setTimeout> } | undefined;
  let frame: number | undefined;
  let last = { x: 0, y: 0 };
  const win = doc.defaultView ?? window;

  const markAt = (x: number, y: number): MarkedPassage | undefined => {
    const caret = caretAt(doc, x, y);
    if (!caret) return undefined;
    const mark = o.at(caret.node, caret.offset) ?? (caret.offset > 0 ? o.at(caret.node, caret.offset - 1) : undefined);
    return mark && isOver(mark.range, doc, x, y) ? mark : undefined;
  };
  const check = () => {
    frame = undefined;
    const mark = markAt(last.x, last.y);
    if (pending && mark === pending.mark) return;
    if (pending) clearTimeout(pending.timer);
    pending = undefined;
    if (mark) pending = { mark, timer: setTimeout(() => o.show(mark, false), MARK_HOVER_DELAY_MS) };
    else o.leave();
  };
  const onPointerMove = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || !accept(e)) return;
    last = { x: e.clientX, y: e.clientY };
    frame ??= win.requestAnimationFrame(check);
  };
  const onClick = (e: MouseEvent) => {
    if (!accept(e) || e.button !== 0) return;
    const target = e.target as Element | null;
    if (target?.closest?.('a[href], button, input, select, textarea, label, summary')) return;
    const mark = markAt(e.clientX, e.clientY);
    if (mark) o.show(mark, true);
  };
  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('click', onClick, true);
  return () => {
    if (pending) clearTimeout(pending.timer);
    if (frame !== undefined) win.cancelAnimationFrame(frame);
    doc.removeEventListener('pointermove', onPointerMove, { capture: true });
    doc.removeEventListener('click', onClick, true);
  };
}

/** The marks' keys: watched on every page that is on, since the first press asks for the marks. */
export function watchMarkKeys(doc: Document, move: (direction: Direction) => void, accept: (e: Event) => boolean = (e) => e.isTrusted): () => void {
  return watchAltShiftKeys(doc, { next: NEXT_MARK_KEY, previous: PREVIOUS_MARK_KEY }, move, accept);
}

function isOver(range: AbstractRange, doc: Document, x: number, y: number): boolean {
  const live = doc.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return coversPoint(live, x, y);
}
