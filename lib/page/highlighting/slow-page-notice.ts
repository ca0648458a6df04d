/** The offer to switch Attaché off on a page where following its changes costs too much. */
import { showCornerNotice } from '../corner-notice';

export interface SlowPageNotice {
  remove(): void;
}

/**
 * Shows the notice; `turnOff` is called when the reader accepts, and the notice goes either way.
 * `tag`: the element's name on this page (see lib/page-names).
 */
export function showSlowPageNotice(doc: Document, tag: string, site: string, turnOff: () => void): SlowPageNotice {
  const { remove } = showCornerNotice(doc, {
    tag,
    message: `Attaché is slowing this page down while it follows the page's changes. Turn it off on ${site}?`,
    action: { label: 'Turn off here', run: turnOff },
    dismissLabel: 'Keep it on',
  });
  return { remove };
}
