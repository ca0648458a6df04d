/**
 * A small box in the page's corner with a message, one action and a way to dismiss it: what
 * the slow-page notice and the undo notice have in common. A closed shadow root keeps the
 * page's styles out and ours in; a constructed stylesheet is not blocked by a page's CSP.
 */
import { constructedSheet, createOwnHost } from './own-host';

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

export interface CornerNoticeOptions {
  /** The element's name on this page (see lib/page-names). */
  tag: string;
  message: string;
  /** The action's button label, and what it does; the notice goes first. */
  action: { label: string; run(): void };
  /** The label of the button that only dismisses. */
  dismissLabel: string;
  /** Called after the notice is removed, whichever way; `hadFocus`: whether focus was in it. */
  onRemoved?(hadFocus: boolean): void;
}

export interface CornerNotice {
  host: HTMLElement;
  box: HTMLElement;
  actionButton: HTMLButtonElement;
  remove(): void;
}

/** Builds the notice and adds it to the page. */
export function showCornerNotice(doc: Document, options: CornerNoticeOptions): CornerNotice {
  const { host, root } = createOwnHost(doc, options.tag, [constructedSheet(doc, STYLES)]);
  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const text = doc.createElement('p');
  text.textContent = options.message;
  const actionButton = doc.createElement('button');
  actionButton.type = 'button';
  actionButton.textContent = options.action.label;
  const dismissButton = doc.createElement('button');
  dismissButton.type = 'button';
  dismissButton.className = 'secondary';
  dismissButton.textContent = options.dismissLabel;
  box.append(text, actionButton, dismissButton);
  root.append(box);

  const remove = () => {
    const hadFocus = doc.activeElement === host;
    host.remove();
    options.onRemoved?.(hadFocus);
  };
  actionButton.addEventListener('click', () => {
    remove();
    options.action.run();
  });
  dismissButton.addEventListener('click', remove);
  doc.documentElement.append(host);
  return { host, box, actionButton, remove };
}
