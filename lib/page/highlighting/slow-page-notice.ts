/**
 * The offer to switch Attaché off on a page where following its changes costs too much. A
 * small box in a corner, in a closed shadow root so the page's styles cannot reach it and its
 * styles cannot leak; styled by a constructed stylesheet, which a page's CSP does not block.
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
@media (prefers-color-scheme: dark) {
  .box { color: #e8ebf2; background: #1f2430; border-color: #5d6680; }
  button.secondary { color: #c9d2ea; border-color: #c9d2ea; }
}`;

export interface SlowPageNotice {
  remove(): void;
}

/**
 * Shows the notice; `turnOff` is called when the reader accepts, and the notice goes either way.
 * `tag`: the element's name on this page (see lib/page-names).
 */
export function showSlowPageNotice(doc: Document, tag: string, site: string, turnOff: () => void): SlowPageNotice {
  const { host, root } = createOwnHost(doc, tag, [constructedSheet(doc, STYLES)]);

  const box = doc.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'status');
  const text = doc.createElement('p');
  text.textContent = `Attaché is slowing this page down while it follows the page's changes. Turn it off on ${site}?`;
  const off = doc.createElement('button');
  off.textContent = 'Turn off here';
  const keep = doc.createElement('button');
  keep.className = 'secondary';
  keep.textContent = 'Keep it on';
  box.append(text, off, keep);
  root.append(box);

  const remove = () => host.remove();
  off.addEventListener('click', () => {
    remove();
    turnOff();
  });
  keep.addEventListener('click', remove);
  doc.documentElement.append(host);
  return { remove };
}
