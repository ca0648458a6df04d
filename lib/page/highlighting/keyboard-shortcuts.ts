/**
 * Alt+Shift+N and Alt+Shift+P move to the next and previous highlighted term. Handled in the
 * page rather than as extension commands: those are few, and shared with the popup's shortcut.
 * Keys are matched by their physical position (`code`), since Alt changes the character typed
 * on some layouts.
 */
import type { Direction } from '../../shared/messages';

export const NEXT_KEY = 'KeyN';
export const PREVIOUS_KEY = 'KeyP';

function isTyping(target: EventTarget | null): boolean {
  if (!target || !(target as Element).tagName) return false;
  const el = target as HTMLElement;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable;
}

/**
 * `accept` decides which events count: by default only those the browser made from real input
 * (`isTrusted`), so a page cannot press the shortcut itself and watch a card or the live region
 * appear. Tests, whose events are all synthetic, pass their own.
 */
export function watchShortcuts(doc: Document, move: (direction: Direction) => void, accept: (e: Event) => boolean = (e) => e.isTrusted): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (!accept(e)) return;
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.repeat) return;
    const direction = e.code === NEXT_KEY ? 'next' : e.code === PREVIOUS_KEY ? 'previous' : undefined;
    if (!direction || isTyping(e.composedPath()[0] ?? e.target)) return;
    e.preventDefault();
    move(direction);
  };
  doc.addEventListener('keydown', onKeyDown, true);
  return () => doc.removeEventListener('keydown', onKeyDown, true);
}
