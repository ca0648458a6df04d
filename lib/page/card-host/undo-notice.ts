/**
 * The small notice that follows "Don't highlight … on this site": says what changed and offers
 * Undo, so one stray click does not lose a term on a site for good. An own element (closed
 * shadow root, constructed stylesheet), like the slow-page notice. It takes focus, as the card
 * it replaces had it, so Undo is one key away; Escape or Close dismisses it and hands focus back.
 * It stays until the reader acts: a notice that vanished on a timer could be missed.
 */
import { constructedSheet, createOwnHost } from '../own-host';

const STYLES = `
:host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
.box { font: 13px/1.4 system-ui, sans-serif; color: #1d2433; background: #fff; border: 1px solid #8a93a6;
  border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); padding: 10px 12px; max-width: 320px; }
p { margin: 0 0 8px; }
button { font: inherit; margin-right: 8px; padding: 3px 10px; border-radius: 4px; border: 1px solid #3b4a6b;
  background: #3b4a6b; color: #fff; cursor: pointer; }
button.secondary { background: transparent; color: #3b4a6b; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { color: #e8ebf2; background: #1f2430; border-color: #5d6680; }
  button.secondary { color: #c9d2ea; border-color: #c9d2ea; }
}`;

export interface UndoNotice {
  remove(): void;
}

/** `tag`: the element's name on this page; `undo` is called when the reader chooses Undo. */
export function showUndoNotice(doc: Document, tag: string, message: string, undo: () => void): UndoNotice {
  const { host, root } = createOwnHost(doc, tag, [constructedSheet(doc, STYLES)]);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const text = doc.createElement('p');
  text.textContent = message;
  const undoButton = doc.createElement('button');
  undoButton.type = 'button';
  undoButton.textContent = 'Undo';
  const closeButton = doc.createElement('button');
  closeButton.type = 'button';
  closeButton.className = 'secondary';
  closeButton.textContent = 'Close';
  box.append(text, undoButton, closeButton);
  root.append(box);

  const returnFocus = doc.activeElement;
  const remove = () => {
    const focusWasInside = doc.activeElement === host;
    host.remove();
    if (focusWasInside && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus();
  };
  undoButton.addEventListener('click', () => {
    remove();
    undo();
  });
  closeButton.addEventListener('click', remove);
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    remove();
  });
  doc.documentElement.append(host);
  undoButton.focus();
  return { remove };
}
