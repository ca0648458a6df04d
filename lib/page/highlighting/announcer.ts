/**
 * A polite live region for screen readers, created on first use: a visually hidden element in
 * a closed shadow root, so the page cannot style it into view or read what it says.
 */
import { constructedSheet, createOwnHost } from '../own-host';

const STYLES = `:host { all: initial; position: fixed; }
div { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap; }`;

/** `tag`: the element's name on this page (see lib/page-names). */
export function createAnnouncer(doc: Document, tag: string): (message: string) => void {
  let region: HTMLElement | undefined;
  return (message) => {
    if (!region?.isConnected) {
      const { host, root } = createOwnHost(doc, tag, [constructedSheet(doc, STYLES)]);
      region = doc.createElement('div');
      region.setAttribute('role', 'status');
      region.setAttribute('aria-live', 'polite');
      root.append(region);
      doc.documentElement.append(host);
    }
    region.textContent = message;
  };
}
