import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { inContentWorld } from './content-world';

/**
 * Screenshots a reviewer can look at, and the layout facts tests assert on them: no sideways
 * scrolling, a box inside the viewport, a control visible without scrolling.
 */

/** Where screenshot tests write their images (git-ignored; the README names it). */
export const SCREENSHOT_DIR = resolve('tests/e2e/screenshots');

/** Writes a PNG of the page's viewport (or of `clip`) to SCREENSHOT_DIR/<name>.png; returns its path. */
export async function saveScreenshot(
  page: Page,
  name: string,
  clip?: { x: number; y: number; width: number; height: number },
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, clip });
  return path;
}

export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

export interface ElementLayout {
  rect: Rect;
  /** The whole box is inside the viewport. */
  insideViewport: boolean;
  /**
   * The whole box can be seen as things stand: inside the viewport and not scrolled out of, or
   * cut by, any ancestor that clips its overflow (a scrolling card body, say).
   */
  visible: boolean;
  /** Its content is wider than its box (it scrolls or is cut sideways). */
  overflowsX: boolean;
}

export interface LayoutFacts {
  viewport: { width: number; height: number };
  /** The document scrolls sideways. */
  documentOverflowsX: boolean;
  /** Per name of `LayoutQuery.elements`; absent when the selector matched nothing. */
  elements: Record<string, ElementLayout | undefined>;
}

export interface LayoutQuery {
  /**
   * Selectors are looked up inside the shadow root of the first element matching this
   * selector, open or closed (closed ones need the content-script world); else in the document.
   */
  shadowHost?: string;
  /** Name → selector of the elements to measure. */
  elements: Record<string, string>;
}

/**
 * Runs in a page or a content-script world: measures the query. Arrow functions only, so the
 * source survives being sent as text to another world.
 */
export function readLayout(query: LayoutQuery): LayoutFacts {
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  const api = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } } }).chrome;
  let root: ParentNode = document;
  if (query.shadowHost) {
    const host = document.querySelector(query.shadowHost);
    const shadow = host && (api?.dom?.openOrClosedShadowRoot?.(host) ?? host.shadowRoot);
    if (!shadow) return { viewport, documentOverflowsX: false, elements: {} };
    root = shadow;
  }
  const toRect = (r: DOMRect): Rect => ({ top: r.top, left: r.left, right: r.right, bottom: r.bottom, width: r.width, height: r.height });
  // Half a pixel of slack: boxes sit on fractional coordinates.
  const within = (inner: Rect, outer: { top: number; left: number; right: number; bottom: number }) =>
    inner.top >= outer.top - 0.5 && inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.bottom <= outer.bottom + 0.5;
  const parentOf = (node: Element): Element | null =>
    node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
  const viewportBox = { top: 0, left: 0, right: viewport.width, bottom: viewport.height };
  const elements: Record<string, ElementLayout | undefined> = {};
  for (const [name, selector] of Object.entries(query.elements)) {
    const el = root.querySelector(selector);
    if (!el) continue;
    const rect = toRect(el.getBoundingClientRect());
    const insideViewport = within(rect, viewportBox);
    let visible = insideViewport && rect.width > 0 && rect.height > 0;
    for (let up = parentOf(el); visible && up && up !== document.documentElement; up = parentOf(up)) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = up.getBoundingClientRect();
      // The padding box, where content shows: borders and scrollbars excluded.
      const top = box.top + up.clientTop;
      const left = box.left + up.clientLeft;
      visible = within(rect, { top, left, right: left + up.clientWidth, bottom: top + up.clientHeight });
    }
    elements[name] = { rect, insideViewport, visible, overflowsX: el.scrollWidth > el.clientWidth + 1 };
  }
  return { viewport, documentOverflowsX: document.documentElement.scrollWidth > viewport.width + 1, elements };
}

/**
 * The layout facts of `query` on a page. `world: 'content'` measures from the extension's
 * content-script world, which can open closed shadow roots (the in-page card); 'page' (the
 * default) measures in the page itself (extension pages: popup, side panel, options).
 */
export async function layoutFacts(page: Page, query: LayoutQuery, world: 'page' | 'content' = 'page'): Promise<LayoutFacts> {
  if (world === 'page') return page.evaluate(readLayout, query);
  const facts = await inContentWorld<LayoutFacts>(page, `(${readLayout.toString()})(${JSON.stringify(query)})`);
  if (!facts) throw new Error('the content script has not started on this page');
  return facts;
}
