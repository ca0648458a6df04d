/**
 * The element the in-page card lives in: appended to the page's documentElement, with a
 * closed shadow root so the page can neither style nor read the card, and styles installed as
 * constructed stylesheets, which a page's Content-Security-Policy does not govern (inline
 * <style> and style attributes it may block).
 */
import { markOwnElement } from '../page-names/own-elements';
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
  const host = doc.createElement(tag);
  markOwnElement(host);
  const root = host.attachShadow({ mode: 'closed' });
  const container = doc.createElement('div');
  root.append(container);

  const sheets = cssTexts.map((text) => constructedSheet(doc, text));
  const position = constructedSheet(doc, '');
  root.adoptedStyleSheets = [...sheets, position];

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

function constructedSheet(doc: Document, text: string): CSSStyleSheet {
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(text);
  return sheet;
}
