/**
 * A pair of Alt+Shift keys that move forward and back through something on the page, ignored
 * while the reader types in a field. Keys are matched by their physical position (`code`),
 * since Alt changes the character typed on some layouts.
 */
import type { Direction } from '../shared/messages';

export interface DirectionKeys {
  /** `KeyboardEvent.code` of the key for the next one. */
  next: string;
  previous: string;
}

export function watchAltShiftKeys(doc: Document, keys: DirectionKeys, move: (direction: Direction) => void, accept: (e: Event) => boolean): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (!accept(e)) return;
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return;
    const direction = e.code === keys.next ? 'next' : e.code === keys.previous ? 'previous' : undefined;
    if (!direction || isTyping(e.composedPath()[0] ?? e.target)) return;
    e.preventDefault();
    move(direction);
  };
  doc.addEventListener('keydown', onKeyDown, true);
  return () => doc.removeEventListener('keydown', onKeyDown, true);
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const el = target as HTMLElement;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}
