/**
 * Paints only the mentions near the viewport. Chromium recomputes the markers of every
 * registered highlight range whenever any highlight changes, which costs tens of
 * milliseconds per frame for ten thousand ranges: painting a whole long page would make each
 * change, and each slice of the first read, a long task. So every mention is kept, but its
 * range is handed to the highlights only while the block it sits in is within a screen of the
 * viewport, as an IntersectionObserver on those blocks reports; what scrolls out is taken out.
 */
import type { EntityType } from '../../shared/corpus-format/corpus-schema';
import { isBlockTag } from '../text';

/** A mention as painting sees it; `range` is made when first read. */
export interface Paintable {
  readonly type: EntityType;
  readonly startContainer: Node;
  readonly range: AbstractRange;
}

/** What MentionStore paints through: straight into the highlights, or this gate in front of them. */
export interface MentionPainter {
  show(item: Paintable): void;
  hide(item: Paintable): void;
}

/** The highlights themselves (see HighlightPainter). */
export interface RangePainter {
  show(type: EntityType, range: AbstractRange): void;
  hide(type: EntityType, range: AbstractRange): void;
}

/** Paints every mention, wherever it is: for tests, and browsers without IntersectionObserver. */
export function paintEverywhere(painter: RangePainter): MentionPainter {
  return { show: (i) => painter.show(i.type, i.range), hide: (i) => painter.hide(i.type, i.range) };
}

/** How far beyond the viewport mentions are painted, so scrolling shows them already painted. */
const MARGIN = '100% 0px';

/**
 * New blocks are handed to the observer at most this often. Each frame that observes new
 * targets makes Chromium compute the intersections of every target, so during the first read
 * of a long page, which adds blocks in every slice, observing at once would cost that in
 * every frame; the first batch goes at once, so the first screen is painted without delay.
 */
const OBSERVE_EVERY_MS = 250;

export interface ViewportEnvironment {
  IntersectionObserver: typeof IntersectionObserver;
  setTimeout(callback: () => void, ms: number): unknown;
  innerHeight: number;
}

/**
 * Observed targets are grown from a mention's block up through ancestors no taller than this
 * many viewports. Chromium computes every target's intersection in every frame that updates
 * them, so a long page observed paragraph by paragraph costs milliseconds per frame; a section
 * of a few paragraphs is as good a unit for painting near the viewport and far fewer targets.
 */
const TARGET_MAX_VIEWPORTS = 2;

export class ViewportPainter implements MentionPainter {
  private readonly byBlock = new Map<Element, Set<Paintable>>();
  /**
   * The block each item was filed under. Looking it up again on hide would fail for text the
   * page has since taken out (no parent, so no block), and leave its range painted for good.
   */
  private readonly blockOfItem = new Map<Paintable, Element>();
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private readonly blockCache = new WeakMap<Element, Element>();
  private readonly unobserved = new Set<Element>();
  /** Blocks whose last mention went since the last flush. */
  private readonly emptied = new Set<Element>();
  private flushScheduled = false;
  private lastFlush = -Infinity;

  constructor(
    private readonly painter: RangePainter,
    private readonly env: ViewportEnvironment,
    private readonly now: () => number,
  ) {
    this.observer = new env.IntersectionObserver((entries) => this.update(entries), { rootMargin: MARGIN });
  }

  show(item: Paintable): void {
    const block = this.blockOf(item.startContainer);
    if (!block) return;
    this.blockOfItem.set(item, block);
    let items = this.byBlock.get(block);
    if (!items) {
      this.byBlock.set(block, (items = new Set()));
      this.unobserved.add(block);
      this.scheduleObserve();
    }
    items.add(item);
    if (this.near.has(block)) this.painter.show(item.type, item.range);
  }

  hide(item: Paintable): void {
    const block = this.blockOfItem.get(item);
    const items = block && this.byBlock.get(block);
    if (!block || !items?.delete(item)) return;
    this.blockOfItem.delete(item);
    if (this.near.has(block)) this.painter.hide(item.type, item.range);
    // An emptied block is let go at the next flush, not now: a ticker whose text is replaced
    // gets its new mention painted at once instead of blinking until the observer reports again.
    if (items.size === 0) {
      this.emptied.add(block);
      this.scheduleObserve();
    }
  }

  private release(block: Element): void {
    this.byBlock.delete(block);
    this.near.delete(block);
    if (!this.unobserved.delete(block)) this.observer.unobserve(block);
  }

  private scheduleObserve(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const wait = Math.max(0, this.lastFlush + OBSERVE_EVERY_MS - this.now());
    this.env.setTimeout(() => {
      this.flushScheduled = false;
      this.lastFlush = this.now();
      for (const block of this.emptied) if (this.byBlock.get(block)?.size === 0) this.release(block);
      this.emptied.clear();
      for (const block of this.unobserved) this.observer.observe(block);
      this.unobserved.clear();
    }, wait);
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const items = this.byBlock.get(block);
      if (!items) continue;
      if (entry.isIntersecting && !this.near.has(block)) {
        this.near.add(block);
        for (const item of items) this.painter.show(item.type, item.range);
      } else if (!entry.isIntersecting && this.near.has(block)) {
        this.near.delete(block);
        for (const item of items) this.painter.hide(item.type, item.range);
      }
    }
  }

  /**
   * The element observed for a mention: its nearest block, grown to the largest ancestor that
   * is still at most TARGET_MAX_VIEWPORTS tall (never the body or the root).
   */
  private blockOf(node: Node): Element | undefined {
    const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (!parent) return undefined;
    const cached = this.blockCache.get(parent);
    if (cached) return cached;
    let el: Element = parent;
    while (!isBlockTag(el) && el.parentElement) el = el.parentElement;
    const doc = el.ownerDocument;
    const limit = this.env.innerHeight * TARGET_MAX_VIEWPORTS;
    for (let up = el.parentElement; up && up !== doc.body && up !== doc.documentElement; up = up.parentElement) {
      if (up.getBoundingClientRect().height > limit) break;
      el = up;
    }
    this.blockCache.set(parent, el);
    return el;
  }
}
