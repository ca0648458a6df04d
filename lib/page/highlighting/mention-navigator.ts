/**
 * Moving through the painted mentions in document order: the keyboard shortcut (every entity)
 * and the side panel's "reveal" (one entity). The mention reached is marked with its own
 * highlight, scrolled into view and announced.
 */
import type { Direction } from '../../shared/messages';
import type { Bounds, MentionRecord, MentionStore } from './mention-store';

export interface NavigatorDeps {
  store: MentionStore;
  /** Where a mention is on screen (a live Range's bounding rectangle, in a browser). */
  rectOf(mention: Bounds): { top: number; bottom: number; width: number; height: number };
  /** The viewport's height, to start from what the reader sees when nothing was visited yet. */
  viewportHeight(): number;
}

export interface Reached {
  record: MentionRecord;
  /** 1-based position among the mentions moved through, and their number. */
  position: number;
  total: number;
}

/** Document order of two ranges' starts; ranges in different trees keep a stable order. */
export function compareStarts(a: Bounds, b: Bounds): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const relation = a.startContainer.compareDocumentPosition(b.startContainer);
  return relation & 4 /* FOLLOWING */ ? -1 : relation & 2 /* PRECEDING */ ? 1 : 0;
}

export class MentionNavigator {
  private current: Bounds | undefined;

  constructor(private readonly deps: NavigatorDeps) {}

  /** Moves to the next or previous painted mention (of `entityId` only, if given); undefined if none. */
  move(direction: Direction, entityId?: string): Reached | undefined {
    const list = this.deps.store
      .shown()
      .filter((r) => entityId === undefined || r.id === entityId)
      .sort(compareStarts);
    if (list.length === 0) return undefined;
    const start = this.startIndex(list, direction);
    // Mentions in content hidden since they were found have no box to scroll to: pass over them.
    for (let step = 0; step < list.length; step++) {
      const index = (start + (direction === 'next' ? step : -step) + list.length) % list.length;
      const record = list[index]!;
      const rect = this.deps.rectOf(record);
      if (rect.width === 0 && rect.height === 0) continue;
      this.current = record;
      return { record, position: index + 1, total: list.length };
    }
    return undefined;
  }

  /** Where to begin: just past the mention reached last, or else at the viewport. */
  private startIndex(list: MentionRecord[], direction: Direction): number {
    const current = this.current;
    if (current) {
      const after = list.findIndex((r) => compareStarts(r, current) > 0);
      const atOrAfter = list.findIndex((r) => compareStarts(r, current) >= 0);
      if (direction === 'next') return after < 0 ? 0 : after;
      return (atOrAfter < 0 ? list.length : atOrAfter) - 1;
    }
    // Binary search for the first mention at or below the top of the viewport.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.deps.rectOf(list[mid]!).bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    if (direction === 'next') return lo % list.length;
    const height = this.deps.viewportHeight();
    let last = lo;
    while (last < list.length && this.deps.rectOf(list[last]!).top < height) last++;
    return (last - 1 + list.length) % list.length;
  }
}
