/**
 * The small box shown by a marked passage: how many team notes are there and who wrote them,
 * and a button that opens them in the side panel. Counts and names only: the notes' text never
 * enters the page. A closed shadow root keeps the page out, as for the card.
 */
import type { NotePassage } from '../../shared/note-passages';
import { constructedSheet, createOwnHost } from '../own-host';

const STYLES = `
:host { all: initial; position: fixed; z-index: 2147483647; }
.tip { font: 13px/1.4 system-ui, sans-serif; color: #1d2433; background: #fff; border: 1px solid #b0267f;
  border-radius: 6px; box-shadow: 0 3px 12px rgb(0 0 0 / 0.25); padding: 6px 10px; max-width: 300px; }
p { margin: 0 0 6px; }
button { font: inherit; padding: 2px 10px; border-radius: 4px; border: 1px solid #7a1a58; background: #7a1a58;
  color: #fff; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .tip { color: #e8ebf2; background: #1f2430; } }`;

export interface PassageTip {
  show(passage: NotePassage, near: DOMRect, focus: boolean): void;
  hide(): void;
  /** The passage shown, if any. */
  readonly passage: NotePassage | undefined;
}

/** What the tip says: "2 notes by Alice and Bob". */
export function passageSummary(passage: NotePassage): string {
  const notes = passage.count === 1 ? '1 team note' : `${passage.count} team notes`;
  const names = passage.authors;
  const by = names.length === 0 ? '' : names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return by === '' ? notes : `${notes} by ${by}`;
}

export function createPassageTip(doc: Document, tag: string, open: (passage: NotePassage) => void): PassageTip {
  let shown: { passage: NotePassage; host: HTMLElement } | undefined;
  const hide = () => {
    shown?.host.remove();
    shown = undefined;
  };
  return {
    get passage() {
      return shown?.passage;
    },
    hide,
    show(passage, near, focus) {
      hide();
      const { host, root } = createOwnHost(doc, tag, [constructedSheet(doc, STYLES)]);
      const tip = doc.createElement('div');
      tip.className = 'tip';
      tip.setAttribute('role', 'dialog');
      const text = doc.createElement('p');
      text.textContent = passageSummary(passage);
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = 'Open in side panel';
      button.addEventListener('click', (e) => {
        if (!e.isTrusted) return;
        hide();
        open(passage);
      });
      tip.setAttribute('aria-label', text.textContent);
      tip.append(text, button);
      root.append(tip);
      const view = doc.defaultView;
      const below = near.bottom + 6;
      host.style.setProperty('top', `${view && below > view.innerHeight - 80 ? Math.max(0, near.top - 70) : below}px`);
      host.style.setProperty('left', `${Math.max(0, near.left)}px`);
      doc.documentElement.append(host);
      shown = { passage, host };
      if (focus) button.focus();
    },
  };
}
