/**
 * Alt+Shift+N and Alt+Shift+P move to the next and previous highlighted term. Handled in the
 * page rather than as extension commands: those are few, and shared with the popup's shortcut.
 */
import { watchAltShiftKeys } from '../alt-shift-keys';
import type { Direction } from '../../shared/messages';

export const NEXT_KEY = 'KeyN';
export const PREVIOUS_KEY = 'KeyP';

/**
 * `accept` decides which events count: by default only those the browser made from real input
 * (`isTrusted`), so a page cannot press the shortcut itself and watch a card or the live region
 * appear. Tests, whose events are all synthetic, pass their own.
 */
export function watchShortcuts(doc: Document, move: (direction: Direction) => void, accept: (e: Event) => boolean = (e) => e.isTrusted): () => void {
  return watchAltShiftKeys(doc, { next: NEXT_KEY, previous: PREVIOUS_KEY }, move, accept);
}
