/**
 * The small notice that follows "Don't highlight … on this site": says what changed and offers
 * Undo, so one stray click does not lose a term on a site for good. It takes focus, as the card
 * it replaces had it, so Undo is one key away; Escape or Close dismisses it and hands focus back.
 * It stays until the reader acts: a notice that vanished on a timer could be missed.
 */
import { showCornerNotice } from '../corner-notice';

export interface UndoNotice {
  remove(): void;
}

/** `tag`: the element's name on this page; `undo` is called when the reader chooses Undo. */
export function showUndoNotice(doc: Document, tag: string, message: string, undo: () => void): UndoNotice {
  const returnFocus = doc.activeElement;
  const notice = showCornerNotice(doc, {
    tag,
    message,
    action: { label: 'Undo', run: undo },
    dismissLabel: 'Close',
    onRemoved(hadFocus) {
      if (hadFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
    },
  });
  notice.box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    notice.remove();
  });
  notice.actionButton.focus();
  return { remove: notice.remove };
}
