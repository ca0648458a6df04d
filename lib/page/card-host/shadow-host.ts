/**
 * The element the in-page card lives in (an own host, see page-names/own-host.ts), appended to
 * the page's documentElement, with a stylesheet of its own for its position.
 */
import { constructedSheet, createOwnHost } from '../own-host';
import type { Placement } from './place-card';

export interface ShadowHost {
  /** The element in the page; its box is the card's box. */
  readonly host: HTMLElement;
  /** Inside the closed root: where the card is rendered. */
  readonly container: HTMLElement;
  /** Places the host in viewport coordinates and caps the dialog's height. */
  moveTo(placement: Placement): void;
  /** Whether the event happened inside the card (shadow retargeting hides the inner target). */
  contains(event: Event): boolean;
  /** Puts the host (back) into the page: pages may remove foreign elements. */
  attach(): void;
  detach(): void;
}

/** `tag`: the host's name on this page (see lib/page-names). */
export function createShadowHost(doc: Document, tag: string, cssTexts: readonly string[]): ShadowHost {
  const position = constructedSheet(doc, '');
  const { host, root } = createOwnHost(doc, tag, [...cssTexts.map((text) => constructedSheet(doc, text)), position]);
  const container = doc.createElement('div');
  root.append(container);

  return {
    host,
    container,
    moveTo({ top, left, maxHeight }) {
      position.replaceSync(
        `:host { top: ${top}px !important; left: ${left}px !important; }\n` +
          `.ac-dialog { max-height: ${maxHeight}px; }`,
      );
    },
    contains: (event) => event.composedPath().includes(host),
    attach() {
      if (host.parentNode !== doc.documentElement) doc.documentElement.append(host);
    },
    detach: () => host.remove(),
  };
}
