/**
 * An element of Attaché's own in the page (card host, live region, notice): its tag is this
 * page load's random one, its closed shadow root keeps the page from styling or reading what
 * is inside, and its styles are constructed stylesheets, which a page's Content-Security-Policy
 * does not govern (inline <style> and style attributes it may block).
 */
import { markOwnElement } from './own-elements';

export interface OwnHost {
  /** The element in the page, not yet attached. */
  host: HTMLElement;
  root: ShadowRoot;
}

/** `tag`: the element's name on this page (see page-names.ts). */
export function createOwnHost(doc: Document, tag: string, sheets: CSSStyleSheet[]): OwnHost {
  const host = doc.createElement(tag);
  markOwnElement(host);
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = sheets;
  return { host, root };
}

/** A stylesheet made in the document's own window, as adoptedStyleSheets requires. */
export function constructedSheet(doc: Document, text: string): CSSStyleSheet {
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  const sheet = new Sheet();
  sheet.replaceSync(text);
  return sheet;
}
